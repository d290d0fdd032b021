import type { DiffLine } from './diffLines';

/** Where the current change is, and which lines are change stops (index into the stops). */
export interface LineNav {
  stops: ReadonlyMap<string, number>;
  current: number;
}

/** The attributes every layout puts on a line's element (tests, navigation, styling). */
export function lineAttrs(line: DiffLine, nav: LineNav) {
  const stop = nav.stops.get(line.key);
  const current = stop !== undefined && stop === nav.current;
  return {
    'data-testid': 'diff-line',
    'data-key': line.key,
    'data-kind': line.kind,
    'data-status': line.status,
    'data-text-changed': line.textChanged,
    'data-stop': stop,
    'aria-current': current ? ('location' as const) : undefined,
    tabIndex: stop === undefined ? undefined : -1,
  };
}

/** Status classes for a line's element. */
export function lineClass(base: string, line: DiffLine, nav: LineNav): string {
  const stop = nav.stops.get(line.key);
  const changed =
    line.textChanged && line.status !== 'added' && line.status !== 'deleted' ? ` ${base}--modified` : '';
  return `${base} ${base}--${line.status}${changed} ${base}--${line.kind}${stop !== undefined && stop === nav.current ? ' is-current' : ''}`;
}
