// Plain text as a bill: every non-empty line is one provision (the CLI's .txt/.md input, POST /api/lint).
import type { ProvisionText } from './types';

/** A provision read from a text line; `line` is 1-based. */
export interface TextProvision extends ProvisionText {
  line: number;
}

/** One provision per non-empty line; pids are synthetic (`line:3`), offsets are within the line. */
export function textProvisions(text: string): TextProvision[] {
  const out: TextProvision[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim()) out.push({ pid: `line:${i + 1}`, text: raw, line: i + 1 });
  });
  return out;
}
