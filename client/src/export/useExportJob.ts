import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { fetchFile, saveFile } from './download';
import { describeExportError } from './exportErrors';

/** What the file is, for the progress line. */
export type ExportKind = 'pdf' | 'xml';

/** One export at a time: rendering on the server, failed, or just saved. */
export type ExportJobState =
  | { status: 'idle' }
  | { status: 'running'; kind: ExportKind; startedAt: number }
  | { status: 'error'; message: string }
  | { status: 'done'; filename: string };

export interface ExportJob {
  state: ExportJobState;
  /** Fetches and saves the file; true once the browser has it (false when it failed or was cancelled). */
  start(url: string, kind: ExportKind, fallbackName: string): Promise<boolean>;
  /** Stops waiting for the server (the request is aborted). */
  cancel(): void;
  /** Clears an error or the saved message. */
  dismiss(): void;
}

/** Runs exports through fetch with an AbortController; a new one (or unmounting) aborts the one in flight. */
export function useExportJob(): ExportJob {
  const t = useT();
  const [state, setState] = useState<ExportJobState>({ status: 'idle' });
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  const start = useCallback(
    async (url: string, kind: ExportKind, fallbackName: string) => {
      inFlight.current?.abort();
      const abort = new AbortController();
      inFlight.current = abort;
      setState({ status: 'running', kind, startedAt: Date.now() });
      try {
        const file = await fetchFile(url, fallbackName, abort.signal);
        if (abort.signal.aborted) return false;
        saveFile(file);
        setState({ status: 'done', filename: file.filename });
        return true;
      } catch (error) {
        // Cancelled or replaced by a newer export: whoever aborted it has set the state.
        if (abort.signal.aborted) return false;
        setState({ status: 'error', message: describeExportError(error, t) });
        return false;
      } finally {
        if (inFlight.current === abort) inFlight.current = null;
      }
    },
    [t],
  );

  const cancel = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    setState({ status: 'idle' });
  }, []);

  const dismiss = useCallback(() => setState((s) => (s.status === 'running' ? s : { status: 'idle' })), []);

  // The saved message goes away by itself.
  useEffect(() => {
    if (state.status !== 'done') return;
    const timer = window.setTimeout(dismiss, 6000);
    return () => window.clearTimeout(timer);
  }, [state, dismiss]);

  return { state, start, cancel, dismiss };
}
