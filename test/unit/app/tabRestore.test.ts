// A tab's return after a reload, on fake-indexeddb with the page's own modules: the screen comes
// back from the tab's saved screen and the attempt from its record; the tab's copy of the log counts
// only where it carries the record on (an input whose write was in flight), never where another tab
// changed the record; an attempt another tab plays is not taken back.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scoringConfigFor } from '../../../src/app/academy';
import { bindRecording, type Recording } from '../../../src/app/recording';
import { carriesOn, restoreTab } from '../../../src/app/tabRestore';
import { replayingClock, systemClock } from '../../../src/engine/clock';
import type { DecisionLog } from '../../../src/engine/log';
import { sessionMachineFor, type SessionActorRef } from '../../../src/engine/machines/sessionMachine';
import { resumingClock, viewOf } from '../../../src/engine/playthrough';
import { persistSession } from '../../../src/engine/sessionPersistence';
import type { AttemptStore } from '../../../src/records/attemptStore';
import { openIdbAttemptStore } from '../../../src/records/idbAttemptStore';
import { RecordsService } from '../../../src/records/recordsService';
import type { TabSessionLookup } from '../../../src/records/sessionStore';
import type { LockManagerLike } from '../../../src/records/tabLock';
import { memoryLocks, released, shippedScenario } from '../records/helpers';

const scenario = shippedScenario();
const machine = sessionMachineFor({
  scenario: (id) => (id === scenario.meta.id ? scenario : undefined),
  clockFor: (log) => replayingClock(log.map((event) => event.at), resumingClock(log, systemClock())),
});

interface Tab {
  actor: SessionActorRef;
  records: RecordsService;
  recording: Recording;
  notices: string[];
}

async function openTab(locks: LockManagerLike, saved: TabSessionLookup = { kind: 'none' }, openStore: () => Promise<AttemptStore> = openIdbAttemptStore): Promise<Tab> {
  const { service: records } = await RecordsService.open(openStore, {
    scenarios: new Map([[scenario.meta.id, scenario]]),
    scoringFor: scoringConfigFor,
    onWriteStatus: () => undefined,
    locks,
  });
  const restored = await restoreTab(saved, { machine, records, load: async () => scenario });
  return { actor: restored.actor, records, recording: bindRecording(restored.actor, records, restored.binding), notices: restored.notices };
}

/** What the tab would have saved in sessionStorage now. */
function savedScreenOf(tab: Tab, log?: DecisionLog): TabSessionLookup {
  const current = tab.recording.current();
  const attempt = current && { recordId: current.recordId, log: log ?? current.log };
  return { kind: 'found', stored: { session: persistSession(tab.actor), recordId: attempt?.recordId ?? null, log: attempt?.log ?? null, savedAt: 'now' } };
}

async function startPlaying(tab: Tab): Promise<void> {
  tab.actor.send({ type: 'trainee.open', scenarioId: scenario.meta.id });
  expect(await tab.recording.enter(scenario, true)).toEqual({ kind: 'playing' });
}

function choose(tab: Tab): void {
  const before = logOf(tab).length;
  const offered = viewOf(tab.actor.getSnapshot().context.attempt!.getSnapshot()).choices.find((choice) => choice.available)!;
  tab.actor.send({ type: 'trainee.choose', index: offered.index });
  expect(logOf(tab).length).toBeGreaterThan(before);
}

