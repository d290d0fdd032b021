import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** A friendly, centred message for an empty or failed view. */
export function EmptyState({
  icon = 'document',
  title,
  children,
  testId,
}: {
  icon?: IconName;
  title: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="empty-state" data-testid={testId}>
      <span className="empty-state__icon">
        <Icon name={icon} size={28} />
      </span>
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  );
}
