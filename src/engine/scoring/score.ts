// score(scenario, log): the pure function from a decision log to a result. The browser, the play
// and verify commands, the explorer and the records layer all call this one function, so a result
// can always be recomputed from its log (docs/scoring.md explains every rule).
import type { Scenario } from '../../content/types';
import type { DecisionLog } from '../log';
import { combine } from './combine';
import { resolveScoringConfig } from './config';
import { failReferral, findCriticalDecisions } from './criticalDecisions';
import { DECOY_OVERCALL_FAILS } from './defaults';
import { overCallItem } from './overCall';
import { scoreIdentification } from './identification';
import { scoreQuestioning } from './questioning';
import { scoreReferral } from './referral';
import type { Result, ScoringConfig } from './types';

export type { Competency, FeedbackItem, FeedbackKind, Result, Scores, ScoringConfig } from './types';
export { resolveScoringConfig } from './config';

/**
 * The result of one attempt, or null for an unscored scenario (a story without an answer key).
 * Without `config`, the scenario's own overrides on top of the defaults are used; pass
 * `resolveScoringConfig(scenario, academy)` to apply an academy's configuration.
 */
export function score(scenario: Scenario, log: DecisionLog, config?: ScoringConfig): Result | null {
  const key = scenario.answerKey;
  if (key === null) return null;
  const resolved = config ?? resolveScoringConfig(scenario);
  const questioning = scoreQuestioning(key, log, resolved.criticalErrorFailsQuestioning);
  const criticalDecisions = findCriticalDecisions(key, log, resolved.criticalDecisions);
  const referral = scoreReferral(key, log);
  const identification = scoreIdentification(key, log);
  const overCall = DECOY_OVERCALL_FAILS ? overCallItem(key, log) : null;
  return combine(
    {
      identification: overCall ? { ...identification, items: [...identification.items, overCall] } : identification,
      questioning: questioning.settled,
      referral: criticalDecisions.length > 0 ? failReferral(referral, criticalDecisions) : referral,
    },
    resolved,
    { criticalError: questioning.criticalErrors.length > 0, criticalDecision: criticalDecisions.length > 0 || overCall !== null },
  );
}
