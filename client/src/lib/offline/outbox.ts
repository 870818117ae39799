/**
 * What an officer writes without a connection, kept on the device (IndexedDB) until the API has it: the outbox.
 * Each queued item is one write (method, path, body) with the ETag it was based on and an Idempotency-Key of its
 * own, sent in the order it was queued when the connection returns. A retry of the same item carries the same key,
 * so a write whose answer was lost is stored once; a 412 (or a 428: the server has a version this device never saw)
 * keeps the item as a conflict for the officer to settle,
 * never written over. A write may carry files (a progress entry's evidence): they are uploaded after it, to an address
 * the write's answer names, each with its own key, and the item remembers each step the API took, so a retry after a
 * failed upload never sends the write again. Beside the outbox the device keeps a copy of what a page needs to show a queued draft after
 * a reload offline (see {@link keepCopy}). Everything is keyed by the user, and signing out forgets that user's.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

import { ApiError, isVersionConflict } from '../api/problem-details';

export type OutboxState = 'waiting' | 'conflict' | 'refused';

export interface OutboxWrite {
  method: 'PUT' | 'POST';
  /**
   * The resource written, e.g. /api/v1/report-obligations/12/submission: one queued PUT per path (the newest text
   * replaces the one waiting); every POST is an item of its own, since each creates something.
   */
  path: string;
  body: unknown;
  /** The ETag of the version the text was written on; undefined for a first write. */
  ifMatch: string | undefined;
  /** The key of a first try made online, so a try whose answer was lost and its retry from here are stored once. */
  idempotencyKey?: string | undefined;
  /** Where the item's files go once the write is taken: `{id}` stands for the id its answer gives. */
  filesTo?: string | undefined;
}

/** A file waiting to follow its item's write, kept as bytes (what every browser's IndexedDB stores). */
export interface KeptFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
  idempotencyKey: string;
  /** True once the API took it: a retry sends only the rest. */
  sent: boolean;
}

export interface OutboxItem extends OutboxWrite {
  /** Increases with every item queued: the sending order. */
  id: number;
  userId: string;
  idempotencyKey: string;
  /** When the device kept it (ISO). */
  keptAt: string;
  state: OutboxState;
  /** Why the API refused it (state `refused`), in the reader's language. */
  problem?: string | undefined;
  /** The files that follow the write, in the order kept. */
  files?: KeptFile[] | undefined;
  /** The write's answer once the API took it and files still wait: the write is not sent again. */
  written?: WriteAnswer | undefined;
}

interface KeptCopy {
  userId: string;
  name: string;
  value: unknown;
  keptAt: string;
}

interface DeviceSchema extends DBSchema {
  outbox: { key: number; value: OutboxItem; indexes: { byUser: string } };
  copies: { key: [string, string]; value: KeptCopy; indexes: { byUser: string } };
}

const databaseName = 'papitracker-device';
let database: Promise<IDBPDatabase<DeviceSchema>> | undefined;

function db(): Promise<IDBPDatabase<DeviceSchema>> {
  database ??= openDB<DeviceSchema>(databaseName, 1, {
    upgrade(upgrading) {
      const outbox = upgrading.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true });
      outbox.createIndex('byUser', 'userId');
      const copies = upgrading.createObjectStore('copies', { keyPath: ['userId', 'name'] });
      copies.createIndex('byUser', 'userId');
    },
  });
  return database;
}

/** Closes the connection (tests delete the database between cases). */
export async function closeDevice(): Promise<void> {
  const open = database;
  database = undefined;
  (await open)?.close();
}

const listeners = new Set<() => void>();

/** Called whenever the outbox changes (an item kept, sent, settled or forgotten). */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** The user's queued items, oldest first. */
export async function outboxOf(userId: string): Promise<OutboxItem[]> {
  const items = await (await db()).getAllFromIndex('outbox', 'byUser', userId);
  return items.sort((a, b) => a.id - b.id);
}

/** The user's queued PUT for a path (a path has at most one). */
export async function outboxItemFor(userId: string, path: string): Promise<OutboxItem | undefined> {
  return (await outboxOf(userId)).find((item) => item.method === 'PUT' && item.path === path);
}

