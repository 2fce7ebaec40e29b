// The rules an answer key must follow to agree with practice (domain reference §5.3–5.4), checked
// across every shipped scenario by scenarioLibrary.test.ts. Each returns the broken rules in words.
import type { AnswerKey, Scenario } from '../../../src/content/types';
import { referralsById, taxonomy } from '../../../src/content/taxonomy';

const holds = (rule: readonly (readonly string[])[], conditions: readonly string[]): boolean =>
  rule.some((all) => all.every((condition) => conditions.includes(condition)));

/** Referral ids the story's lines say the person agrees to (`# agrees: ...`). */
export function agreedInStory(scenario: Scenario): Set<string> {
  const agreed = new Set<string>();
  for (const match of scenario.storyJson.matchAll(/[\^"]agrees: ?([a-z_, ]+)/g)) {
    for (const id of match[1]!.split(',')) agreed.add(id.trim());
  }
  return agreed;
}

export function keyPracticeProblems(scenario: Scenario): string[] {
  const key: AnswerKey = scenario.answerKey!;
  const problems: string[] = [];
  const has = (condition: string) => key.conditions.includes(condition);
  // Every disposition the reference calls harmful for these facts is harmful in the key.
  for (const referral of taxonomy.referrals) {
    if (holds(referral.harmful_when, key.conditions) && !key.referralsHarmful.includes(referral.id)) {
      problems.push(`${referral.id} is harmful when ${referral.harmful_when.map((all) => all.join(' and ')).join(' or ')}, but the key does not list it as harmful`);
    }
  }
  // Non-punishment: a potential victim with an immigration offence has a compelled offence.
  if (has('trafficking_indicators_present') && has('irregular_status') && !has('compelled_offence_exposure')) {
    problems.push('a potential victim with irregular status is exposed to an immigration offence: add the condition compelled_offence_exposure');
  }
  // Answers are facts of the path, tagged where the person gives them, not facts of the case.
  for (const condition of ['consent_given', 'adult_declines']) {
    if (has(condition)) problems.push(`${condition} is the person's answer on a path: tag the line (agrees / declines) instead of a condition`);
  }
  // A service arranged only at the person's request must be one they can ask for in the story.
  for (const id of key.referralsRequired) {
    const rule = referralsById.get(id)?.required_when ?? [];
    const onRequest = rule.length > 0 && rule.every((all) => all.length === 1 && all[0] === 'consent_given');
    if (onRequest && !agreedInStory(scenario).has(id)) problems.push(`${id} is arranged only at the person's request, but no line in the story is tagged 'agrees: ${id}'`);
  }
  // A possible child goes to child protection, whatever else.
  if ((has('victim_is_minor') || has('age_uncertain')) && !key.referralsRequired.includes('child_protection')) {
    problems.push('a possible child: child_protection must be required');
  }
  // Long-term services are not a first-contact decision (domain §9.15).
  for (const id of key.referralsRequired) {
    if (referralsById.get(id)?.stage === 'long_term') problems.push(`${id} is long-term support, not a first-contact referral (domain §9.15)`);
  }
  return problems;
}
