// Choosing a clause alternative: keep the text as an automatic version first, then swap (one undo step).
// When the version cannot be kept (offline, server error) nothing is swapped silently: the drafter is told
// and decides — try again, swap without a version (Undo still brings the text back), or cancel.
import { useCallback, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { Alternative } from '../../../../core/templates/types';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { keepVersionBefore } from '../../versions/keepVersionBefore';
import type { Version } from '../../versions/versionsApi';
import { chooseAlternative } from './chooseAlternative';

/** Where a swap stands. */
export type SwapStatus =
  | { kind: 'idle' }
  /** Asking the server to keep the current text. */
  | { kind: 'keeping'; alternative: Alternative }
  /** Swapped; `version` holds the text before (null: the newest version already did). */
  | { kind: 'kept'; alternative: Alternative; version: Version | null }
  /** The version could not be kept: nothing was swapped yet. */
  | { kind: 'failed'; alternative: Alternative; message: string }
  /** Swapped without a version, as the drafter chose. */
  | { kind: 'unversioned'; alternative: Alternative };

export interface AlternativeSwap {
  status: SwapStatus;
  /** Keeps a version, then swaps `alternative` in. Ignored while a request is under way. */
  choose(alternative: Alternative): void;
  /** After a failure: ask again. */
  retry(): void;
  /** After a failure: swap without a version. */
  swapAnyway(): void;
  /** After a failure: leave the text as it is. */
  cancel(): void;
}

export function useAlternativeSwap(editor: Editor, billId: string, pid: string): AlternativeSwap {
  const t = useT();
  const [status, setStatus] = useState<SwapStatus>({ kind: 'idle' });
  const busy = useRef(false);

  const choose = useCallback(
    (alternative: Alternative) => {
      if (busy.current) return;
      busy.current = true;
      setStatus({ kind: 'keeping', alternative });
      keepVersionBefore(editor, billId, 'alternative')
        .then(
          ({ version }) =>
            setStatus(chooseAlternative(editor, pid, alternative) ? { kind: 'kept', alternative, version } : { kind: 'idle' }),
          (error: unknown) => setStatus({ kind: 'failed', alternative, message: describeError(error, t) }),
        )
        .finally(() => {
          busy.current = false;
        });
    },
    [editor, billId, pid, t],
  );

  const failed = status.kind === 'failed' ? status.alternative : null;
  const retry = useCallback(() => {
    if (failed) choose(failed);
  }, [choose, failed]);
  const swapAnyway = useCallback(() => {
    if (!failed) return;
    setStatus(chooseAlternative(editor, pid, failed) ? { kind: 'unversioned', alternative: failed } : { kind: 'idle' });
  }, [editor, pid, failed]);
  const cancel = useCallback(() => setStatus({ kind: 'idle' }), []);

  return { status, choose, retry, swapAnyway, cancel };
}
