// The queue's IndexedDB storage (fake-indexeddb in Node): what a reload finds, in order, and that
// an attempt's statements offered again after a reload are not queued or sent twice.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIdbQueueStorage } from '../../../src/records/xapi/idbQueueStorage';
import { StatementQueue } from '../../../src/records/xapi/statementQueue';
import { statementsForAttempt } from '../../../src/records/xapi/statements';
import type { XapiStatement } from '../../../src/records/xapi/types';
import { scenario, xapiAttempt } from './fixtures';

const statements = statementsForAttempt(xapiAttempt(scenario('sample_bus_shelter'), 2, '41111111-2222-4333-8444-555555555555'));
const lrs = { endpoint: 'http://127.0.0.1:9/xAPI/', auth: 'Basic eDp5' };

describe('the IndexedDB statement queue', () => {
  it('keeps queued statements across a reload, in order, and sends each once', async () => {
    const first = await openIdbQueueStorage();
    expect(await first.addNew(statements.slice(0, 5))).toBe(5);
    // "Reload": a new connection to the same database finds them, and re-offering adds only new ones.
    const second = await openIdbQueueStorage();
    expect(await second.count()).toBe(5);
    expect(await second.addNew(statements)).toBe(statements.length - 5);
    const sent: XapiStatement[] = [];
    const queue = new StatementQueue({
      storage: second,
      lrs,
      batchSize: 3,
      send: async (_lrs, batch) => {
        sent.push(...batch);
        return { kind: 'sent' };
      },
    });
    expect(await queue.flush()).toEqual({ kind: 'synced', rejected: 0 });
    expect(sent.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    // Sent statements are remembered: offering the whole attempt again sends nothing.
    expect(await second.addNew(statements)).toBe(0);
  });

  it('sets a refused statement aside without holding back the ones after it', async () => {
    const storage = await openIdbQueueStorage();
    const fresh = statementsForAttempt(xapiAttempt(scenario('sample_bus_shelter'), 8, '51111111-2222-4333-8444-555555555555'));
    await storage.addNew(fresh.slice(0, 4));
    const badId = fresh[1]!.id;
    const sent: string[] = [];
    const queue = new StatementQueue({
      storage,
      lrs,
      send: async (_lrs, batch) => {
        if (batch.some((s) => s.id === badId)) return { kind: 'reject', reason: 'the LRS answered 400' };
        sent.push(...batch.map((s) => s.id));
        return { kind: 'sent' };
      },
    });
    expect(await queue.flush()).toEqual({ kind: 'synced', rejected: 1 });
    expect(sent).toEqual(fresh.slice(0, 4).map((s) => s.id).filter((id) => id !== badId));
    expect(await storage.addNew([fresh[1]!])).toBe(0);
  });

  it('waits, keeping order, while the LRS cannot be reached', async () => {
    const storage = await openIdbQueueStorage();
    const fresh = statementsForAttempt(xapiAttempt(scenario('sample_bus_shelter'), 9, '61111111-2222-4333-8444-555555555555'));
    let online = false;
    const sent: string[] = [];
    const queue = new StatementQueue({
      storage,
      lrs,
      send: async (_lrs, batch) => {
        if (!online) return { kind: 'retry', reason: 'the LRS cannot be reached' };
        sent.push(...batch.map((s) => s.id));
        return { kind: 'sent' };
      },
    });
    const before = await storage.count();
    const waiting = await queue.offer(fresh);
    expect(waiting).toMatchObject({ kind: 'waiting', pending: before + fresh.length });
    online = true;
    expect((await queue.flush()).kind).toBe('synced');
    expect(sent.slice(-fresh.length)).toEqual(fresh.map((s) => s.id));
  });
});
