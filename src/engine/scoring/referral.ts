// Referral (domain reference §5.3–5.4): the services the person needs, none that harm them, no
// needless over-referral, and consent handled the way the person's age requires: adults decide,
// children are referred to child protection without needing their consent.
import type { AnswerKey } from '../../content/types';
import { referralsById } from '../../content/taxonomy';
import { consentAnswers, type ConsentAnswer, type DecisionLog } from '../log';
import { CONSENT_NEEDED, MINOR_CONDITIONS, REFERRAL_POINTS } from './defaults';
import { scaleToHundred, settle, type DraftItem, type Part, type SettledCompetency } from './ledger';
import {
  consentValueDefinition,
  joinSentences,
  listLabels,
  questionRationale,
  quoted,
  referralExplanation,
  referralLabel,
} from './text';

export function isMinorCase(key: AnswerKey): boolean {
  return key.conditions.some((condition) => MINOR_CONDITIONS.includes(condition));
}

/**
 * The key's required referrals as the person's answers leave them (domain §5.4 "Adults decide"):
 * plus child protection for anyone who is or may be a child; for an adult, minus every service
 * they declined and every service that is only ever arranged at their request (consular contact)
 * that they did not ask for, and plus a discreet way to get help later once they declined anything.
 */
export function requiredReferrals(key: AnswerKey, answers: ReadonlyMap<string, ConsentAnswer> = new Map()): string[] {
  const required = [...new Set(key.referralsRequired)];
  if (isMinorCase(key)) {
    if (!required.includes('child_protection')) required.push('child_protection');
    return required;
  }
  const kept = required.filter((id) => !unwanted(id, answers));
  if ([...answers.values()].includes('declines') && !kept.includes('hotline_information')) kept.push('hotline_information');
  return kept;
}

/**
 * For an adult: a service they declined, or one arranged only on their request that they have not
 * asked for. Choosing it anyway goes against their wishes (§5.1 `required`: accept a refusal).
 */
function unwanted(id: string, answers: ReadonlyMap<string, ConsentAnswer>): boolean {
  const answer = answers.get(id);
  if (answer === 'declines') return needsAdultConsent(id);
  return answer !== 'agrees' && onRequestOnly(id);
}

/** Services the reference arranges only when the person asks (required_when is consent_given alone). */
function onRequestOnly(id: string): boolean {
  const rule = referralsById.get(id)?.required_when ?? [];
  return rule.length > 0 && rule.every((all) => all.length === 1 && all[0] === 'consent_given');
}

export function scoreReferral(key: AnswerKey, log: DecisionLog): SettledCompetency {
  let formIndex: number | undefined;
  log.forEach((event, index) => {
    if (event.type === 'form.referrals') formIndex = index;
  });
  const form = formIndex === undefined ? undefined : log[formIndex];
  if (formIndex === undefined || form?.type !== 'form.referrals') {
    return settle('referral', [
      {
        max: 100,
        items: [
          {
            kind: 'missed',
            delta: -100,
            eventIndex: null,
            what: 'You did not complete the referral form, so no services were arranged.',
            why: 'Identification protects no one on its own: the hand-over to medical, legal and specialist support is what makes the person safe. Every contact ends with the referrals the person needs.',
          },
        ],
      },
    ]);
  }

  const chosen = [...new Set(form.referrals)];
  const minor = isMinorCase(key);
  const answers = minor ? new Map<string, ConsentAnswer>() : consentAnswers(log, formIndex);
  const required = requiredReferrals(key, answers);
  // Consent is an adult's item, and only for services that need it; a harmful choice is charged as
  // harm and does not also count against consent.
  const needingConsent = minor ? [] : chosen.filter((id) => needsAdultConsent(id) && !key.referralsHarmful.includes(id));
  const parts: Part[] = [requiredPart(required, chosen, formIndex, minor)];
  if (needingConsent.length > 0) parts.push(consentPart(log, formIndex, needingConsent));
  const scaled = scaleToHundred(parts);
  // Harm and over-referral come off the whole competency, not one part of it.
  const selection = scaled[0];
  if (selection) selection.items.push(...misreferrals(key, chosen, formIndex, answers));
  return settle('referral', [mergeParts(scaled)]);
}

function needsAdultConsent(id: string): boolean {
  const entry = referralsById.get(id);
  return entry !== undefined && CONSENT_NEEDED.includes(entry.consent.adult);
}

