// Against a real LRS (Learning Locker's statement service, in memory): the statements of real
// attempts are accepted, an outage loses and duplicates nothing, and the log comes back whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchStatements, sendStatements } from '../../../src/records/xapi/lrsClient';
import { rebuildLog } from '../../../src/records/xapi/rebuild';
import { memoryQueueStorage, StatementQueue } from '../../../src/records/xapi/statementQueue';
import { statementsForAttempt } from '../../../src/records/xapi/statements';
import { freePort, startLrs, startOutageProxy, type RunningLrs } from '../../lrs/lrs';
import { scenario, xapiAttempt } from './fixtures';

let lrs: RunningLrs;

beforeAll(async () => {
  lrs = await startLrs(await freePort());
}, 60_000);

afterAll(async () => {
  await lrs?.stop();
});

describe('a real LRS', () => {
  const story = scenario('scn_02_hotel_welfare_check');

  it('accepts every statement of an attempt and gives the log back', async () => {
    const registration = '11111111-2222-4333-8444-555555555555';
    const attempt = xapiAttempt(story, 11, registration);
    const statements = statementsForAttempt(attempt);
    expect(await sendStatements(lrs, statements)).toEqual({ kind: 'sent' });
    const stored = await fetchStatements(lrs, { registration });
    expect(stored.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
    expect(rebuildLog(registration, stored)).toEqual({ ok: true, log: attempt.log, registration });
  });

  it('refuses an invalid statement with a reason (so the queue sets it aside)', async () => {
    const [first] = statementsForAttempt(xapiAttempt(story, 12, '21111111-2222-4333-8444-555555555555'));
    const outcome = await sendStatements(lrs, [{ ...first!, verb: { id: 'not an iri', display: {} } }]);
    expect(outcome.kind).toBe('reject');
  });

  it('loses none and duplicates none across an outage, sending in order as the attempt goes on', async () => {
    const registration = '31111111-2222-4333-8444-555555555555';
    const attempt = xapiAttempt(story, 13, registration);
    const all = statementsForAttempt(attempt);
    const proxy = await startOutageProxy(lrs);
    try {
      const queue = new StatementQueue({ storage: memoryQueueStorage(), lrs: { endpoint: proxy.endpoint, auth: lrs.auth }, batchSize: 4 });
      const states: string[] = [];
      queue.subscribe((state) => states.push(state.kind));
      // The attempt streams: the statements so far are offered after each input.
      const third = Math.floor(all.length / 3);
      expect((await queue.offer(all.slice(0, third))).kind).toBe('synced');
      proxy.setDown(true);
      const waiting = await queue.offer(all.slice(0, 2 * third));
      expect(waiting).toMatchObject({ kind: 'waiting', pending: third });
      proxy.setDown(false);
      // Everything offered again, as a reload would: nothing is queued twice.
      expect((await queue.offer(all)).kind).toBe('synced');
      expect(states).toContain('waiting');
    } finally {
      await proxy.stop();
    }
    const stored = await fetchStatements(lrs, { registration });
    expect(stored).toHaveLength(all.length);
    expect(new Set(stored.map((s) => s.id)).size).toBe(all.length);
    expect(rebuildLog(registration, stored)).toEqual({ ok: true, log: attempt.log, registration });
  });
});
