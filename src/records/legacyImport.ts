// The one-time move of saves written before the records store existed: the single localStorage slot
// of src/ui/savedAttempt.ts (`threshold.attempt.v1`) and the saves it set aside
// (`threshold.attempt.set-aside.<time>`). Each readable save becomes an in-progress record; what
// cannot be trusted goes to quarantine with the reason, never away. Old saves did not record the
// story's version, so a save is kept only if replaying its log through today's story shows the
// trainee exactly the lines the save says they saw; otherwise the story changed since.
import type { Scenario } from '../content/types';
import { storyContentHash } from '../engine/digest';
import { Playthrough } from '../engine/playthrough';
import { logProblem } from '../engine/attempt';
import type { DecisionEvent } from '../engine/log';
import type { ScoringConfig } from '../engine/scoring/types';
import { startRecord, type InProgressRecord } from './attemptRecord';
import type { AttemptStore, Profile, QuarantinedEntry } from './attemptStore';

/** The keys the page used before records (src/ui/savedAttempt.ts wrote them; records sits below ui/). */
export const LEGACY_SAVE_KEY = 'threshold.attempt.v1';
export const LEGACY_SET_ASIDE_PREFIX = 'threshold.attempt.set-aside.';

/** The part of localStorage the import reads and clears. */
export type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem' | 'key' | 'length'>;

export interface LegacyContext {
  scenarios: ReadonlyMap<string, Scenario>;
  profile: Profile;
  scoringFor: (scenario: Scenario) => ScoringConfig;
  newId: () => string;
  now: Date;
}

export interface LegacyFindings {
  records: InProgressRecord[];
  quarantined: QuarantinedEntry[];
  /** The localStorage keys read, cleared once the findings are stored. */
  keys: string[];
}

/** The old keys present in `storage`. */
export function legacySaveKeys(storage: Pick<Storage, 'key' | 'length'>): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === LEGACY_SAVE_KEY || key?.startsWith(LEGACY_SET_ASIDE_PREFIX)) keys.push(key);
  }
  return keys;
}

/** What the old keys hold, as records and quarantine entries (pure: storage is only read). */
export function readLegacySaves(storage: LegacyStorage, context: LegacyContext): LegacyFindings {
  const keys = legacySaveKeys(storage);
  const findings: LegacyFindings = { records: [], quarantined: [], keys };
  for (const key of keys) {
    const text = storage.getItem(key) ?? '';
    const setAside = (reason: string) => findings.quarantined.push({ origin: `localStorage/${key}`, reason, at: context.now.toISOString(), value: text });
    if (key !== LEGACY_SAVE_KEY) {
      setAside('set aside by an earlier version of the page');
      continue;
    }
    const converted = legacyRecord(text, context);
    if (typeof converted === 'string') setAside(converted);
    else findings.records.push(converted);
  }
  return findings;
}

function legacyRecord(text: string, context: LegacyContext): InProgressRecord | string {
  let slot: unknown;
  try {
    slot = JSON.parse(text);
  } catch {
    return 'the saved progress is not valid JSON';
  }
  const stored = slot as { format?: unknown; scenarioId?: unknown; save?: unknown; savedAt?: unknown };
  if (typeof stored !== 'object' || stored === null || stored.format !== 'threshold-save') return 'not a Threshold save';
  const scenario = typeof stored.scenarioId === 'string' ? context.scenarios.get(stored.scenarioId) : undefined;
  if (!scenario) return `the scenario '${String(stored.scenarioId)}' is no longer available`;
  // The old save's engine state is not trusted (nor readable by a newer engine): its log is the
  // truth, replayed into a fresh save, and its transcript tells whether the story has changed.
  const old = stored.save as { log?: unknown; transcript?: unknown } | null;
  if (typeof old !== 'object' || old === null) return 'the save holds no progress';
  const logCheck = logProblem(old.log);
  if (logCheck) return `the saved log cannot be read: ${logCheck.reason}`;
  if (!Array.isArray(old.transcript)) return 'the save has no transcript';
  const transcript = old.transcript as Array<{ text?: unknown }>;
  const changed = `the story '${scenario.meta.title}' has changed since this progress was saved`;
  let replayed: Playthrough;
  try {
    replayed = Playthrough.replay(scenario, old.log as DecisionEvent[]);
  } catch {
    return changed;
  }
  const lines = replayed.view().transcript;
  if (lines.length !== transcript.length || lines.some((line, i) => line.text !== transcript[i]?.text)) return changed;
  const started = typeof stored.savedAt === 'string' && !Number.isNaN(Date.parse(stored.savedAt)) ? new Date(stored.savedAt) : context.now;
  return startRecord({
    id: context.newId(),
    trainee: context.profile.trainee,
    cohort: context.profile.cohort,
    scenario: { id: scenario.meta.id, title: scenario.meta.title, contentHash: storyContentHash(scenario.storyJson) },
    scoring: context.scoringFor(scenario),
    number: 1,
    now: started,
    resume: replayed.save(),
  });
}

/**
 * Runs once per browser: stores what readLegacySaves found, marks the import done, then clears the
 * old keys. A crash part-way leaves the old keys in place; nothing is lost.
 */
export async function importLegacySaves(store: AttemptStore, storage: LegacyStorage & Pick<Storage, 'removeItem'>, context: LegacyContext): Promise<QuarantinedEntry[]> {
  if (await store.legacyImported()) return [];
  const findings = readLegacySaves(storage, context);
  for (const record of findings.records) await store.put(record);
  for (const entry of findings.quarantined) await store.addToQuarantine(entry);
  await store.markLegacyImported();
  for (const key of findings.keys) storage.removeItem(key);
  return findings.quarantined;
}
