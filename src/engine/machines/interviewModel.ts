// The trauma-informed interview model as pure functions. The interview machine, the playthrough,
// scoring and the story explorer all call these, so rapport, distress and "missed distress
// response" are computed one way only and the numbers agree everywhere (domain reference §4.6–4.7).
import type { ChoiceTags } from '../../content/types';
import { questionTypesById, type Effect, type InterviewPhaseId } from '../../content/taxonomy';

export const DISTRESS_THRESHOLD = 6;
export const RAPPORT_RANGE = [-5, 5] as const;
export const DISTRESS_RANGE = [0, 10] as const;
export const INITIAL_RAPPORT = 0;
export const INITIAL_DISTRESS = 2;

/** The moves that answer distress; when the person is overwhelmed the next move should be one. */
export const DISTRESS_RESPONSES = ['respond_to_distress', 'offer_break', 'validate_empathise', 'allow_silence'] as const;
export type DistressResponse = (typeof DISTRESS_RESPONSES)[number];

export const INTERVIEW_PHASES: readonly InterviewPhaseId[] = ['engage_explain', 'free_account', 'clarify', 'close'];

export interface InterviewContext {
  phase: InterviewPhaseId;
  /** −5…+5. */
  rapport: number;
  /** 0…10. */
  distress: number;
  /** Derived: distress >= DISTRESS_THRESHOLD. Kept in the context so snapshots and views carry it. */
  overwhelmed: boolean;
  /** Interview moves (choices with a `q`) made while overwhelmed that were not distress responses. */
  missedDistressResponses: number;
  /** The story has entered `free_account` at least once (specific questions before it narrow the account). */
  freeAccountReached: boolean;
  /** `explain_next_steps` was used at some point. */
  explainedNextSteps: boolean;
  /** Set when the interview is closed (see closeInterview) without `explain_next_steps`. */
  closedWithoutNextSteps: boolean;
}

export function initialInterviewContext(): InterviewContext {
  return {
    phase: 'engage_explain',
    rapport: INITIAL_RAPPORT,
    distress: INITIAL_DISTRESS,
    overwhelmed: INITIAL_DISTRESS >= DISTRESS_THRESHOLD,
    missedDistressResponses: 0,
    freeAccountReached: false,
    explainedNextSteps: false,
    closedWithoutNextSteps: false,
  };
}

/**
 * Moves that make the person safer rather than press on (separating them from a controller, an
 * independent interpreter, water or warmth). Made while the person is overwhelmed they are not a
 * response to the distress, but neither are they "carrying on with questions" (domain §4.7), so
 * they are never counted as a missed response.
 */
export const PROTECTIVE_MOVES: readonly string[] = ['ensure_privacy', 'use_independent_interpreter', 'attend_to_immediate_needs'];

export function isDistressResponse(q: string | undefined): q is DistressResponse {
  return q !== undefined && (DISTRESS_RESPONSES as readonly string[]).includes(q);
}

export function isInterviewPhase(value: string): value is InterviewPhaseId {
  return (INTERVIEW_PHASES as readonly string[]).includes(value);
}

function effectDelta(effect: Effect): number {
  return effect === 'up' ? 1 : effect === 'down' ? -1 : 0;
}

function clamp(value: number, [low, high]: readonly [number, number]): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The change a choice makes to rapport and distress: the question type's default effect from the
 * taxonomy (up +1, down −1; a critical harmful type raises distress by 2), each overridden by the
 * choice's own `rapport` / `distress` tag. A choice without `q` or with an id the taxonomy does not
 * know (validation rejects those at compile time) changes nothing unless tagged explicitly.
 */
export function choiceEffect(tags: ChoiceTags): { rapport: number; distress: number } {
  const type = tags.q === undefined ? undefined : questionTypesById.get(tags.q);
  const defaultRapport = type ? effectDelta(type.rapport_effect) : 0;
  const defaultDistress = !type
    ? 0
    : type.valence === 'harmful' && type.severity === 3
      ? 2
      : effectDelta(type.distress_effect);
  return { rapport: tags.rapport ?? defaultRapport, distress: tags.distress ?? defaultDistress };
}

/**
 * Apply one choice. A miss is an interview move (a choice with `q`) made while the person was
 * already overwhelmed that is not a distress response; choices without `q` (walking to another
 * room, narration) are not interview moves and are never misses.
 */
export function applyChoice(
  ctx: InterviewContext,
  tags: ChoiceTags,
): { context: InterviewContext; missedDistressResponse: boolean } {
  const missedDistressResponse = ctx.overwhelmed && tags.q !== undefined && !isDistressResponse(tags.q) && !PROTECTIVE_MOVES.includes(tags.q);
  const effect = choiceEffect(tags);
  const rapport = clamp(ctx.rapport + effect.rapport, RAPPORT_RANGE);
  const distress = clamp(ctx.distress + effect.distress, DISTRESS_RANGE);
  return {
    context: {
      ...ctx,
      rapport,
      distress,
      overwhelmed: distress >= DISTRESS_THRESHOLD,
      missedDistressResponses: ctx.missedDistressResponses + (missedDistressResponse ? 1 : 0),
      explainedNextSteps: ctx.explainedNextSteps || tags.q === 'explain_next_steps',
    },
    missedDistressResponse,
  };
}

export function enterPhase(ctx: InterviewContext, phase: InterviewPhaseId): InterviewContext {
  return { ...ctx, phase, freeAccountReached: ctx.freeAccountReached || phase === 'free_account' };
}

/** The interview is over (the story ended): record whether next steps were ever explained. */
export function closeInterview(ctx: InterviewContext): InterviewContext {
  return { ...ctx, closedWithoutNextSteps: !ctx.explainedNextSteps };
}

export type ChoiceAvailability = { available: true } | { available: false; reason: string };

export const OVERWHELMED_REASON =
  'They are too distressed to answer questions right now. Respond to their distress first.';

/**
 * Which of the offered choices the trainee may take. Only when the person is overwhelmed AND the
 * story offers a way to respond are questions blocked: a story that offers no response never
 * strands the trainee. Behaviours (moving away, calling an interpreter) stay available; taking
 * one is still recorded as a missed response by applyChoice.
 */
export function choiceAvailability(ctx: InterviewContext, choices: readonly ChoiceTags[]): ChoiceAvailability[] {
  const blocking = ctx.overwhelmed && choices.some((tags) => isDistressResponse(tags.q));
  return choices.map((tags) => {
    if (!blocking || isDistressResponse(tags.q) || tags.q === undefined) return { available: true };
    const type = questionTypesById.get(tags.q);
    if (type?.category === 'question') return { available: false, reason: OVERWHELMED_REASON };
    return { available: true };
  });
}
