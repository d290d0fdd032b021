// Downloads through fetch, so a refusal can be shown in the page instead of as a broken file: the body
// becomes a Blob, an object URL and a click on an <a download> named from Content-Disposition.
import { ApiError } from '../api/ApiError';
import { errorFromResponse, parseRetryAfter } from '../api/request';
import { reportSessionExpired } from '../api/sessionExpired';
import { filenameFromDisposition } from './contentDisposition';

/** A file the server made. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** Fetches `url`; throws ApiError (the server's `{error}` envelope) on a refusal, an AbortError when cancelled. */
export async function fetchFile(
  url: string,
  fallbackName: string,
  signal: AbortSignal,
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status === 401) reportSessionExpired();
    throw errorFromResponse(
      response.status,
      response.statusText,
      body,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  const blob = await response.blob();
  return {
    blob,
    filename: filenameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName,
  };
}

/** Hands the file to the browser's download manager. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cut the download short in some browsers; a minute is plenty for it to start.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
