// Severity glyphs (24×24 strokes, currentColor), shared by the React UI and the gutter widgets the
// editor draws itself. Shape as well as colour tells severities apart (not colour alone).
import type { Severity } from '../../../../core/rules';

/** A glyph per severity, plus `addressed` (a shield with a tick) and `waived` (a plain shield). */
export type SeverityGlyph = Severity | 'addressed' | 'waived';

export const severityIconPaths: Record<SeverityGlyph, string> = {
  critical: 'M7.86 2h8.28L22 7.86v8.28L16.14 22H7.86L2 16.14V7.86zM12 7.5v5M12 16.5h.01',
  warning:
    'M12 9v4M12 17h.01M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z',
  info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 16v-4M12 8h.01',
  addressed: 'M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10zM9 12l2 2 4-4',
  waived: 'M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z',
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The glyph as a DOM element (for widgets built outside React). */
export function severityIconElement(kind: SeverityGlyph, size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({
    class: 'icon',
    viewBox: '0 0 24 24',
    width: String(size),
    height: String(size),
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
  }))
    svg.setAttribute(k, v);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', severityIconPaths[kind]);
  svg.appendChild(path);
  return svg;
}