const logOf = (tab: Tab): DecisionLog => tab.actor.getSnapshot().context.attempt!.getSnapshot().context.log;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('restoreTab', () => {
  it('does not say the attempt is kept when this browser keeps no records (IndexedDB refused)', async () => {
    const refused = () => Promise.reject(new DOMException('The user denied permission to access the database.', 'UnknownError'));
    const first = await openTab(memoryLocks(), { kind: 'none' }, refused);
    expect(first.records.recording).toBe(false);
    first.actor.send({ type: 'trainee.open', scenarioId: scenario.meta.id });
    await first.recording.enter(scenario, true);
    const saved = savedScreenOf(first);
    const reloaded = await openTab(memoryLocks(), saved, refused);
    expect(reloaded.actor.getSnapshot().matches('menu')).toBe(true);
    expect(reloaded.notices).toHaveLength(1);
    expect(reloaded.notices[0]).toContain('not keeping attempts right now, so the attempt played before the reload is lost');
    expect(reloaded.notices[0]).not.toContain('Your attempts are kept');
  });

  it('returns to the play screen with the record’s log, holding the attempt again', async () => {
    const first = await openTab(memoryLocks());
    await startPlaying(first);
    choose(first);
    await first.records.reload();
    const saved = savedScreenOf(first);
    const log = logOf(first);
    // A reload is a new page: the old page's locks went with it.
    const locks = memoryLocks();
    const reloaded = await openTab(locks, saved);
    expect(reloaded.notices).toEqual([]);
    expect(reloaded.actor.getSnapshot().matches('play')).toBe(true);
    expect(logOf(reloaded)).toEqual(log);
    expect(await (await openTab(locks)).records.claim(scenario.meta.id)).toBe('elsewhere');
  });

  it('keeps an input whose write was in flight (the tab’s log carries the record on), and writes it', async () => {
    let stalled = false;
    const first = await openTab(memoryLocks(), { kind: 'none' }, async () => {
      const store = await openIdbAttemptStore();
      return { ...store, put: (record) => (stalled ? new Promise<void>(() => undefined) : store.put(record)) };
    });
    await startPlaying(first);
    await first.records.reload();
    const stored = first.records.progress().get(scenario.meta.id)!.inProgress!.log;
    stalled = true;
    choose(first);
    // The reload came before the write: the record still has the earlier log, the tab the newer one.
    const saved = savedScreenOf(first);
    const newer = logOf(first);
    expect(newer.length).toBeGreaterThan(stored.length);
    expect(carriesOn(newer, stored)).toBe(true);
    const reloaded = await openTab(memoryLocks(), saved);
    expect(logOf(reloaded)).toEqual(newer);
    await vi.waitFor(async () => {
      const check = await openTab(memoryLocks());
      expect(check.records.progress().get(scenario.meta.id)?.inProgress?.log).toEqual(newer);
    });
  });

  it('ignores the tab’s log where another tab changed the record, and opens on the menu when that tab plays it', async () => {
    const locks = memoryLocks();
    const first = await openTab(locks);
    await startPlaying(first);
    choose(first);
    const saved = savedScreenOf(first);
    first.actor.send({ type: 'trainee.exit' });
    await released();
    // Another tab carries the attempt on.
    const other = await openTab(locks);
    // The first tab's lock comes free once its last version is written.
    await vi.waitFor(async () => expect(await other.recording.enter(scenario, false)).toEqual({ kind: 'playing' }));
    choose(other);
    const othersLog = logOf(other);
    expect(carriesOn(saved.kind === 'found' ? saved.stored.log : null, othersLog)).toBe(false);
    const refused = await openTab(locks, saved);
    expect(refused.actor.getSnapshot().matches('menu')).toBe(true);
    expect(refused.notices).toEqual([`${scenario.meta.title} is open in another tab or window. Carry on there, or close it there first.`]);
    other.actor.send({ type: 'trainee.exit' });
    const reloaded = await vi.waitFor(async () => {
      const tab = await openTab(locks, saved);
      if (!tab.actor.getSnapshot().matches('play')) throw new Error(tab.notices.join(' '));
      return tab;
    });
    expect(logOf(reloaded)).toEqual(logOf(other));
    expect(logOf(reloaded).slice(0, othersLog.length)).toEqual(othersLog);
  });

  it('puts an unreadable saved screen in quarantine and opens on the menu', async () => {
    const tab = await openTab(memoryLocks(), { kind: 'unreadable', key: 'threshold.tab-session.v2', reason: 'the saved screen is not valid JSON', raw: '{' });
    expect(tab.actor.getSnapshot().matches('menu')).toBe(true);
    expect(tab.notices[0]).toMatch(/quarantine, from sessionStorage\/threshold\.tab-session\.v2/);
  });
});
