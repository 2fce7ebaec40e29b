// Trauma-informed questioning (domain reference §4): the valence of every move the trainee chose,
// the explicit practice items (privacy, interpreter, explaining the process and the next steps) and
// the response to distress. Distress is folded through the same interview model the game runs, so a
// "missed response" here is exactly what the trainee was told during play.
import type { AnswerKey } from '../../content/types';
import { questionTypesById } from '../../content/taxonomy';
import type { DecisionLog } from '../log';
import { applyChoice, enterPhase, initialInterviewContext, isDistressResponse, isInterviewPhase } from '../machines/interviewModel';
import {
  CRITICAL_ERRORS,
  HARM_COST_BY_SEVERITY,
  MISSED_DISTRESS_RESPONSE_COST,
  PREMATURE_BEFORE_FREE_ACCOUNT,
  PRACTICE_ITEMS,
  PREMATURE_QUESTION_COST,
  QUESTIONING_POINTS,
} from './defaults';
import { scaleToHundred, settle, zeroOut, type DraftItem, type Part, type SettledCompetency } from './ledger';
import { insteadOf, joinSentences, listLabels, lowerFirst, questionLabel, questionRationale } from './text';

export interface QuestioningOutcome {
  settled: SettledCompetency;
  /** Log indices of critical errors (CRITICAL_ERRORS) the trainee made. */
  criticalErrors: number[];
}

/** What the log says about the interview, in one pass. */
interface InterviewFacts {
  /** First log index at which each q type was chosen before the story ended. */
  firstUse: Map<string, number>;
  goodLabels: string[];
  harmful: Array<{ index: number; q: string; text: string; severity: 1 | 2 | 3 }>;
  premature: Array<{ index: number; q: string; text: string }>;
  missedDistress: Array<{ index: number; q: string; text: string }>;
  distressResponses: number[];
  everOverwhelmed: boolean;
}

function readInterview(log: DecisionLog): InterviewFacts {
  const facts: InterviewFacts = {
    firstUse: new Map(),
    goodLabels: [],
    harmful: [],
    premature: [],
    missedDistress: [],
    distressResponses: [],
    everOverwhelmed: false,
  };
  let context = initialInterviewContext();
  let ended = false;
  log.forEach((event, index) => {
    if (event.type === 'story.ended') ended = true;
    if (event.type === 'story.phaseEntered' && isInterviewPhase(event.phase)) context = enterPhase(context, event.phase);
    if (event.type !== 'story.choice') return;
    const q = event.tags.q;
    const wasOverwhelmed = context.overwhelmed;
    // The interview model says when the free account has begun (the move itself may begin it).
    const freeAccountBegun = context.freeAccountReached;
    const applied = applyChoice(context, event.tags);
    context = applied.context;
    facts.everOverwhelmed ||= wasOverwhelmed || context.overwhelmed;
    if (applied.missedDistressResponse && q !== undefined) facts.missedDistress.push({ index, q, text: event.text });
    if (q === undefined) return;
    if (wasOverwhelmed && isDistressResponse(q)) facts.distressResponses.push(index);
    const type = questionTypesById.get(q);
    if (!type) return;
    if (!ended && !facts.firstUse.has(q)) facts.firstUse.set(q, index);
    if (type.valence === 'harmful') {
      facts.harmful.push({ index, q, text: event.text, severity: type.severity ?? 1 });
    } else if (PREMATURE_BEFORE_FREE_ACCOUNT.includes(q) && !freeAccountBegun) {
      facts.premature.push({ index, q, text: event.text });
    } else if (type.valence === 'good' && !facts.goodLabels.includes(type.label)) {
      facts.goodLabels.push(type.label);
    }
  });
  return facts;
}

export function scoreQuestioning(
  key: AnswerKey,
  log: DecisionLog,
  criticalErrorFailsQuestioning: boolean,
): QuestioningOutcome {
  const facts = readInterview(log);
  const practice = (condition: 'always' | 'conditional'): Part[] =>
    PRACTICE_ITEMS.filter((item) => (condition === 'always' ? item.condition === null : item.condition !== null && key.conditions.includes(item.condition))).map(
      (item) => practicePart(facts, item.q, QUESTIONING_POINTS[item.part], item.missed),
    );
  const parts: Part[] = [conductPart(facts), ...practice('always'), distressPart(facts), ...practice('conditional')];
  const settled = settle('questioning', scaleToHundred(parts));
  const criticalErrors = facts.harmful.filter((move) => CRITICAL_ERRORS.includes(move.q)).map((move) => move.index);
  const firstCritical = facts.harmful.find((move) => CRITICAL_ERRORS.includes(move.q));
  if (!criticalErrorFailsQuestioning || !firstCritical) return { settled, criticalErrors };
  return {
    criticalErrors,
    settled: zeroOut(
      settled,
      {
        eventIndex: firstCritical.index,
        what: `${questionLabel(firstCritical.q)} is a critical error: on its own it fails the questioning competency in this academy.`,
        why: joinSentences(
          questionRationale(firstCritical.q),
          'Critical errors put the person at risk or break the non-punishment principle, so good questions elsewhere cannot make up for them.',
          insteadOf(firstCritical.q),
        ),
        taxonomyId: firstCritical.q,
      },
      'questioning',
    ),
  };
}

