// What an import could not carry over, kept for the editor the import opens (the list page navigates away
// before it could show them). For this page session only; dismissing forgets them.

const pending = new Map<string, { warnings: readonly string[]; fileName: string }>();

/** Keeps the warnings of the bill just imported. */
export function rememberImportWarnings(billId: string, fileName: string, warnings: readonly string[]): void {
  if (warnings.length) pending.set(billId, { warnings, fileName });
}

/** The warnings of a bill imported in this session and not yet dismissed. */
export function importWarningsFor(billId: string): { warnings: readonly string[]; fileName: string } | null {
  return pending.get(billId) ?? null;
}

/** Forgets them (the user dismissed the notice). */
export function forgetImportWarnings(billId: string): void {
  pending.delete(billId);
}