function requiredPart(required: readonly string[], chosen: readonly string[], formIndex: number, minor: boolean): Part {
  const max = REFERRAL_POINTS.required;
  if (required.length === 0) {
    return {
      max,
      items: [
        {
          kind: 'strength',
          delta: max,
          eventIndex: formIndex,
          what: 'No particular service was required in this case, and you completed the referral form.',
          why: 'Recording the decision keeps the follow-up visible even when no service is needed.',
        },
      ],
    };
  }
  const share = max / required.length;
  return {
    max,
    items: required.map((id) =>
      chosen.includes(id)
        ? {
            kind: 'strength',
            delta: share,
            eventIndex: formIndex,
            what: `You referred the person to a service they needed: ${quoted(referralLabel(id))}.`,
            why: referralExplanation(id),
            taxonomyId: id,
          }
        : {
            kind: 'missed',
            delta: -share,
            eventIndex: formIndex,
            what: `You did not refer the person to a service they needed: ${quoted(referralLabel(id))}.`,
            why:
              id === 'child_protection' && minor
                ? joinSentences(
                    referralExplanation(id),
                    'Anyone who is or may be under 18 goes to child protection, whatever else is arranged.',
                  )
                : referralExplanation(id),
            taxonomyId: id,
          },
    ),
  };
}

function misreferrals(key: AnswerKey, chosen: readonly string[], formIndex: number, answers: ReadonlyMap<string, ConsentAnswer>): DraftItem[] {
  const items: DraftItem[] = [];
  for (const id of chosen) {
    if (!key.referralsHarmful.includes(id) && unwanted(id, answers)) {
      const declined = answers.get(id) === 'declines';
      items.push({
        kind: 'error',
        delta: -REFERRAL_POINTS.againstWishes,
        eventIndex: formIndex,
        what: declined
          ? `You referred the person to ${quoted(referralLabel(id))} after they had declined it.`
          : `You chose ${quoted(referralLabel(id))} although the person had not asked for it.`,
        why: joinSentences(
          declined ? consentValueDefinition('required') : referralsById.get(id)?.notes,
          'An adult decides which help to accept: record the refusal, leave a discreet way to get help later, and keep the door open.',
        ),
        taxonomyId: id,
      });
      continue;
    }
    if (key.referralsHarmful.includes(id)) {
      items.push({
        kind: 'error',
        delta: -REFERRAL_POINTS.harmful,
        eventIndex: formIndex,
        what: `You chose ${quoted(referralLabel(id))}, which harms this person.`,
        why: joinSentences(
          referralExplanation(id),
          'A potential victim is protected, not punished: the route is support, legal aid and, for a foreign national, residence protection.',
        ),
        taxonomyId: id,
      });
    } else if (key.referralsUnnecessary.includes(id)) {
      items.push({
        kind: 'error',
        delta: -REFERRAL_POINTS.unnecessary,
        eventIndex: formIndex,
        what: `You chose ${quoted(referralLabel(id))}, which this case did not call for.`,
        why: joinSentences(
          'Over-referral is not harm, but it sends the person through services built for a different situation and uses places others need.',
          referralExplanation(id),
        ),
        taxonomyId: id,
      });
    }
  }
  return items;
}

function consentPart(log: DecisionLog, formIndex: number, needingConsent: readonly string[]): Part {
  const max = REFERRAL_POINTS.consent;
  let soughtAt: number | undefined;
  for (let i = 0; i < formIndex && soughtAt === undefined; i++) {
    const event = log[i];
    if (event?.type === 'story.choice' && event.tags.q === 'seek_informed_consent') soughtAt = i;
  }
  const services = listLabels(needingConsent.map(referralLabel));
  const why = joinSentences(questionRationale('seek_informed_consent'), consentValueDefinition('required'));
  return {
    max,
    items: [
      soughtAt !== undefined
        ? {
            kind: 'strength',
            delta: max,
            eventIndex: soughtAt,
            what: `You asked for the person’s informed consent before referring them to ${services}.`,
            why,
            taxonomyId: 'seek_informed_consent',
          }
        : {
            kind: 'missed',
            delta: -max,
            eventIndex: formIndex,
            what: `You referred an adult to ${services} without first asking for their informed consent.`,
            why: joinSentences(why, 'Explain each option plainly and ask before you fill in the form.'),
            taxonomyId: 'seek_informed_consent',
          },
    ],
  };
}

function mergeParts(parts: readonly Part[]): Part {
  return { max: parts.reduce((sum, part) => sum + part.max, 0), items: parts.flatMap((part) => part.items) };
}
