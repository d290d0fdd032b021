import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** An inline error or warning message, announced to screen readers, with an optional action. */
export function Notice({
  tone = 'error',
  children,
  action,
}: {
  tone?: 'error' | 'warning';
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name="alert" size={16} />
      <div className="notice__text">{children}</div>
      {action}
    </div>
  );
}
