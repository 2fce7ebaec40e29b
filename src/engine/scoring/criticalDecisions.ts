// Critical decisions (domain reference §5.3–5.4): a disposition that harms the person in this
// scenario fails the attempt whatever the other points: releasing a potential victim to a suspected
// controller, punishing them for an offence they were compelled to commit, returning a child
// unassessed, mediating a child's forced marriage. The trainee can take one on the referral form or
// by an in-story choice tagged `critical: <id>`; both are read here, the same way.
import type { AnswerKey } from '../../content/types';
import { referralsById } from '../../content/taxonomy';
import type { DecisionLog } from '../log';
import { zeroOut, type SettledCompetency } from './ledger';
import { joinSentences, quoted, referralLabel } from './text';

export interface CriticalDecision {
  /** The referral id (a disposition such as release_to_controller). */
  id: string;
  /** The log event that took it: the referral form, or the choice tagged with it. */
  eventIndex: number;
  /** The choice's text, when it was taken in the story. */
  choiceText?: string;
}

/**
 * Whether the decision `id` harms the person in this scenario: the answer key lists it as harmful,
 * or the taxonomy's `harmful_when` rule holds for the key's conditions (so a key that forgot it is
 * still judged by the reference).
 */
export function harmsThisPerson(key: AnswerKey, id: string): boolean {
  if (key.referralsHarmful.includes(id)) return true;
  const rule = referralsById.get(id)?.harmful_when ?? [];
  return rule.some((all) => all.every((condition) => key.conditions.includes(condition)));
}

/** The ids of `list` that would fail an attempt at this scenario (harmful here). */
export function failingDecisions(key: AnswerKey, list: readonly string[]): Set<string> {
  return new Set(list.filter((id) => harmsThisPerson(key, id)));
}

/**
 * Every critical decision in the log, in log order: tagged choices, and the ids on the last
 * referral form (the form that is scored).
 */
export function findCriticalDecisions(key: AnswerKey, log: DecisionLog, list: readonly string[]): CriticalDecision[] {
  const failing = failingDecisions(key, list);
  if (failing.size === 0) return [];
  let lastForm = -1;
  log.forEach((event, index) => {
    if (event.type === 'form.referrals') lastForm = index;
  });
  const found: CriticalDecision[] = [];
  const seen = new Set<string>();
  log.forEach((event, index) => {
    if (event.type === 'story.choice' && event.tags.critical !== undefined && failing.has(event.tags.critical)) {
      found.push({ id: event.tags.critical, eventIndex: index, choiceText: event.text });
      seen.add(event.tags.critical);
    } else if (index === lastForm && event.type === 'form.referrals') {
      for (const id of new Set(event.referrals)) {
        if (failing.has(id) && !seen.has(id)) found.push({ id, eventIndex: index });
      }
    }
  });
  return found;
}

/**
 * The referral competency after critical decisions: 0, with one item per decision (the first
 * carries the whole deduction, so the deltas still add up to the score). The items are marked
 * `critical` so the result lists them first.
 */
export function failReferral(settled: SettledCompetency, decisions: readonly CriticalDecision[]): SettledCompetency {
  let result = settled;
  for (const decision of decisions) {
    result = zeroOut(
      result,
      {
        eventIndex: decision.eventIndex,
        what: criticalWhat(decision),
        why: joinSentences(referralsById.get(decision.id)?.notes, referralsById.get(decision.id)?.definition),
        taxonomyId: decision.id,
      },
      'referral',
    );
    const last = result.items[result.items.length - 1];
    if (last) last.critical = true;
  }
  return result;
}

function criticalWhat(decision: CriticalDecision): string {
  const taken = decision.choiceText !== undefined ? `You chose “${decision.choiceText}”: ` : 'On the referral form you chose ';
  const label = quoted(referralLabel(decision.id));
  return `${taken}${decision.choiceText !== undefined ? `in effect ${label}` : label}. This is a critical decision: it harms this person, so the attempt is not passed whatever the other scores.`;
}
