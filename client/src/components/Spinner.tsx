/** An indeterminate progress indicator with an accessible label. */
export function Spinner({ label, size = 20 }: { label: string; size?: number }) {
  return (
    <span className="spinner" role="progressbar" aria-label={label} style={{ width: size, height: size }} />
  );
}
