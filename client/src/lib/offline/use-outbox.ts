/** The outbox in React: sending it when the connection returns, and a page's view of its own queued write. */
import { useCallback, useEffect, useState } from 'react';

import { requestJson, upload } from '../api-client';
import {
  deviceUser,
  flushOutbox,
  outboxItemFor,
  subscribeOutbox,
  type KeptFile,
  type OutboxItem,
  type OutboxSender,
  type WriteAnswer,
} from './outbox';

/** How often a waiting outbox is tried again while the page stays open (a browser may miss the `online` event). */
const retryEveryMs = 30_000;

/** Sends an item as the API client sends any write, with its version and its key. */
function sendWrite(item: OutboxItem): Promise<WriteAnswer> {
  const headers: Record<string, string> = { 'Idempotency-Key': item.idempotencyKey };
  if (item.ifMatch !== undefined) headers['If-Match'] = item.ifMatch;
  return requestJson<unknown>(item.method, item.path, item.body, { headers });
}

/** Uploads a kept file as the evidence form does (multipart, field `file`), with the file's own key. */
function sendFile(path: string, file: KeptFile): Promise<unknown> {
  const form = new FormData();
  form.append('file', new File([file.bytes], file.name, { type: file.type }));
  return upload<unknown>(path, form, { headers: { 'Idempotency-Key': file.idempotencyKey } });
}

/** The outbox's way to the API: the API client's. */
export const apiSender: OutboxSender = { write: sendWrite, file: sendFile };

/** Sends the signed-in user's outbox now, then whenever the browser is back online, and every half minute. */
export function useOutboxSync(userId: string | undefined): void {
  useEffect(() => {
    if (userId === undefined) return undefined;
    const flush = () => {
      if (globalThis.navigator?.onLine !== false) void flushOutbox(userId, apiSender).catch(() => undefined);
    };
    flush();
    globalThis.addEventListener('online', flush);
    const timer = setInterval(flush, retryEveryMs);
    return () => {
      globalThis.removeEventListener('online', flush);
      clearInterval(timer);
    };
  }, [userId]);
}

export interface DeviceWrite {
  /** False until the device has been read. */
  known: boolean;
  item: OutboxItem | undefined;
  /** Reads the device again (after a change this page made and must see before going on). */
  refresh: () => Promise<void>;
}

/** The signed-in user's queued write for a path; none where the device cannot keep any (no IndexedDB). */
async function readItem(path: string): Promise<OutboxItem | undefined> {
  const userId = deviceUser();
  if (userId === undefined) return undefined;
  return outboxItemFor(userId, path).catch(() => undefined);
}

/** The write this device keeps for a path, if any, kept up to date as the outbox changes. */
export function useDeviceWrite(path: string): DeviceWrite {
  const [state, setState] = useState<{ path: string | undefined; item: OutboxItem | undefined }>({ path: undefined, item: undefined });
  const refresh = useCallback(async () => {
    const item = await readItem(path);
    setState({ path, item });
  }, [path]);
  useEffect(() => {
    let current = true;
    const read = () => {
      void readItem(path).then((item) => {
        if (current) setState({ path, item });
      });
    };
    read();
    const unsubscribe = subscribeOutbox(read);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [path]);
  const known = state.path === path;
  return { known, item: known ? state.item : undefined, refresh };
}
