// What the page streams as an attempt goes on (records/xapi/attemptStream.ts): launched, then the
// session's initialized, then each input's statement as the log grows, the closing statements and
// terminated, each once; a reload (a new session on the same IndexedDB queue) adds its own
// initialized and only what was never queued. The keepalive prefix for pagehide keeps the order.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../../src/engine/log';
import { AttemptStream } from '../../../src/records/xapi/attemptStream';
import { openIdbQueueStorage, queueDatabaseName } from '../../../src/records/xapi/idbQueueStorage';
import { mirroredStorage, prefixWithin } from '../../../src/records/xapi/pendingMirror';
import { memoryQueueStorage, StatementQueue } from '../../../src/records/xapi/statementQueue';
import { isTraineeInput, statementsForLog, type XapiAttempt } from '../../../src/records/xapi/statements';
import type { XapiStatement } from '../../../src/records/xapi/types';
import { CMI5_CATEGORY, VERBS } from '../../../src/records/xapi/vocabulary';
import { scenario, xapiAttempt } from './fixtures';

const lrs = { endpoint: 'http://127.0.0.1:9/xAPI/', auth: 'Basic eDp5' };
const story = scenario('scn_02_hotel_welfare_check');

/** The attempt as the page sees it between inputs: the log up to (not including) input `n`. */
function settledAfter(whole: XapiAttempt, inputs: number): XapiAttempt {
  const starts = whole.log.flatMap((event, index) => (isTraineeInput(event) ? [index] : []));
  const end = starts[inputs] ?? whole.log.length;
  const log: DecisionLog = whole.log.slice(0, end);
  const finished = end === whole.log.length;
  return { ...whole, log, finished, result: finished ? whole.result : null };
}

function recordingQueue(storage = memoryQueueStorage(), down = { value: false }) {
  const received: XapiStatement[] = [];
  const queue = new StatementQueue({
    storage,
    lrs,
    send: async (_lrs, batch) => {
      if (down.value) return { kind: 'retry', reason: 'offline' };
      received.push(...batch);
      return { kind: 'sent' };
    },
  });
  return { queue, received, down };
}

const verbOf = (statement: XapiStatement) => statement.verb.display['en-US'];

describe('an attempt streamed as it is played', () => {
  const whole = xapiAttempt(story, 21, '61111111-2222-4333-8444-555555555555');
  const inputCount = whole.log.filter(isTraineeInput).length;

  it('sends launched, initialized, every input, the closing statements and terminated, once each and in order', async () => {
    const { queue, received } = recordingQueue();
    const stream = new AttemptStream(queue, { id: 'a7c1f9a0-0000-4000-8000-000000000001' });
    for (let n = 0; n <= inputCount; n++) await stream.update(settledAfter(whole, n));
    await stream.update(whole); // the same attempt again changes nothing
    const logStatements = statementsForLog(whole);
    expect(received.map((s) => s.id)).toEqual([logStatements[0]!.id, expect.any(String), ...logStatements.slice(1).map((s) => s.id), expect.any(String)]);
    expect(verbOf(received[1]!)).toBe('initialized');
    expect(verbOf(received.at(-1)!)).toBe('terminated');
    expect(received.map(verbOf).slice(-6, -1)).toEqual(['completed', whole.result!.passed ? 'passed' : 'failed', 'scored', 'scored', 'scored']);
    expect(new Set(received.map((s) => s.id)).size).toBe(received.length);
    expect(stream.ended).toBe(true);
  });

  it('keeps what the LRS did not take across a reload, and sends each statement once when it answers', async () => {
    const name = queueDatabaseName('http://reload.example/xAPI/');
    const down = { value: false };
    const first = recordingQueue(await openIdbQueueStorage(name), down);
    const before = new AttemptStream(first.queue, { id: 'a7c1f9a0-0000-4000-8000-000000000002' });
    const half = Math.floor(inputCount / 2);
    for (let n = 0; n <= half; n++) await before.update(settledAfter(whole, n));
    down.value = true;
    const waiting = await before.update(settledAfter(whole, half + 2));
    expect(waiting).toMatchObject({ kind: 'waiting', pending: 2 });
    // The page goes away without a word (a crash: no pagehide). A new page, a new session:
    const second = recordingQueue(await openIdbQueueStorage(name));
    const after = new AttemptStream(second.queue, { id: 'a7c1f9a0-0000-4000-8000-000000000003' });
    expect((await after.update(whole)).kind).toBe('synced');
    const all = [...first.received, ...second.received];
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const logIds = statementsForLog(whole).map((s) => s.id);
    expect(all.map((s) => s.id).filter((id) => logIds.includes(id))).toEqual(logIds);
    // The two waiting statements (inputs half and half + 1; [0] is launched) went first after the
    // reload, then the new session's initialized.
    expect(second.received.slice(0, 2).map((s) => s.id)).toEqual(logIds.slice(half + 1, half + 3));
    expect(verbOf(second.received[2]!)).toBe('initialized');
    expect(all.map(verbOf).filter((v) => v === 'initialized')).toHaveLength(2);
  });

  it('ends a session that stops early with terminated after everything else', async () => {
    const { queue, received } = recordingQueue();
    const stream = new AttemptStream(queue, { id: 'a7c1f9a0-0000-4000-8000-000000000004' });
    await stream.update(settledAfter(whole, 3));
    const ended = stream.end();
    expect(ended).not.toBeNull();
    await ended!.queued;
    expect(received.at(-1)).toEqual(ended!.terminated);
    expect(stream.end()).toBeNull();
    // After terminated the session sends nothing more.
    await stream.update(whole);
    expect(received.at(-1)).toEqual(ended!.terminated);
  });

  it('under cmi5: no launched, initialized first, cmi5 statements in their category', async () => {
    const { queue, received } = recordingQueue();
    const contextTemplate = {
      contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://lms.example/course/1' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
    };
    const cmi5 = { ...whole, cmi5: { activityId: 'https://lms.example/au/1', contextTemplate, masteryScore: 0.7 } };
    const stream = new AttemptStream(queue, { id: 's-1' });
    for (let n = 0; n <= inputCount; n++) await stream.update(settledAfter(cmi5, n));
    expect(verbOf(received[0]!)).toBe('initialized');
    expect(received.some((s) => s.verb.id === VERBS.launched.id)).toBe(false);
    const cmi5Defined = received.filter((s) => s.context?.contextActivities?.category?.some((c) => c.id === CMI5_CATEGORY));
    expect(cmi5Defined.map(verbOf)).toEqual(['initialized', 'completed', whole.result!.passed ? 'passed' : 'failed', 'terminated']);
  });
});

describe('the keepalive request at pagehide', () => {
  it('takes the longest prefix of what waits that fits in 60 kB, in queue order', async () => {
    const whole = xapiAttempt(story, 22, '71111111-2222-4333-8444-555555555555');
    const storage = await mirroredStorage(memoryQueueStorage());
    const statements = statementsForLog(whole);
    await storage.addNew(statements);
    expect(storage.pending().map((s) => s.id)).toEqual(statements.map((s) => s.id));
    const [first] = await storage.oldest(1);
    await storage.markSent([first!.seq]);
    expect(storage.pending()[0]!.id).toBe(statements[1]!.id);
    const prefix = prefixWithin(statements, 4_000);
    expect(prefix.length).toBeGreaterThan(0);
    expect(prefix.length).toBeLessThan(statements.length);
    expect(prefix).toEqual(statements.slice(0, prefix.length));
    expect(new TextEncoder().encode(JSON.stringify(prefix)).length).toBeLessThanOrEqual(4_000);
  });
});
