import '@testing-library/jest-dom/vitest';
// The device's store (src/lib/offline) in memory: a fresh one per test below.
import 'fake-indexeddb/auto';

import { IDBFactory } from 'fake-indexeddb';

import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { changeLanguage, defaultLanguage } from '@/config/i18n';
import { clearSession } from '@/lib/api-client';
import { closeDevice } from '@/lib/offline/outbox';

import { mockMe, mockSessions } from './mocks/auth';
import { mockDb } from './mocks/db';
import { server } from './mocks/server';

// The machine running the suite is shared: a busy moment must not fail a findBy* that waits 1 s by default.
configure({ asyncUtilTimeout: 3000 });

// A request without a handler is a test bug, not something to let through to the network.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  clearSession();
  await closeDevice();
  globalThis.indexedDB = new IDBFactory();
  mockSessions.reset();
  mockMe.reset();
  mockDb.reset();
  await changeLanguage(defaultLanguage);
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());