/**
 * Keeps a write to send later. A path already waiting takes the newer body in its place in the queue, under a new
 * Idempotency-Key (the key names one request; the text sent is a new one) and with the version the first was
 * based on, since the server has not moved on from it as far as this device knows.
 */
export async function keepWrite(userId: string, write: OutboxWrite): Promise<OutboxItem> {
  const store = await db();
  const existing = write.method === 'PUT' ? await outboxItemFor(userId, write.path) : undefined;
  const item = {
    ...write,
    ifMatch: existing?.state === 'waiting' ? existing.ifMatch : write.ifMatch,
    userId,
    idempotencyKey: write.idempotencyKey ?? crypto.randomUUID(),
    keptAt: new Date().toISOString(),
    state: 'waiting' as const,
    problem: undefined,
    ...(existing ? { id: existing.id } : {}),
  };
  const id = await store.put('outbox', item as OutboxItem);
  changed();
  return { ...item, id };
}

/** Adds a file to a queued item, to be uploaded after its write; nothing when the item is gone (sent or dropped meanwhile). */
export async function keepFile(id: number, file: Blob & { name: string }): Promise<void> {
  const bytes = await file.arrayBuffer();
  const store = await db();
  const transaction = store.transaction('outbox', 'readwrite');
  const item = await transaction.store.get(id);
  if (item !== undefined) {
    const kept: KeptFile = { name: file.name, type: file.type, bytes, idempotencyKey: crypto.randomUUID(), sent: false };
    await transaction.store.put({ ...item, files: [...(item.files ?? []), kept] });
  }
  await transaction.done;
  changed();
}

/** Takes an item off the device (sent, or the officer chose the server's version). */
export async function discardWrite(id: number): Promise<void> {
  await (await db()).delete('outbox', id);
  changed();
}

/** What sending an item answered: its body and ETag, which a page holding the same text takes as its new base. */
export interface SentWrite {
  item: OutboxItem;
  answer: WriteAnswer;
}

/** The API's answer to a write, as the API client reads it: the new version's ETag when the resource has one, and its body. */
export interface WriteAnswer {
  etag?: string | undefined;
  data?: unknown;
}

export type SendWrite = (item: OutboxItem) => Promise<WriteAnswer>;
/** Uploads one kept file to a path, with the file's own Idempotency-Key. */
export type SendFile = (path: string, file: KeptFile) => Promise<unknown>;

/** How the outbox reaches the API: the writes, and the files that follow them. */
export interface OutboxSender {
  write: SendWrite;
  file: SendFile;
}

const sentListeners = new Set<(sent: SentWrite) => void>();

/** Called with each item the API took, wherever the sending started: a page showing that text takes the answer as its base. */
export function subscribeSent(listener: (sent: SentWrite) => void): () => void {
  sentListeners.add(listener);
  return () => {
    sentListeners.delete(listener);
  };
}

/** True when a request failed without an answer from the API (offline, connection dropped). */
export function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof ApiError) && !(error instanceof DOMException && error.name === 'AbortError');
}

/**
 * After a write and its files were taken: gone from the device, unless newer text for the path was kept meanwhile (it
 * now builds on the answer) or a file was kept after the last upload (it waits for the next run, the write done).
 */
async function settleSent(item: OutboxItem, answer: WriteAnswer): Promise<void> {
  const store = await db();
  const now = await store.get('outbox', item.id);
  if (now?.files?.some((file) => !file.sent)) await store.put('outbox', { ...now, written: answer });
  else if (now === undefined || now.idempotencyKey === item.idempotencyKey) await store.delete('outbox', item.id);
  else await store.put('outbox', { ...now, ifMatch: answer.etag ?? now.ifMatch });
}

/** Where the item's files go, now that the write's answer named what it created. */
function filesPath(item: OutboxItem, answer: WriteAnswer): string {
  const id = (answer.data as { id?: unknown } | undefined)?.id;
  if (item.filesTo === undefined || (typeof id !== 'number' && typeof id !== 'string')) {
    throw new Error(`The answer to ${item.path} names nothing its files could go to.`);
  }
  return item.filesTo.replace('{id}', encodeURIComponent(id));
}

/**
 * Sends an item's steps the API has not taken yet: the write, then each file (files kept while this runs too). Each
 * step taken is written to the device before the next, so a failure part-way resumes after the last taken.
 */
