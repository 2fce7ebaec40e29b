// What a Playthrough writes to resume later: plain JSON, so it survives IndexedDB, localStorage and
// files unchanged. A save that does not have this shape is refused with the reason, so the caller
// can set it aside with a notice instead of crashing or silently starting over.
import type { DecisionEvent } from './log';
import type { Line } from './storyRunner';

export const SAVE_VERSION = 1;

export interface SaveData {
  version: typeof SAVE_VERSION;
  /** The scenario's meta.id; a save only restores into the same scenario. */
  scenarioId: string;
  /** StoryRunner.saveState(): the inkjs state plus the runner's own (pending form, ending seen). */
  inkState: string;
  /** Persisted XState snapshots (actor.getPersistedSnapshot()). */
  interview: unknown;
  investigation: unknown;
  log: DecisionEvent[];
  /** The lines of the current step (what the trainee is looking at). */
  lines: Line[];
  /** Every line shown so far in this attempt, in order. */
  transcript: Line[];
}

export class SaveDataError extends Error {
  override name = 'SaveDataError';
}

/** Checks the shape of a parsed save (deep checks of ink and actor state happen when restoring). */
export function parseSaveData(value: unknown): SaveData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SaveDataError('save: not an object');
  }
  const save = value as Record<string, unknown>;
  if (save.version !== SAVE_VERSION) {
    throw new SaveDataError(`save: version ${JSON.stringify(save.version)} is not supported (expected ${SAVE_VERSION})`);
  }
  for (const key of ['scenarioId', 'inkState'] as const) {
    if (typeof save[key] !== 'string') throw new SaveDataError(`save: '${key}' must be a string`);
  }
  for (const key of ['interview', 'investigation'] as const) {
    if (typeof save[key] !== 'object' || save[key] === null) throw new SaveDataError(`save: '${key}' must be an actor snapshot`);
  }
  for (const key of ['log', 'lines', 'transcript'] as const) {
    if (!Array.isArray(save[key])) throw new SaveDataError(`save: '${key}' must be an array`);
  }
  (save.log as unknown[]).forEach((event, index) => {
    const e = event as { type?: unknown; at?: unknown } | null;
    if (typeof e !== 'object' || e === null || typeof e.type !== 'string' || typeof e.at !== 'number') {
      throw new SaveDataError(`save: log event ${index} is not a decision event`);
    }
  });
  return save as unknown as SaveData;
}
