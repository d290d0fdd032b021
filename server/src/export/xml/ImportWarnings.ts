// What an import could not carry over, said once per kind with a count, plus the provisions the bill
// numbers differently from the file (numbers are derived from position: branch chapters, gaps and
// extracts 抄 come out renumbered).

const maxRenumberedShown = 10;

export class ImportWarnings {
  private readonly kinds = new Map<string, number>();
  private readonly renumberings: string[] = [];

  add(message: string): void {
    this.kinds.set(message, (this.kinds.get(message) ?? 0) + 1);
  }

  /** Notes a provision whose derived number differs from the one the file printed. */
  renumbered(printed: string, derived: string): void {
    const norm = (s: string) => s.replace(/[\s\u3000]/g, '');
    if (printed && derived && norm(printed) !== norm(derived)) this.renumberings.push(`${printed} → ${derived}`);
  }

  list(): string[] {
    const out = [...this.kinds].map(([m, n]) => (n > 1 ? `${m} (${n}×)` : m));
    const r = this.renumberings;
    if (r.length) {
      const shown = r.slice(0, maxRenumberedShown).join(', ');
      const more = r.length > maxRenumberedShown ? ` and ${r.length - maxRenumberedShown} more` : '';
      out.push(`numbers are derived from position, so ${r.length} provisions are numbered differently from the file: ${shown}${more}`);
    }
    return out;
  }
}
