import type { Editor } from '@tiptap/react';
import { useFindingsStats } from '../../editor/findings/useFindings';

const ms = (n: number) => n.toFixed(3);

/** The lint's cost in this browser, as data attributes (read by the browser test; nothing visible). */
export function FindingsTimings({ editor }: { editor: Editor }) {
  const stats = useFindingsStats(editor);
  if (!stats) return null;
  return (
    <span
      hidden
      data-testid="findings-timings"
      data-runs={stats.runs}
      data-last-lint-ms={ms(stats.lastLintMs)}
      data-last-total-ms={ms(stats.lastTotalMs)}
      data-max-total-ms={ms(stats.maxTotalMs)}
      data-mean-total-ms={ms(stats.runs ? stats.sumTotalMs / stats.runs : 0)}
      data-provisions={stats.provisions}
      data-recomputed={stats.recomputed}
    />
  );
}
