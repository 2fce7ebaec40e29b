// Replay verification: an academy imports an attempt and checks that its log replays through the
// story and that its stored result is what the scorer computes from that log. A hand-edited score,
// a doctored log or an attempt for a different story version is reported with where it differs.
import type { Scenario } from '../content/types';
import type { Attempt } from './attempt';
import { Playthrough, ReplayError } from './playthrough';
import { score } from './scoring/score';
import type { ScoringConfig } from './scoring/types';
import { messageOf } from '../util/errors';
import { firstDifference, isRecord, showJson } from '../util/json';

export type Verification = { ok: true } | { ok: false; reason: string; eventIndex?: number };

/**
 * Checks one attempt against its scenario. `config` must be the configuration the academy scores
 * with (resolveScoringConfig(scenario, academy)); without it the scenario's own configuration is used.
 */
export function verify(scenario: Scenario, attempt: Attempt, config?: ScoringConfig): Verification {
  if (attempt.scenario !== scenario.meta.id) {
    return { ok: false, reason: `the attempt is for scenario '${attempt.scenario}', not '${scenario.meta.id}'` };
  }
  let replayed: Playthrough;
  try {
    replayed = Playthrough.replay(scenario, attempt.log);
  } catch (error) {
    if (error instanceof ReplayError) {
      return { ok: false, reason: `the log does not replay at event ${error.eventIndex}: ${error.reason}`, eventIndex: error.eventIndex };
    }
    return { ok: false, reason: `the log does not replay: ${messageOf(error)}` };
  }
  const ending = replayed.view().ending;
  if (ending !== attempt.ending) {
    return { ok: false, reason: `ending: the attempt says ${JSON.stringify(attempt.ending)}, the replay reaches ${JSON.stringify(ending)}` };
  }
  let recomputed: unknown;
  try {
    recomputed = score(scenario, attempt.log, config);
  } catch (error) {
    return { ok: false, reason: `the result cannot be recomputed: ${messageOf(error)}` };
  }
  const difference = resultDifference(attempt.result, recomputed);
  if (difference) return { ok: false, reason: difference.message, ...(difference.eventIndex === undefined ? {} : { eventIndex: difference.eventIndex }) };
  return { ok: true };
}

/** The first place a stored result differs from the recomputed one, with the event it is about. */
function resultDifference(stored: unknown, recomputed: unknown): { message: string; eventIndex?: number } | undefined {
  const difference = firstDifference(stored, recomputed, 'result');
  if (!difference) return undefined;
  const { path, left, right } = difference;
  const message =
    left === undefined
      ? `${path}: missing from the attempt; recomputed ${showJson(right)}`
      : right === undefined
        ? `${path}: the attempt has ${showJson(left)}, which the recomputed result does not`
        : `${path}: the attempt has ${showJson(left)}, recomputed ${showJson(right)}`;
  // The innermost recomputed item that names an event (a feedback item) says which event it is about.
  const item = [...difference.rightTrail, right].reverse().find((value) => isRecord(value) && typeof value['eventIndex'] === 'number');
  return isRecord(item) ? { message, eventIndex: item['eventIndex'] as number } : { message };
}
