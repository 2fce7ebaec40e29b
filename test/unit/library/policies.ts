// Two scripted trainees for the scenario library's proof: a careful one that asks only good
// questions, flags what it was shown and answers the forms from the answer key, and a careless
// one that reaches for the harmful moves, flags nothing and gets the forms wrong. They play through
// the real Playthrough and are scored by the real score(), like a trainee in the browser.
import type { Scenario } from '../../../src/content/types';
import { questionTypesById, taxonomy } from '../../../src/content/taxonomy';
import { steppingClock } from '../../../src/engine/clock';
import { Playthrough, type ChoiceView } from '../../../src/engine/playthrough';
import { score } from '../../../src/engine/scoring/score';
import type { Result } from '../../../src/engine/scoring/types';
import { consentAnswers, type DecisionLog } from '../../../src/engine/log';
import { isMinorCase, requiredReferrals } from '../../../src/engine/scoring/referral';

export type Policy = 'careful' | 'careless';

const MAX_TURNS = 400;

function valenceRank(choice: ChoiceView, policy: Policy): number {
  const type = choice.tags.q === undefined ? undefined : questionTypesById.get(choice.tags.q);
  const valence = type?.valence;
  if (policy === 'careful') return valence === 'good' ? 3 : valence === undefined ? 2 : valence === 'neutral' ? 1 : 0;
  return valence === 'harmful' ? 10 + (type?.severity ?? 1) : valence === 'neutral' ? 2 : valence === undefined ? 1 : 0;
}

/**
 * The choice this trainee makes: a choice matching `prefer` when one is on offer (to steer into a
 * branch such as an adult declining), else its preferred kind of move, new moves before repeated ones.
 */
function pick(choices: readonly ChoiceView[], taken: ReadonlySet<string>, policy: Policy, prefer?: RegExp): ChoiceView {
  const available = choices.filter((choice) => choice.available);
  const preferred = prefer ? available.find((choice) => prefer.test(choice.text) && !taken.has(choice.text)) : undefined;
  if (preferred) return preferred;
  const ranked = [...available].sort((a, b) => {
    const fresh = Number(!taken.has(b.text)) - Number(!taken.has(a.text));
    if (policy === 'careful') return valenceRank(b, policy) - valenceRank(a, policy) || fresh;
    return fresh || valenceRank(b, policy) - valenceRank(a, policy);
  });
  const chosen = ranked[0];
  if (!chosen) throw new Error('no available choice');
  return chosen;
}

function wrongDetermination(scenario: Scenario): string {
  const accepted = scenario.answerKey?.determinations ?? [];
  const decoy = accepted.every((id) => id.startsWith('not_trafficking'));
  return decoy ? 'potential_victim_labour' : 'not_trafficking_other_harm';
}

export interface PlayedAttempt {
  result: Result;
  ending: string | null;
  choicesMade: number;
  log: DecisionLog;
}

export function playWith(scenario: Scenario, policy: Policy, prefer?: RegExp): PlayedAttempt {
  const key = scenario.answerKey;
  if (!key) throw new Error(`${scenario.meta.source}: unscored`);
  const attempt = Playthrough.start(scenario, steppingClock(1000));
  const taken = new Set<string>();
  let choicesMade = 0;
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const view = attempt.view();
    if (view.complete) break;
    if (policy === 'careful') for (const id of view.shownIndicators) if (!view.flags.includes(id)) attempt.flag(id);
    if (view.pendingDecision === 'determination') {
      attempt.submitDetermination(policy === 'careful' ? key.determinations[0]! : wrongDetermination(scenario));
    } else if (view.pendingDecision === 'referrals') {
      // The careful trainee refers as the person's answers leave it (an adult's "no" respected).
      attempt.submitReferrals(policy === 'careful' ? requiredReferrals(key, isMinorCase(key) ? new Map() : consentAnswers(attempt.log)) : [...key.referralsHarmful]);
    } else {
      const choice = pick(view.choices, taken, policy, prefer);
      taken.add(choice.text);
      attempt.choose(choice.index);
      choicesMade++;
    }
  }
  const view = attempt.view();
  if (!view.complete) throw new Error(`${scenario.meta.source}: the ${policy} trainee did not finish in ${MAX_TURNS} turns`);
  const result = score(scenario, attempt.log);
  if (!result) throw new Error(`${scenario.meta.source}: unscored`);
  return { result, ending: view.ending, choicesMade, log: attempt.log };
}

/** Every referral id in the taxonomy (the library must use each one as required or harmful). */
export const referralIds = taxonomy.referrals.map((referral) => referral.id);