function conductPart(facts: InterviewFacts): Part {
  const max = QUESTIONING_POINTS.conduct;
  const deductions: DraftItem[] = [];
  for (const move of facts.harmful) {
    const critical = CRITICAL_ERRORS.includes(move.q);
    deductions.push({
      kind: 'error',
      delta: -HARM_COST_BY_SEVERITY[move.severity],
      eventIndex: move.index,
      what: `You chose “${move.text}” (${lowerFirst(questionLabel(move.q))}${critical ? ', a critical error' : ''}).`,
      why: joinSentences(questionRationale(move.q), insteadOf(move.q)),
      taxonomyId: move.q,
    });
  }
  for (const move of facts.premature) {
    deductions.push({
      kind: 'error',
      delta: -PREMATURE_QUESTION_COST,
      eventIndex: move.index,
      what: `You asked “${move.text}” (${lowerFirst(questionLabel(move.q))}) before the person had given their own account.`,
      why: joinSentences(
        'Specific and closed questions are fine for clarifying, but asked first they narrow the account to what you already suspect and invite short, compliant answers.',
        insteadOf(move.q),
      ),
      taxonomyId: move.q,
    });
  }
  deductions.sort((a, b) => (a.eventIndex ?? 0) - (b.eventIndex ?? 0));
  const lost = deductions.reduce((sum, item) => sum + item.delta, 0);
  const earned = Math.max(0, max + lost);
  const items: DraftItem[] = [];
  // A strength is only claimed for something the trainee did: good moves, or a clean record.
  if (earned > 0 && (facts.goodLabels.length > 0 || deductions.length === 0)) {
    items.push({
      kind: 'strength',
      delta: earned,
      eventIndex: null,
      what:
        facts.goodLabels.length === 0
          ? 'You made no harmful or premature moves.'
          : `${deductions.length === 0 ? 'Every move you made' : 'Apart from the points below, your moves'} fit trauma-informed practice, including ${listLabels(facts.goodLabels)}.`,
      why: 'Open, calm, respectful questioning lowers fear, gives the most accurate account and avoids adding harm.',
    });
  }
  return { max, items: [...items, ...deductions] };
}

/** A practice item worth `max` points: earned by using q at least once before the story ended. */
function practicePart(facts: InterviewFacts, q: string, max: number, missedText: string): Part {
  const usedAt = facts.firstUse.get(q);
  const item: DraftItem =
    usedAt !== undefined
      ? {
          kind: 'strength',
          delta: max,
          eventIndex: usedAt,
          what: `You took care to ${lowerFirst(questionLabel(q))}.`,
          why: questionRationale(q),
          taxonomyId: q,
        }
      : { kind: 'missed', delta: -max, eventIndex: null, what: missedText, why: joinSentences(questionRationale(q), instead(q)), taxonomyId: q };
  return { max, items: [item] };
}

function instead(q: string): string {
  const entry = questionTypesById.get(q);
  return entry ? `For example: “${entry.example}”` : '';
}

function distressPart(facts: InterviewFacts): Part {
  const max = QUESTIONING_POINTS.distress;
  const misses: DraftItem[] = facts.missedDistress.map((move) => ({
    kind: 'error',
    delta: -MISSED_DISTRESS_RESPONSE_COST,
    eventIndex: move.index,
    what: `The person was overwhelmed when you chose “${move.text}” (${lowerFirst(questionLabel(move.q))}) instead of responding to their distress.`,
    why: joinSentences(questionRationale('respond_to_distress'), 'Pause, ground, validate, allow silence or offer a break before going on.'),
    taxonomyId: move.q,
  }));
  const lost = misses.reduce((sum, item) => sum + item.delta, 0);
  const earned = Math.max(0, max + lost);
  const responded = facts.distressResponses[0];
  // Claim a strength only for what happened: calm kept, a response made, or no pushing on.
  const strength: Omit<DraftItem, 'delta' | 'kind'> | undefined = !facts.everOverwhelmed
    ? { eventIndex: null, what: 'You kept the person’s distress from reaching the point where they were overwhelmed.', why: questionRationale('respond_to_distress') }
    : responded !== undefined
      ? {
          eventIndex: responded,
          what: 'When the person became overwhelmed, you responded to their distress.',
          why: questionRationale('respond_to_distress'),
          taxonomyId: 'respond_to_distress',
        }
      : misses.length === 0
        ? { eventIndex: null, what: 'The person became overwhelmed, and you did not press on with questions.', why: questionRationale('respond_to_distress') }
        : undefined;
  const items: DraftItem[] = earned > 0 && strength ? [{ ...strength, kind: 'strength', delta: earned }] : [];
  return { max, items: [...items, ...misses] };
}