async function sendSteps(item: OutboxItem, send: OutboxSender): Promise<WriteAnswer> {
  const store = await db();
  let answer = item.written;
  if (answer === undefined) {
    answer = await send.write(item);
    const now = await store.get('outbox', item.id);
    if (now === undefined || (now.files ?? []).length === 0) return answer;
    await store.put('outbox', { ...now, written: answer });
  }
  for (;;) {
    const now = await store.get('outbox', item.id);
    const next = now?.files?.find((file) => !file.sent);
    if (now === undefined || next === undefined) return answer;
    await send.file(filesPath(now, answer), next);
    const after = (await store.get('outbox', item.id)) ?? now;
    const files = (after.files ?? []).map((file) => (file.idempotencyKey === next.idempotencyKey ? { ...file, sent: true } : file));
    await store.put('outbox', { ...after, files });
    changed();
  }
}

/** Sends every waiting item of the user, oldest first; stops at the first that cannot reach the API. */
async function sendAll(userId: string, send: OutboxSender, onSent: (sent: SentWrite) => void): Promise<void> {
  const store = await db();
  // Each request once per run: an item replaced while in flight comes round again under its new key.
  const tried = new Set<string>();
  for (;;) {
    const item = (await outboxOf(userId)).find((candidate) => candidate.state === 'waiting' && !tried.has(candidate.idempotencyKey));
    if (item === undefined) return;
    tried.add(item.idempotencyKey);
    try {
      const answer = await sendSteps(item, send);
      await settleSent(item, answer);
      onSent({ item, answer });
      for (const listener of sentListeners) listener({ item, answer });
    } catch (error) {
      // No answer, a server error or a rate limit: the connection or the server may come back; keep the order.
      if (!(error instanceof ApiError) || error.status >= 500 || error.status === 429 || error.status === 401) return;
      // Newer text kept meanwhile for the same path stands on the same old version: it shares the verdict.
      const now = (await store.get('outbox', item.id)) ?? item;
      await store.put('outbox', isVersionConflict(error) ? { ...now, state: 'conflict' } : { ...now, state: 'refused', problem: error.message });
    } finally {
      changed();
    }
  }
}

let flushing: Promise<void> | undefined;

/** Sends the user's outbox (one run at a time; a call during a run waits for it). */
export function flushOutbox(userId: string, send: OutboxSender, onSent: (sent: SentWrite) => void = () => undefined): Promise<void> {
  flushing ??= sendAll(userId, send, onSent).finally(() => {
    flushing = undefined;
  });
  return flushing;
}

/** Keeps a copy of something a page needs to show a queued draft offline (replaced by the next copy). */
export async function keepCopy(userId: string, name: string, value: unknown): Promise<void> {
  await (await db()).put('copies', { userId, name, value, keptAt: new Date().toISOString() });
}

export async function readCopy<T>(userId: string, name: string): Promise<T | undefined> {
  return (await (await db()).get('copies', [userId, name]))?.value as T | undefined;
}

/** Forgets everything the device keeps for the user: queued writes and copies. */
export async function forgetUser(userId: string): Promise<void> {
  const store = await db();
  const transaction = store.transaction(['outbox', 'copies'], 'readwrite');
  for (const key of await transaction.objectStore('outbox').index('byUser').getAllKeys(userId)) {
    await transaction.objectStore('outbox').delete(key);
  }
  for (const key of await transaction.objectStore('copies').index('byUser').getAllKeys(userId)) {
    await transaction.objectStore('copies').delete(key);
  }
  await transaction.done;
  changed();
}

/*
 * Whose drafts this tab holds, for a reload without a connection (when /me cannot answer). Kept in sessionStorage
 * beside the session's refresh token (src/lib/api/session.ts), so it lives and dies with the tab's session.
 */
const deviceUserKey = 'papitracker.deviceUser';

export function rememberDeviceUser(userId: string | undefined): void {
  try {
    if (userId === undefined) globalThis.sessionStorage?.removeItem(deviceUserKey);
    else globalThis.sessionStorage?.setItem(deviceUserKey, userId);
  } catch {
    // Blocked storage: offline drafts then last only while the page is open.
  }
}

export function deviceUser(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(deviceUserKey) ?? undefined;
  } catch {
    return undefined;
  }
}
