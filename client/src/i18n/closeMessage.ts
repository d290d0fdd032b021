import type { StringKey } from './strings';
import type { Translate } from './translate';

const known: Partial<Record<number, StringKey>> = {
  4400: 'close.4400',
  4401: 'close.4401',
  4403: 'close.4403',
  4404: 'close.4404',
  4413: 'close.4413',
};

/** Why the collaboration server closed the socket, for the user. */
export function closeMessage(code: number, t: Translate): string {
  const key = known[code];
  return key ? t(key) : t('close.other', { code });
}
