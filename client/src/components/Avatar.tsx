import type { CSSProperties } from 'react';
import { initialsOf } from '../collab/identity';

/** A round badge with a person's initials in their colour. */
export function Avatar({ name, color, size = 28 }: { name: string; color: string; size?: number }) {
  const style = {
    '--avatar-color': color,
    width: size,
    height: size,
    fontSize: Math.round(size * 0.42),
  } as CSSProperties;
  return (
    <span className="avatar" style={style} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
