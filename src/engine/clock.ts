// Time for the decision log, injected so that nothing in the engine reads the wall clock by itself:
// the browser uses the system clock, headless play and tests use a stepping clock, and replay uses
// the timestamps of the log being replayed. Every value is milliseconds since the attempt started.

export interface Clock {
  /** Milliseconds since the attempt started; never decreases. */
  now(): number;
}

/** Wall-clock time since `start` (a Date.now() value, e.g. when the attempt began). */
export function systemClock(start: number = Date.now()): Clock {
  let last = 0;
  return {
    now() {
      // Never step backwards, even if the system clock is adjusted mid-attempt: the log rejects it.
      last = Math.max(last, Date.now() - start);
      return last;
    },
  };
}

/** Deterministic time: the first call returns 0 and every call after it is `stepMs` later. */
export function steppingClock(stepMs: number): Clock {
  if (!Number.isFinite(stepMs) || stepMs < 0) throw new RangeError(`steppingClock: step must be a non-negative number of ms, got ${stepMs}`);
  let calls = 0;
  return { now: () => stepMs * calls++ };
}

/**
 * Plays back recorded timestamps in order (used to replay a log so the rebuilt log is identical).
 * Once they run out it keeps returning the last one: the replay's comparison reports the surplus.
 */
export function recordedClock(timestamps: readonly number[]): Clock {
  let next = 0;
  return {
    now() {
      const value = timestamps[Math.min(next, timestamps.length - 1)] ?? 0;
      next++;
      return value;
    },
  };
}

/**
 * A restored attempt's clock: the logged times while its log is replayed (one reading per logged
 * event), then `live` (which should carry on from the last logged time: see resumingClock).
 */
export function replayingClock(timestamps: readonly number[], live: Clock): Clock {
  let next = 0;
  return {
    now() {
      const value = next < timestamps.length ? timestamps[next]! : live.now();
      next++;
      return value;
    },
  };
}
