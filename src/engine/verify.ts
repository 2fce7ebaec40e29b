// Replay verification: an academy imports an attempt and checks that its log replays through the
// story and that its stored result is what the scorer computes from that log. A hand-edited score,
// a doctored log or an attempt for a different story version is reported with where it differs.
import type { Scenario } from '../content/types';
import { attemptDigest, type Attempt } from './attempt';
import { shortHash, storyContentHash } from './digest';
import { Playthrough, ReplayError } from './playthrough';
import { score } from './scoring/score';
import type { ScoringConfig } from './scoring/types';

/**
 * `mismatch`: the attempt disagrees with itself or with the story (edited, forged, or a log this
 * story never produced). `elsewhere`: it belongs to another scenario, story version or scoring
 * configuration, so it cannot be checked here, which says nothing about whether it was edited.
 */
export type Verification = { ok: true } | { ok: false; cause: 'mismatch' | 'elsewhere'; reason: string; eventIndex?: number };

/**
 * Checks one attempt against its scenario: its digest, the story version it names, the replay of
 * its log, its ending and its result, in that order, stopping at the first that fails. `config` must be the configuration the academy scores
 * with (resolveScoringConfig(scenario, academy)); without it the scenario's own configuration is used.
 */
export function verify(scenario: Scenario, attempt: Attempt, config?: ScoringConfig): Verification {
  if (attempt.scenario !== scenario.meta.id) {
    return { ok: false, cause: 'elsewhere', reason: `the attempt is for scenario '${attempt.scenario}', not '${scenario.meta.id}'` };
  }
  // First the digest: an edit to the log that still replays (an added referral, a changed form
  // answer that moves no score) is only detectable here.
  const digest = attemptDigest(attempt);
  if (digest !== attempt.digest) {
    return { ok: false, cause: 'mismatch', reason: `digest: the attempt says ${attempt.digest}, but its content hashes to ${digest}: it was changed after it was recorded` };
  }
  if (attempt.record && attempt.record.contentHash !== storyContentHash(scenario.storyJson)) {
    return {
      ok: false,
      cause: 'elsewhere',
      reason: `the attempt was played on another version of '${scenario.meta.id}' (story ${shortHash(attempt.record.contentHash)}, this one is ${shortHash(storyContentHash(scenario.storyJson))})`,
    };
  }
  if (attempt.record && config) {
    const difference = firstDifference(attempt.record.scoring, config, 'record.scoring');
    if (difference) return { ok: false, cause: 'elsewhere', reason: `the attempt was scored under another configuration: ${difference.message}` };
  }
  let replayed: Playthrough;
  try {
    replayed = Playthrough.replay(scenario, attempt.log);
  } catch (error) {
    if (error instanceof ReplayError) {
      return { ok: false, cause: 'mismatch', reason: `the log does not replay at event ${error.eventIndex}: ${error.reason}`, eventIndex: error.eventIndex };
    }
    return { ok: false, cause: 'mismatch', reason: `the log does not replay: ${error instanceof Error ? error.message : String(error)}` };
  }
  const ending = replayed.view().ending;
  if (ending !== attempt.ending) {
    return { ok: false, cause: 'mismatch', reason: `ending: the attempt says ${JSON.stringify(attempt.ending)}, the replay reaches ${JSON.stringify(ending)}` };
  }
  // An attempt that did not finish (exported while in progress) has no result to check.
  if (!replayed.view().complete) {
    return attempt.result === null
      ? { ok: true }
      : { ok: false, cause: 'mismatch', reason: 'result: the attempt did not finish, so it cannot have a result' };
  }
  let recomputed: unknown;
  try {
    recomputed = score(scenario, attempt.log, config);
  } catch (error) {
    return { ok: false, cause: 'mismatch', reason: `the result cannot be recomputed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const difference = firstDifference(attempt.result, recomputed, 'result');
  if (difference) return { ok: false, cause: 'mismatch', reason: difference.message, ...(difference.eventIndex === undefined ? {} : { eventIndex: difference.eventIndex }) };
  return { ok: true };
}

interface Difference {
  message: string;
  eventIndex?: number;
}

/** The first place two JSON values differ, as `result.scores.questioning: stored 85, recomputed 60`. */
export function firstDifference(stored: unknown, recomputed: unknown, path: string): Difference | undefined {
  if (isObject(stored) && isObject(recomputed)) {
    const storedIsList = Array.isArray(stored);
    if (storedIsList !== Array.isArray(recomputed)) return mismatch(path, stored, recomputed);
    if (storedIsList && Array.isArray(recomputed)) {
      const length = Math.max(stored.length, recomputed.length);
      for (let i = 0; i < length; i++) {
        if (i >= stored.length) return { message: `${path}[${i}]: missing from the attempt; recomputed ${show(recomputed[i])}` };
        if (i >= recomputed.length) return { message: `${path}[${i}]: the attempt has ${show(stored[i])}, which the recomputed result does not` };
        const difference = firstDifference(stored[i], recomputed[i], `${path}[${i}]`);
        if (difference) return withEventIndex(difference, recomputed[i]);
      }
      return undefined;
    }
    const keys = [...new Set([...Object.keys(stored), ...Object.keys(recomputed)])];
    for (const key of keys) {
      const difference = firstDifference(
        (stored as Record<string, unknown>)[key],
        (recomputed as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (difference) return difference;
    }
    return undefined;
  }
  // ===, not Object.is: a file may write a score of 0 as -0, and it is the same number.
  return stored === recomputed ? undefined : mismatch(path, stored, recomputed);
}

function withEventIndex(difference: Difference, item: unknown): Difference {
  if (difference.eventIndex !== undefined || !isObject(item)) return difference;
  const eventIndex = (item as { eventIndex?: unknown }).eventIndex;
  return typeof eventIndex === 'number' ? { ...difference, eventIndex } : difference;
}

function mismatch(path: string, stored: unknown, recomputed: unknown): Difference {
  return { message: `${path}: the attempt has ${show(stored)}, recomputed ${show(recomputed)}` };
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
