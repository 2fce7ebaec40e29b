// Victim identification: did the trainee notice what the story showed (without inventing what it
// did not), and did they reach the determination the evidence supports (domain reference §2.1, §5.5–5.6).
import type { AnswerKey } from '../../content/types';
import { determinationsById } from '../../content/taxonomy';
import type { DecisionLog } from '../log';
import { DETERMINATION_CREDIT, IDENTIFICATION_POINTS } from './defaults';
import { readableId } from '../../util/words';
import { scaleToHundred, settle, type DraftItem, type Part, type SettledCompetency } from './ledger';
import {
  determinationDefinition,
  determinationLabel,
  indicatorDefinition,
  indicatorLabel,
  joinSentences,
  lowerFirst,
  quoted,
} from './text';

export function scoreIdentification(key: AnswerKey, log: DecisionLog): SettledCompetency {
  const parts = [indicatorPart(log), determinationPart(key, log)];
  const people = key.peopleToScreen ?? [];
  if (people.length === 0) return settle('identification', parts);
  return settle('identification', scaleToHundred([...parts, screeningPart(people, log)]));
}

/**
 * Each person the key names as needing private screening (domain §5.7: "screen each person
 * separately and in private, even in an apparent smuggling case") earns an equal share when a
 * choice tagged `screens: <person>` was made; a determination reached without screening someone
 * rests on what was never asked.
 */
function screeningPart(people: readonly string[], log: DecisionLog): Part {
  const max = IDENTIFICATION_POINTS.screening;
  const screenedAt = new Map<string, number>();
  log.forEach((event, index) => {
    if (event.type === 'story.choice' && event.tags.screens !== undefined && !screenedAt.has(event.tags.screens)) screenedAt.set(event.tags.screens, index);
  });
  const share = max / people.length;
  const why =
    'What decides a case like this is what is absent (debts, threats, withheld documents, a job waiting), and absence can only be established person by person, in private, through an independent interpreter.';
  return {
    max,
    items: people.map((person) => {
      const at = screenedAt.get(person);
      const name = readableId(person);
      return at !== undefined
        ? { kind: 'strength', delta: share, eventIndex: at, what: `You screened ${name} in private before deciding.`, why }
        : { kind: 'missed', delta: -share, eventIndex: null, what: `You did not screen ${name} in private before deciding.`, why };
    }),
  };
}

function indicatorPart(log: DecisionLog): Part {
  const max = IDENTIFICATION_POINTS.indicators;
  const firstShown = new Map<string, number>();
  const lastFlag = new Map<string, number>();
  log.forEach((event, index) => {
    if (event.type === 'story.indicatorShown' && !firstShown.has(event.indicator)) firstShown.set(event.indicator, index);
    else if (event.type === 'notebook.flagged') lastFlag.set(event.indicator, index);
    else if (event.type === 'notebook.unflagged') lastFlag.delete(event.indicator);
  });

  const items: DraftItem[] = [];
  if (firstShown.size === 0) {
    items.push({
      kind: 'strength',
      delta: max,
      eventIndex: null,
      what: 'Nothing in this scenario pointed to trafficking for you to note.',
      why: 'A notebook that stays empty when there is nothing to see is as accurate as a full one when there is.',
    });
  }
  const share = max / Math.max(1, firstShown.size);
  for (const [id, shownAt] of firstShown) {
    const flaggedAt = lastFlag.get(id);
    items.push(
      flaggedAt !== undefined
        ? {
            kind: 'strength',
            delta: share,
            eventIndex: flaggedAt,
            what: `You noted ${quoted(indicatorLabel(id))}.`,
            why: joinSentences(indicatorDefinition(id), 'Noting it is part of the picture that reasonable grounds rest on.'),
            taxonomyId: id,
          }
        : {
            kind: 'missed',
            delta: -share,
            eventIndex: shownAt,
            what: `You did not note ${quoted(indicatorLabel(id))}, which the scenario showed.`,
            why: joinSentences(
              indicatorDefinition(id),
              'No single sign proves trafficking, but a determination rests on the cluster of signs you record; note each one when you see or hear it.',
            ),
            taxonomyId: id,
          },
    );
  }
  for (const [id, flaggedAt] of lastFlag) {
    if (firstShown.has(id)) continue;
    items.push({
      kind: 'error',
      delta: -IDENTIFICATION_POINTS.falseFlag,
      eventIndex: flaggedAt,
      what: `You noted ${quoted(indicatorLabel(id))}, but nothing in this scenario showed it.`,
      why: joinSentences(
        'A notebook entry should rest on something you saw or heard; an unsupported sign can tip a determination the wrong way.',
        indicatorDefinition(id) && `For reference: ${lowerFirst(indicatorDefinition(id))}`,
      ),
      taxonomyId: id,
    });
  }
  return { max, items };
}

/** What kind of case the answer key describes, from the determinations it accepts. */
type CaseKind = 'victim' | 'decoy' | 'undecided';

function caseKind(key: AnswerKey): CaseKind {
  const kinds = key.determinations.map((id) => determinationsById.get(id)?.trafficking);
  if (kinds.includes(true)) return 'victim';
  if (kinds.includes(false)) return 'decoy';
  return 'undecided';
}

