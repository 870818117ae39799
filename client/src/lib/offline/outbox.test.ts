import 'fake-indexeddb/auto';

import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';

import { ApiError } from '../api/problem-details';
import {
  closeDevice,
  discardWrite,
  flushOutbox,
  forgetUser,
  keepCopy,
  keepFile,
  keepWrite,
  outboxItemFor,
  outboxOf,
  readCopy,
  type OutboxItem,
} from './outbox';

const officer = 'user-nenh';
const other = 'user-stc';
const draftPath = '/api/v1/report-obligations/12/submission';

/** The sender for items without files: no file step may be reached. */
const noFiles = () => Promise.reject(new Error('no file was kept'));

function draft(text: string, ifMatch: string | undefined = 'W/"7"') {
  return { method: 'PUT' as const, path: draftPath, body: { narratives: { '1': text } }, ifMatch };
}

beforeEach(async () => {
  await closeDevice();
  globalThis.indexedDB = new IDBFactory();
});

describe('the outbox', () => {
  it('keeps one item per path: the newest text, the version it was first based on, a new key', async () => {
    const first = await keepWrite(officer, draft('Họp dân'));
    const second = await keepWrite(officer, draft('Họp dân 12 lần', 'W/"8"'));

    const items = await outboxOf(officer);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: first.id, body: { narratives: { '1': 'Họp dân 12 lần' } }, ifMatch: 'W/"7"', state: 'waiting' });
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
  });

  it('sends in the order kept, with the same key on a retry after the connection dropped', async () => {
    await keepWrite(officer, draft('Họp dân'));
    await keepWrite(officer, { method: 'POST', path: '/api/v1/actions/3/progress', body: { percent: 50 }, ifMatch: undefined });
    const sent: OutboxItem[] = [];
    let online = false;
    const send = (item: OutboxItem) => {
      sent.push(item);
      return online ? Promise.resolve({ etag: 'W/"9"' }) : Promise.reject(new TypeError('Failed to fetch'));
    };

    await flushOutbox(officer, { write: send, file: noFiles });
    expect(await outboxOf(officer)).toHaveLength(2);
    online = true;
    const answers: unknown[] = [];
    await flushOutbox(officer, { write: send, file: noFiles }, ({ answer }) => answers.push(answer));

    expect(sent.map((item) => item.path)).toEqual([draftPath, draftPath, '/api/v1/actions/3/progress']);
    expect(sent[0]?.idempotencyKey).toBe(sent[1]?.idempotencyKey);
    expect(answers).toHaveLength(2);
    expect(await outboxOf(officer)).toEqual([]);
  });

  it('sends text kept while an earlier one was in flight afterwards, on the version the first one made', async () => {
    await keepWrite(officer, draft('Họp dân'));
    const sent: OutboxItem[] = [];
    await flushOutbox(officer, { file: noFiles, write: async (item) => {
      sent.push(item);
      if (sent.length === 1) await keepWrite(officer, draft('Họp dân 12 lần'));
      return { etag: `W/"${7 + sent.length}"` };
    } });

    expect(sent.map((item) => [item.body, item.ifMatch])).toEqual([
      [{ narratives: { '1': 'Họp dân' } }, 'W/"7"'],
      [{ narratives: { '1': 'Họp dân 12 lần' } }, 'W/"8"'],
    ]);
    expect(await outboxOf(officer)).toEqual([]);
  });

  it('keeps a 412 as a conflict and a refusal with its reason, and goes on with the next item', async () => {
    await keepWrite(officer, draft('Họp dân'));
    await keepWrite(officer, { method: 'PUT', path: '/api/v1/report-obligations/13/submission', body: {}, ifMatch: 'W/"2"' });
    await keepWrite(officer, { method: 'POST', path: '/api/v1/actions/3/progress', body: {}, ifMatch: undefined });
    const answers = [
      new ApiError(412, { title: 'Phiên bản đã cũ' }, 'Precondition Failed'),
      new ApiError(409, { title: 'Kỳ báo cáo đã khóa' }, 'Conflict'),
    ];
    const send = () => {
      const next = answers.shift();
      return next ? Promise.reject(next) : Promise.resolve({});
    };

    await flushOutbox(officer, { write: send, file: noFiles });

    const items = await outboxOf(officer);
    expect(items.map((item) => [item.state, item.problem])).toEqual([
      ['conflict', undefined],
      ['refused', 'Kỳ báo cáo đã khóa'],
    ]);
    // A settled item is not sent again until the officer decides.
    await flushOutbox(officer, { write: () => Promise.reject(new Error('sent again')), file: noFiles });
    expect(await outboxOf(officer)).toHaveLength(2);
  });

  it('stops at a server error and keeps the order', async () => {
    await keepWrite(officer, draft('Họp dân'));
    await keepWrite(officer, { method: 'POST', path: '/api/v1/actions/3/progress', body: {}, ifMatch: undefined });
    const sent: string[] = [];

    await flushOutbox(officer, { file: noFiles, write: (item) => {
      sent.push(item.path);
      return Promise.reject(new ApiError(503, undefined, 'Service Unavailable'));
    } });

    expect(sent).toEqual([draftPath]);
    expect((await outboxOf(officer)).map((item) => item.state)).toEqual(['waiting', 'waiting']);
  });

  it('a conflict settled by discarding leaves nothing; keeping mine again queues it on the server version', async () => {
    const kept = await keepWrite(officer, draft('Họp dân'));
    await flushOutbox(officer, { write: () => Promise.reject(new ApiError(412, undefined, 'Precondition Failed')), file: noFiles });

    await keepWrite(officer, draft('Họp dân', 'W/"11"'));
    expect(await outboxItemFor(officer, draftPath)).toMatchObject({ id: kept.id, state: 'waiting', ifMatch: 'W/"11"' });

    await discardWrite(kept.id);
    expect(await outboxOf(officer)).toEqual([]);
  });

  it('sends a progress entry, then its files to the id it was given; a failed upload resumes without reposting', async () => {
    const progress = await keepWrite(officer, {
      method: 'POST',
      path: '/api/v1/action-items/3/progress',
      body: { percent: 40 },
      ifMatch: undefined,
      filesTo: '/api/v1/action-progress/{id}/evidence',
    });
    await keepFile(progress.id, new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' }));
    await keepFile(progress.id, new File(['PNG'], 'anh.png', { type: 'image/png' }));
    const steps: string[] = [];
    const keys: string[] = [];
    let uploadsFail = 1;
    const send = {
      write: (item: OutboxItem) => {
        steps.push(`${item.method} ${item.path}`);
        return Promise.resolve({ data: { id: 77 } });
      },
      file: (path: string, file: { name: string; bytes: ArrayBuffer; idempotencyKey: string }) => {
        steps.push(`${path} ${file.name} ${new TextDecoder().decode(file.bytes)}`);
        keys.push(file.idempotencyKey);
        if (file.name === 'anh.png' && uploadsFail-- > 0) return Promise.reject(new TypeError('Failed to fetch'));
        return Promise.resolve({});
      },
    };

    await flushOutbox(officer, send);
    const waiting = await outboxOf(officer);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.written).toEqual({ data: { id: 77 } });
    expect(waiting[0]?.files?.map((file) => [file.name, file.sent])).toEqual([
      ['bien-ban.pdf', true],
      ['anh.png', false],
    ]);

    const answers: unknown[] = [];
    await flushOutbox(officer, send, ({ answer }) => answers.push(answer));

    expect(steps).toEqual([
      'POST /api/v1/action-items/3/progress',
      '/api/v1/action-progress/77/evidence bien-ban.pdf %PDF-1.4',
      '/api/v1/action-progress/77/evidence anh.png PNG',
      '/api/v1/action-progress/77/evidence anh.png PNG',
    ]);
    expect(keys[1]).toBe(keys[2]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(answers).toEqual([{ data: { id: 77 } }]);
    expect(await outboxOf(officer)).toEqual([]);
  });

  it('keeps every POST as its own item, and a refused file says why', async () => {
    const progress = { method: 'POST' as const, path: '/api/v1/action-items/3/progress', ifMatch: undefined, filesTo: '/api/v1/action-progress/{id}/evidence' };
    const first = await keepWrite(officer, { ...progress, body: { percent: 40 } });
    await keepWrite(officer, { ...progress, body: { percent: 60 } });
    await keepFile(first.id, new File(['exe'], 'virus.exe'));

    await flushOutbox(officer, {
      write: (item) => Promise.resolve({ data: { id: item.id } }),
      file: () => Promise.reject(new ApiError(415, { title: 'Loại tệp không được chấp nhận' }, 'Unsupported Media Type')),
    });

    expect((await outboxOf(officer)).map((item) => [item.body, item.state, item.problem])).toEqual([
      [{ percent: 40 }, 'refused', 'Loại tệp không được chấp nhận'],
    ]);
  });

  it("is kept per user, and forgetting a user removes that user's writes and copies only", async () => {
    await keepWrite(officer, draft('Họp dân'));
    const progress = await keepWrite(officer, { method: 'POST', path: '/api/v1/action-items/3/progress', body: {}, ifMatch: undefined });
    await keepFile(progress.id, new File(['%PDF-1.4'], 'bien-ban.pdf'));
    await keepWrite(other, draft('Kế hoạch tài chính'));
    await keepCopy(officer, 'me', { name: 'Nếnh' });
    await keepCopy(other, 'me', { name: 'Sở Tài chính' });

    await forgetUser(officer);

    expect(await outboxOf(officer)).toEqual([]);
    expect(await readCopy(officer, 'me')).toBeUndefined();
    expect(await outboxOf(other)).toHaveLength(1);
    expect(await readCopy(other, 'me')).toEqual({ name: 'Sở Tài chính' });
  });
});
