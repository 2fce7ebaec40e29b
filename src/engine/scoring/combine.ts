// The three competencies into one result: rounded scores, a weighted overall and the pass decision.
import type { SettledCompetency } from './ledger';
import { COMPETENCIES, type Competency, type Result, type ScoringConfig } from './types';

export function combine(
  competencies: Readonly<Record<Competency, SettledCompetency>>,
  config: ScoringConfig,
  criticalErrorMade: boolean,
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
  const failedByCriticalError = config.criticalErrorFailsQuestioning && criticalErrorMade;
  return {
    scores: { ...rounded, overall },
    passed: overall >= config.passMark && !failedByCriticalError,
    feedback: COMPETENCIES.flatMap((c) => competencies[c].items),
  };
}
