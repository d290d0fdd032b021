import { Spinner } from '../components/Spinner';

/** Placeholder page while the bill's metadata loads and the first sync runs. */
export function EditorSkeleton({ label }: { label: string }) {
  return (
    <div className="workspace workspace--loading" data-testid="editor-loading" aria-busy="true">
      <div className="outline outline--skeleton" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <span key={i} className="skeleton-line" style={{ width: `${55 + ((i * 17) % 40)}%` }} />
        ))}
      </div>
      <div className="page-scroll">
        <div className="page page--skeleton">
          <div className="skeleton-status">
            <Spinner label={label} />
            <span>{label}</span>
          </div>
          <span className="skeleton-line skeleton-line--title" />
          {Array.from({ length: 9 }, (_, i) => (
            <span key={i} className="skeleton-line" style={{ width: `${70 + ((i * 13) % 30)}%` }} />
          ))}
        </div>
      </div>
    </div>
  );
}
