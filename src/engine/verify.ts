// Replay verification: an academy imports an attempt and checks that its log replays through the
// story and that its stored result is what the scorer computes from that log. A hand-edited score,
// a doctored log or an attempt for a different story version is reported with where it differs.
import type { Scenario } from '../content/types';
import { attemptDigest, type Attempt } from './attempt';
import { shortHash, storyContentHash } from './digest';
import { Playthrough, ReplayError } from './playthrough';
import { score } from './scoring/score';
import type { ScoringConfig } from './scoring/types';
import { messageOf } from '../util/errors';
import { firstDifference, isRecord, showJson, type JsonDifference } from '../util/json';

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
    if (difference) {
      return { ok: false, cause: 'elsewhere', reason: `the attempt was scored under another configuration: ${difference.path} is ${showJson(difference.left)} in the attempt, ${showJson(difference.right)} here` };
    }
  }
  let replayed: Playthrough;
  try {
    replayed = Playthrough.replay(scenario, attempt.log);
  } catch (error) {
    if (error instanceof ReplayError) {
      return { ok: false, cause: 'mismatch', reason: `the log does not replay at event ${error.eventIndex}: ${error.reason}`, eventIndex: error.eventIndex };
    }
    return { ok: false, cause: 'mismatch', reason: `the log does not replay: ${messageOf(error)}` };
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
    return { ok: false, cause: 'mismatch', reason: `the result cannot be recomputed: ${messageOf(error)}` };
  }
  const difference = resultDifference(attempt.result, recomputed);
  if (difference) return { ok: false, cause: 'mismatch', reason: difference.message, ...(difference.eventIndex === undefined ? {} : { eventIndex: difference.eventIndex }) };
  return { ok: true };
}

/** The first place a stored result differs from the recomputed one, with the event it is about. */
function resultDifference(stored: unknown, recomputed: unknown): { message: string; eventIndex?: number } | undefined {
  const difference = firstDifference(stored, recomputed, 'result');
  if (!difference) return undefined;
  const message = differenceMessage(difference);
  // The innermost recomputed item that names an event (a feedback item) says which event it is about.
  const item = [...difference.rightTrail, difference.right].reverse().find((value) => isRecord(value) && typeof value['eventIndex'] === 'number');
  return isRecord(item) ? { message, eventIndex: item['eventIndex'] as number } : { message };
}

function differenceMessage({ path, left, right }: JsonDifference): string {
  return left === undefined
    ? `${path}: missing from the attempt; recomputed ${showJson(right)}`
    : right === undefined
      ? `${path}: the attempt has ${showJson(left)}, which the recomputed result does not`
      : `${path}: the attempt has ${showJson(left)}, recomputed ${showJson(right)}`;
}
