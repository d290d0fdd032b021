// What a provision line's findings look like in the text: an inline range per finding (class
// `bw-finding`, coloured by category, styled by severity, muted when addressed or waived — `bw-waived`,
// with the waiver's reason as its tooltip) and one gutter marker in the margin: severity glyph + count of
// the open findings, or — when every finding left in the provision is waived — a muted waived marker.
import type { EditorView } from '@tiptap/pm/view';
import { Decoration } from '@tiptap/pm/view';
import { severityRank, type Severity } from '../../../../core/rules';
import type { FindingWaiver } from './findingWaivers';
import type { PlacedFinding } from './placeFindings';
import type { ProvisionLine } from './provisionLines';
import { severityIconElement } from './severityIcon';

/** Called when the gutter marker of provision `pid` is clicked. */
export type GutterHandler = (view: EditorView, pid: string) => void;

/** The most severe of some findings (null for none). */
export function topSeverity(findings: readonly Pick<PlacedFinding, 'severity'>[]): Severity | null {
  let top: Severity | null = null;
  for (const f of findings) if (!top || severityRank(f.severity) > severityRank(top)) top = f.severity;
  return top;
}

/** What a gutter marker shows: the open findings' top severity and count, and how many are waived. */
interface GutterMark {
  pid: string;
  /** Most severe open finding; null when every finding of the provision is waived. */
  severity: Severity | null;
  open: number;
  waived: number;
}

function gutterMarker({ pid, severity, open, waived }: GutterMark, onClick: GutterHandler) {
  return (view: EditorView) => {
    const el = document.createElement('span');
    el.className = `bw-finding-gutter bw-finding-gutter--${severity ?? 'waived'}`;
    el.contentEditable = 'false';
    el.setAttribute('aria-hidden', 'true');
    el.dataset.pid = pid;
    el.dataset.status = severity ? 'open' : 'waived';
    if (severity) el.dataset.severity = severity;
    el.dataset.count = String(open);
    el.dataset.waived = String(waived);
    el.dataset.testid = 'finding-gutter';
    // The count is drawn by CSS from data-count (none on a waived marker), so it never joins the text.
    el.appendChild(severityIconElement(severity ?? 'waived', 13));
    el.addEventListener('mousedown', (event) => {
      event.preventDefault();
      onClick(view, pid);
    });
    return el;
  };
}

/**
 * The decorations of one line for its (inline) findings; `waived` maps the keys of findings that a waiver
 * in force covers to that waiver.
 */
export function lineDecorations(
  line: ProvisionLine,
  findings: readonly PlacedFinding[],
  onGutter: GutterHandler,
  waived: ReadonlyMap<string, FindingWaiver> = new Map(),
): Decoration[] {
  const out: Decoration[] = [];
  const notAddressed = findings.filter((f) => f.status === 'open');
  const open = notAddressed.filter((f) => !waived.has(f.key));
  const mark: GutterMark = {
    pid: line.pid,
    severity: topSeverity(open),
    open: open.length,
    waived: notAddressed.length - open.length,
  };
  if (mark.open || mark.waived) {
    out.push(
      Decoration.widget(line.pos + 1, gutterMarker(mark, onGutter), {
        side: -1,
        key: `gutter:${line.pid}:${mark.severity ?? 'waived'}:${mark.open}:${mark.waived}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  }
  for (const f of findings) {
    if (f.to <= f.from) continue;
    const addressed = f.status === 'addressed';
    const waiver = addressed ? undefined : waived.get(f.key);
    const muted = addressed ? ' is-addressed' : waiver ? ' bw-waived' : '';
    out.push(
      Decoration.inline(
        f.from,
        f.to,
        {
          class: `bw-finding bw-finding--${f.category} bw-finding--${f.severity}${muted}`,
          'data-rule-id': f.ruleId,
          'data-category': f.category,
          'data-severity': f.severity,
          'data-status': waiver ? 'waived' : f.status,
          'data-finding': f.key,
          ...(waiver ? { title: waiver.title } : {}),
        },
        { inclusiveStart: false, inclusiveEnd: false, findingKey: f.key, status: waiver ? 'waived' : f.status },
      ),
    );
  }
  return out;
}
