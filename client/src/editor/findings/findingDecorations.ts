// What a provision line's findings look like in the text: an inline range per finding (class
// `bw-finding`, coloured by category, styled by severity, muted when addressed) and one gutter marker
// (severity glyph + count of open findings) in the margin.
import type { EditorView } from '@tiptap/pm/view';
import { Decoration } from '@tiptap/pm/view';
import { severityRank, type Severity } from '../../../../core/rules';
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

function gutterMarker(pid: string, severity: Severity, count: number, onClick: GutterHandler) {
  return (view: EditorView) => {
    const el = document.createElement('span');
    el.className = `bw-finding-gutter bw-finding-gutter--${severity}`;
    el.contentEditable = 'false';
    el.setAttribute('aria-hidden', 'true');
    el.dataset.pid = pid;
    el.dataset.severity = severity;
    el.dataset.count = String(count);
    el.dataset.testid = 'finding-gutter';
    // The count is drawn by CSS from data-count, so it never joins the sentence's text.
    el.appendChild(severityIconElement(severity, 13));
    el.addEventListener('mousedown', (event) => {
      event.preventDefault();
      onClick(view, pid);
    });
    return el;
  };
}

/** The decorations of one line for its (inline) findings. */
export function lineDecorations(line: ProvisionLine, findings: readonly PlacedFinding[], onGutter: GutterHandler): Decoration[] {
  const out: Decoration[] = [];
  const open = findings.filter((f) => f.status === 'open');
  const top = topSeverity(open);
  if (top) {
    out.push(
      Decoration.widget(line.pos + 1, gutterMarker(line.pid, top, open.length, onGutter), {
        side: -1,
        key: `gutter:${line.pid}:${top}:${open.length}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  }
  for (const f of findings) {
    if (f.to <= f.from) continue;
    const addressed = f.status === 'addressed';
    out.push(
      Decoration.inline(
        f.from,
        f.to,
        {
          class: `bw-finding bw-finding--${f.category} bw-finding--${f.severity}${addressed ? ' is-addressed' : ''}`,
          'data-rule-id': f.ruleId,
          'data-category': f.category,
          'data-severity': f.severity,
          'data-status': f.status,
          'data-finding': f.key,
        },
        { inclusiveStart: false, inclusiveEnd: false, findingKey: f.key },
      ),
    );
  }
  return out;
}
