// The one-time move of localStorage saves into the records store: a save that still matches its
// story becomes an in-progress record; a broken save, a set-aside save or a save made before its
// story changed goes to quarantine with the reason; the old keys are cleared only afterwards.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { steppingClock } from '../../../src/engine/clock';
import { Playthrough } from '../../../src/engine/playthrough';
import { resolveScoringConfig } from '../../../src/engine/scoring/score';
import { openIdbAttemptStore } from '../../../src/records/idbAttemptStore';
import { importLegacySaves, LEGACY_SAVE_KEY, LEGACY_SET_ASIDE_PREFIX, type LegacyContext } from '../../../src/records/legacyImport';
import { shippedScenario } from './helpers';

const scenario = shippedScenario();

function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}

/** A save in the shape the page wrote before records (engine save version 1), after one choice. */
function legacySlot(edit?: (save: { log: unknown[]; transcript: Array<{ text: string }> }) => void): string {
  const playthrough = Playthrough.start(scenario, steppingClock(1000));
  playthrough.choose(playthrough.view().choices.find((choice) => choice.available)!.index);
  const view = playthrough.view();
  const save = {
    version: 1,
    scenarioId: scenario.meta.id,
    inkState: '{"an old engine state": true}',
    interview: {},
    investigation: {},
    log: [...playthrough.log],
    lines: [...view.lines],
    transcript: view.transcript.map((line) => ({ ...line })),
  };
  edit?.(save);
  return JSON.stringify({ format: 'threshold-save', version: 1, scenarioId: scenario.meta.id, title: scenario.meta.title, savedAt: '2026-11-30T10:00:00.000Z', save });
}

const context = (): LegacyContext => ({
  scenarios: new Map([[scenario.meta.id, scenario]]),
  profile: { trainee: 'PC 5', cohort: 'B' },
  scoringFor: (s) => resolveScoringConfig(s),
  newId: () => 'migrated-1',
  now: new Date('2026-12-01T08:00:00.000Z'),
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('legacy import', () => {
  it('turns the saved slot into an in-progress record that resumes, and clears the key', async () => {
    const storage = memoryStorage({ [LEGACY_SAVE_KEY]: legacySlot(), unrelated: 'kept' });
    const store = await openIdbAttemptStore();
    expect(await importLegacySaves(store, storage, context())).toEqual([]);
    const { records } = await store.load();
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record).toMatchObject({ id: 'migrated-1', status: 'inProgress', trainee: 'PC 5', cohort: 'B', startedAt: '2026-11-30T10:00:00.000Z' });
    if (record.status !== 'inProgress') throw new Error('unreachable');
    expect(() => Playthrough.restore(scenario, record.resume, steppingClock(1))).not.toThrow();
    expect(storage.getItem(LEGACY_SAVE_KEY)).toBeNull();
    expect(storage.getItem('unrelated')).toBe('kept');
  });

  it('quarantines unreadable, set-aside and out-of-date saves with the reason, and runs only once', async () => {
    const changedStory = legacySlot((save) => {
      save.transcript[0] = { ...save.transcript[0]!, text: 'A line the story no longer has.' };
    });
    const storage = memoryStorage({
      [LEGACY_SAVE_KEY]: changedStory,
      [`${LEGACY_SET_ASIDE_PREFIX}2026-11-01T00:00:00.000Z`]: '{"format": "threshold-save", "broken',
    });
    const store = await openIdbAttemptStore();
    const quarantined = await importLegacySaves(store, storage, context());
    expect(quarantined.map((entry) => entry.reason).sort()).toEqual([
      'set aside by an earlier version of the page',
      `the story '${scenario.meta.title}' has changed since this progress was saved`,
    ]);
    expect(await store.quarantineSize()).toBe(2);
    expect((await store.load()).records).toEqual([]);
    expect(storage.length).toBe(0);
    storage.setItem(LEGACY_SAVE_KEY, 'written by an old tab later');
    expect(await importLegacySaves(store, storage, context())).toEqual([]);
  });

  it('quarantines a save that is not JSON, or for a scenario that no longer exists', async () => {
    for (const [text, reason] of [
      ['{"format": ', 'the saved progress is not valid JSON'],
      [legacySlot().replace(scenario.meta.id, 'gone_story'), "the scenario 'gone_story' is no longer available"],
    ] as const) {
      globalThis.indexedDB = new IDBFactory();
      const store = await openIdbAttemptStore();
      const quarantined = await importLegacySaves(store, memoryStorage({ [LEGACY_SAVE_KEY]: text }), context());
      expect(quarantined).toMatchObject([{ origin: `localStorage/${LEGACY_SAVE_KEY}`, reason, value: text }]);
    }
  });
});