function determinationPart(key: AnswerKey, log: DecisionLog): Part {
  const max = IDENTIFICATION_POINTS.determination;
  const index = lastIndexOf(log, 'form.determination');
  const event = index === undefined ? undefined : log[index];
  const accepted = key.determinations;
  const expected = accepted.map(determinationLabel).map(quoted).join(' or ');
  const expectedWhy = accepted[0] === undefined ? '' : determinationDefinition(accepted[0]);

  if (index === undefined || event?.type !== 'form.determination') {
    return {
      max,
      items: [
        {
          kind: 'missed',
          delta: -max,
          eventIndex: null,
          what: 'You did not record a determination.',
          why: joinSentences(
            'Protection and the right referrals follow from the determination, so every contact should end with one, even if it is that there is not enough information yet.',
            `Here the evidence supports: ${expected}`,
          ),
        },
      ],
    };
  }

  const answer = event.determination;
  if (accepted.includes(answer)) {
    return {
      max,
      items: [
        {
          kind: 'strength',
          delta: max,
          eventIndex: index,
          what: `Your determination, ${quoted(determinationLabel(answer))}, fits the evidence.`,
          why: determinationDefinition(answer),
          taxonomyId: answer,
        },
      ],
    };
  }

  const judged = judgeWrongDetermination(caseKind(key), determinationsById.get(answer)?.trafficking);
  const earned = max * judged.credit;
  const items: DraftItem[] = [];
  if (earned > 0) {
    items.push({ kind: 'strength', delta: earned, eventIndex: index, what: judged.creditFor, why: determinationDefinition(answer), taxonomyId: answer });
  }
  items.push({
    kind: 'error',
    delta: earned - max,
    eventIndex: index,
    what: `You recorded ${quoted(determinationLabel(answer))}; the evidence here supports ${expected}.`,
    why: joinSentences(judged.why, expectedWhy),
    taxonomyId: answer,
  });
  return { max, items };
}

interface Judgement {
  credit: number;
  creditFor: string;
  why: string;
}

/** The table in docs/scoring.md: partial credit for an answer the key does not accept. */
function judgeWrongDetermination(kind: CaseKind, answered: boolean | null | undefined): Judgement {
  if (answered === undefined) {
    return { credit: 0, creditFor: '', why: 'That answer is not one of the determinations the game knows.' };
  }
  switch (kind) {
    case 'victim':
      if (answered === true) {
        return {
          credit: DETERMINATION_CREDIT.victim.trafficking_wrong_form,
          creditFor: 'You recognised that this person may be a victim of trafficking.',
          why: 'Recognising trafficking starts protection, but the form decides which services and specialists the person needs; look at what the exploitation is for.',
        };
      }
      if (answered === null) {
        return {
          credit: DETERMINATION_CREDIT.victim.insufficient_information,
          creditFor: 'You kept the door open rather than ruling trafficking out.',
          why: 'Here there were reasonable grounds: act, means and purpose (act and purpose for a child) were all visible. Reasonable grounds is the level at which protection starts; it does not need proof.',
        };
      }
      return {
        credit: DETERMINATION_CREDIT.victim.not_trafficking,
        creditFor: '',
        why: 'Missing a victim is the most serious identification error: the person stays with the people exploiting them. When act, means and purpose are visible, reasonable grounds are met even if the person does not see themselves as a victim.',
      };
    case 'decoy':
      if (answered === false) {
        return {
          credit: DETERMINATION_CREDIT.decoy.not_trafficking_wrong_kind,
          creditFor: 'You were right that this is not trafficking.',
          why: 'Naming what it is instead decides where the person goes next, for example labour remedies or asylum support.',
        };
      }
      if (answered === null) {
        return {
          credit: DETERMINATION_CREDIT.decoy.insufficient_information,
          creditFor: 'You did not call trafficking where the evidence did not support it.',
          why: 'Screening in private for documents, debts, threats and freedom to leave could settle this case; their absence is the answer.',
        };
      }
      return {
        credit: DETERMINATION_CREDIT.decoy.trafficking,
        creditFor: 'You took the possibility of exploitation seriously.',
        why: 'Signs such as unpaid wages or long hours also occur without trafficking; what decides it is whether coercion, deception or control keeps the person there (means and purpose). A false positive sends the person down the wrong route.',
      };
    case 'undecided':
      return answered === true
        ? {
            credit: DETERMINATION_CREDIT.undecided.trafficking,
            creditFor: 'You took the concerns seriously.',
            why: 'The signs here fall short of reasonable grounds; record them, give a discreet way to get help and plan a follow-up rather than concluding ahead of the evidence.',
          }
        : {
            credit: DETERMINATION_CREDIT.undecided.not_trafficking,
            creditFor: 'You did not jump to a trafficking conclusion.',
            why: 'There were real concerns here; ruling trafficking out closes the door. Keep it open with safe contact information and a follow-up.',
          };
  }
}

function lastIndexOf(log: DecisionLog, type: DecisionLog[number]['type']): number | undefined {
  for (let i = log.length - 1; i >= 0; i--) if (log[i]?.type === type) return i;
  return undefined;
}
