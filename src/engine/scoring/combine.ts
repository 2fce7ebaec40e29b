// The three competencies into one result: rounded scores, a weighted overall and the pass decision.
import type { SettledCompetency } from './ledger';
import { COMPETENCIES, type Competency, type Result, type ScoringConfig } from './types';

/** What fails an attempt whatever its scores. */
export interface Failures {
  /** A critical questioning error (fails only when the academy's criticalErrorFailsQuestioning is on). */
  criticalError: boolean;
  /** A critical decision that harms the person (criticalDecisions.ts), or an over-call in a decoy (overCall.ts). */
  criticalDecision: boolean;
}

export function combine(
  competencies: Readonly<Record<Competency, SettledCompetency>>,
  config: ScoringConfig,
  failures: Failures,
): Result {
  const rounded = {
    identification: Math.round(competencies.identification.exact),
    questioning: Math.round(competencies.questioning.exact),
    referral: Math.round(competencies.referral.exact),
  };
  // The overall is computed from the rounded competency scores the trainee sees, so anyone can
  // recompute it by hand from the debrief.
  const totalWeight = COMPETENCIES.reduce((sum, c) => sum + config.weights[c], 0);
  if (!(totalWeight > 0)) throw new Error('scoring: the competency weights add up to 0; use resolveScoringConfig to build a valid configuration');
  const weighted = COMPETENCIES.reduce((sum, c) => sum + config.weights[c] * rounded[c], 0);
  const overall = Math.round(weighted / totalWeight);
  const failedByCriticalError = config.criticalErrorFailsQuestioning && failures.criticalError;
  const feedback = COMPETENCIES.flatMap((c) => competencies[c].items);
  return {
    scores: { ...rounded, overall },
    passed: overall >= config.passMark && !failedByCriticalError && !failures.criticalDecision,
    // A critical decision is named first: it is the reason the attempt failed.
    feedback: [...feedback.filter((item) => item.critical), ...feedback.filter((item) => !item.critical)],
  };
}
