// Before a template operation replaces text (a clause alternative swap …), keep what is there as an
// automatic version. The request carries this editor's Yjs snapshot, so the server waits for the drafter's
// last keystrokes, which travel over the socket, not over HTTP.
import type { Editor } from '@tiptap/react';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { ApiError } from '../api/ApiError';
import { versionsApi, type KeepBeforeResult, type ReplaceReason } from './versionsApi';

/** Longer than the server's own wait for this client's edits (5 s); short enough not to hang on a dead network. */
const TIMEOUT_MS = 15_000;

/** This client's Yjs snapshot (what it has seen and written), base64; null when the editor is not collaborative. */
export function seenSnapshot(editor: Editor): string | null {
  const doc = (ySyncPluginKey.getState(editor.state) as { doc?: Y.Doc } | undefined)?.doc;
  return doc ? toBase64(Y.encodeSnapshotV2(Y.snapshot(doc))) : null;
}

/** Asks the server to keep the live text as an automatic version; throws ApiError (network on a timeout). */
export async function keepVersionBefore(editor: Editor, billId: string, reason: ReplaceReason): Promise<KeepBeforeResult> {
  const seen = seenSnapshot(editor);
  try {
    return await versionsApi.keepBefore(billId, seen ? { reason, seen } : { reason }, AbortSignal.timeout(TIMEOUT_MS));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'timeout');
  }
}
