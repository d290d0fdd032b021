// Typed calls for /api/settings (administrators change them).
import { request } from './request';

/** Server-wide settings. */
export interface ServerSettings {
  selfRegistration: boolean;
}

export const settingsApi = {
  get: (signal?: AbortSignal) => request<ServerSettings>('/api/settings', { signal }),
  /** Opens or closes self-registration (admins). */
  update: (patch: ServerSettings) =>
    request<ServerSettings>('/api/settings', { method: 'PATCH', body: patch }),
};
