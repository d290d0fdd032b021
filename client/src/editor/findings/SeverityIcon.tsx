import { severityIconPaths, type SeverityGlyph } from './severityIcon';

/** A decorative severity glyph; the surrounding element carries the accessible text. */
export function SeverityIcon({ kind, size = 16 }: { kind: SeverityGlyph; size?: number }) {
  return (
    <svg
      className={`icon severity-icon severity-icon--${kind}`}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={severityIconPaths[kind]} />
    </svg>
  );
}
