/** The outbox in React: sending it when the connection returns, and a page's view of its own queued write. */
import { useCallback, useEffect, useState } from 'react';

import { requestJson, upload } from '../api-client';
import {
  deviceUser,
  flushOutbox,
  outboxOf,
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

/**
 * A kept file as the evidence form sends it (multipart, field `file`), written out here with a boundary made from the
 * file's key: the API knows a retry by its key and its exact bytes, and a browser's FormData picks a new boundary each time.
 */
function multipartOf(file: KeptFile): { body: Uint8Array<ArrayBuffer>; contentType: string } {
  const boundary = `papitracker-${file.idempotencyKey}`;
  // The HTML standard's escaping of a multipart file name.
  const name = file.name.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`;
  const parts = [new TextEncoder().encode(head), new Uint8Array(file.bytes), new TextEncoder().encode(`\r\n--${boundary}--\r\n`)];
  const body = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.length;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a kept file with the file's own key, the same bytes on every try. */
function sendFile(path: string, file: KeptFile): Promise<unknown> {
  const { body, contentType } = multipartOf(file);
  return upload<unknown>(path, body, { headers: { 'Idempotency-Key': file.idempotencyKey, 'Content-Type': contentType } });
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

/** The signed-in user's queued items for a path; none where the device cannot keep any (no IndexedDB). */
async function readItems(path: string): Promise<OutboxItem[]> {
  const userId = deviceUser();
  if (userId === undefined) return [];
  return (await outboxOf(userId).catch(() => [])).filter((item) => item.path === path);
}

/** The items this device keeps for a path, kept up to date as the outbox changes. */
function useDeviceItems(path: string): { known: boolean; items: OutboxItem[]; refresh: () => Promise<void> } {
  const [state, setState] = useState<{ path: string | undefined; items: OutboxItem[] }>({ path: undefined, items: [] });
  const refresh = useCallback(async () => {
    const items = await readItems(path);
    setState({ path, items });
  }, [path]);
  useEffect(() => {
    let current = true;
    const read = () => {
      void readItems(path).then((items) => {
        if (current) setState({ path, items });
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
  return { known, items: known ? state.items : [], refresh };
}

/** The write (PUT) this device keeps for a path, if any, kept up to date as the outbox changes. */
export function useDeviceWrite(path: string): DeviceWrite {
  const { known, items, refresh } = useDeviceItems(path);
  return { known, item: items.find((item) => item.method === 'PUT'), refresh };
}

/** What this device keeps to POST to a path (each a new resource, with its files), oldest first. */
export function useDevicePosts(path: string): OutboxItem[] {
  return useDeviceItems(path).items.filter((item) => item.method === 'POST');
}
