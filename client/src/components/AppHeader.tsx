import type { ReactNode } from 'react';

/** The sticky top bar: a leading area (brand, title) and trailing controls. */
export function AppHeader({ leading, trailing }: { leading: ReactNode; trailing: ReactNode }) {
  return (
    <header className="app-header">
      <div className="app-header__leading">{leading}</div>
      <div className="app-header__trailing">{trailing}</div>
    </header>
  );
}
