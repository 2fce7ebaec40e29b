// The over-call policy for decoys (defaults.DECOY_OVERCALL_FAILS): in a scenario whose answer key
// accepts only not-trafficking answers, determining that the person is a potential victim fails
// the attempt. One rule for every decoy, so no decoy passes an over-call that another fails.
import type { AnswerKey } from '../../content/types';
import { determinationsById } from '../../content/taxonomy';
import type { DecisionLog } from '../log';
import type { FeedbackItem } from './types';
import { determinationLabel, joinSentences, quoted } from './text';

export function isDecoy(key: AnswerKey): boolean {
  return key.determinations.length > 0 && key.determinations.every((id) => determinationsById.get(id)?.trafficking === false);
}

/** The item that fails a decoy attempt over-called as trafficking, or null. */
export function overCallItem(key: AnswerKey, log: DecisionLog): FeedbackItem | null {
  if (!isDecoy(key)) return null;
  let formIndex = -1;
  log.forEach((event, index) => {
    if (event.type === 'form.determination') formIndex = index;
  });
  const form = log[formIndex];
  if (form?.type !== 'form.determination' || determinationsById.get(form.determination)?.trafficking !== true) return null;
  const accepted = key.determinations.map((id) => quoted(determinationLabel(id))).join(' or ');
  return {
    competency: 'identification',
    kind: 'error',
    delta: 0,
    eventIndex: formIndex,
    what: `You determined ${quoted(determinationLabel(form.determination))}, but the evidence pointed to ${accepted}. In a scenario built to test that judgement, an over-call fails the attempt.`,
    why: joinSentences(
      'Warning signs are where screening starts, not where it ends: once each person has been asked in private about documents, debts, freedom to leave and threats, their absence is what decides the case.',
      'An over-call sends people down a route built for someone else and spends protection on a case that needs a different remedy; the person still gets the help that fits.',
    ),
    taxonomyId: form.determination,
    critical: true,
  };
}
