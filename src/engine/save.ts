// What an attempt writes to resume later: the attempt actor's persisted snapshot and its decision
// log, plain JSON, so it survives IndexedDB, localStorage and files unchanged. The log is the
// truth: restoring replays it through the story and refuses a snapshot that disagrees with what
// the replay rebuilt, so a save edited by hand, or made by another version of the story, is set
// aside with the reason instead of resuming somewhere the log never went.
import type { DecisionEvent } from './log';

export const SAVE_VERSION = 2;

export interface SaveData {
  version: typeof SAVE_VERSION;
  /** The scenario's meta.id; a save only restores into the same scenario. */
  scenarioId: string;
  /** The attempt actor's persisted snapshot (attemptMachine), as JSON. */
  snapshot: unknown;
  log: DecisionEvent[];
}

export class SaveDataError extends Error {
  override name = 'SaveDataError';
}

/** Checks the shape of a parsed save (the snapshot is checked against the replayed log when restoring). */
export function parseSaveData(value: unknown): SaveData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SaveDataError('save: not an object');
  }
  const save = value as Record<string, unknown>;
  if (save.version !== SAVE_VERSION) {
    throw new SaveDataError(`save: version ${JSON.stringify(save.version)} is not supported (expected ${SAVE_VERSION})`);
  }
  if (typeof save.scenarioId !== 'string') throw new SaveDataError(`save: 'scenarioId' must be a string`);
  if (typeof save.snapshot !== 'object' || save.snapshot === null) throw new SaveDataError(`save: 'snapshot' must be an actor snapshot`);
  if (!Array.isArray(save.log)) throw new SaveDataError(`save: 'log' must be an array`);
  (save.log as unknown[]).forEach((event, index) => {
    const e = event as { type?: unknown; at?: unknown } | null;
    if (typeof e !== 'object' || e === null || typeof e.type !== 'string' || typeof e.at !== 'number') {
      throw new SaveDataError(`save: log event ${index} is not a decision event`);
    }
  });
  return save as unknown as SaveData;
}
