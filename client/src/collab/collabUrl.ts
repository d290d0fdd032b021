import { COLLAB_PATH } from '../../../core/collab';

/** The collaboration socket base URL on this origin; y-websocket appends `/<billId>`. */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${COLLAB_PATH}`;
}
