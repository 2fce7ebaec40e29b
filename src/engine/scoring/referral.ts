// Referral (domain reference §5.3–5.4): the services the person needs, none that harm them, no
// needless over-referral, and consent handled the way the person's age requires: adults decide,
// children are referred to child protection without needing their consent.
import type { AnswerKey } from '../../content/types';
import { referralsById } from '../../content/taxonomy';
import type { DecisionLog } from '../log';
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

/** The key's required referrals, plus child protection for anyone who is or may be a child (§5.4). */
export function requiredReferrals(key: AnswerKey): string[] {
  const required = [...new Set(key.referralsRequired)];
  if (isMinorCase(key) && !required.includes('child_protection')) required.push('child_protection');
  return required;
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
  const required = requiredReferrals(key);
  const minor = isMinorCase(key);
  // Consent is an adult's item, and only for services that need it; a harmful choice is charged as
  // harm and does not also count against consent.
  const needingConsent = minor ? [] : chosen.filter((id) => needsAdultConsent(id) && !key.referralsHarmful.includes(id));
  const parts: Part[] = [requiredPart(required, chosen, formIndex, minor)];
  if (needingConsent.length > 0) parts.push(consentPart(log, formIndex, needingConsent));
  const scaled = scaleToHundred(parts);
  // Harm and over-referral come off the whole competency, not one part of it.
  const selection = scaled[0];
  if (selection) selection.items.push(...misreferrals(key, chosen, formIndex));
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

function misreferrals(key: AnswerKey, chosen: readonly string[], formIndex: number): DraftItem[] {
  const items: DraftItem[] = [];
  for (const id of chosen) {
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
