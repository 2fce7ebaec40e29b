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
  /**
   * The free account has begun (freeAccountBegins): specific questions before it narrow the
   * account, so scoring charges them (docs/scoring.md).
   */
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

/** The interview phase in which the person gives their own account (domain §4.2). */
export const FREE_ACCOUNT_PHASE: InterviewPhaseId = 'free_account';

/**
 * Whether a move begins the free account: one the taxonomy places in the free_account phase (an
 * open invitation or follow-up, domain §4.2 "prompted with open invitations and follow-ups"). The
 * story entering that phase begins it too (enterPhase). This is the one definition of "the free
 * account has begun" that the machine, scoring and the explorer share.
 */
export function beginsFreeAccount(tags: ChoiceTags): boolean {
  return tags.q !== undefined && questionTypesById.get(tags.q)?.phase === FREE_ACCOUNT_PHASE;
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

/** A choice applied to the interview: the context after it, and whether it missed a distress response. */
export interface AppliedChoice<Context extends InterviewContext = InterviewContext> {
  /** A new object: the input's other fields (the interview actor's hold) are carried over. */
  context: Context;
  missedDistressResponse: boolean;
}

/**
 * Apply one choice. A miss is an interview move (a choice with `q`) made while the person was
 * already overwhelmed that is not a distress response; choices without `q` (walking to another
 * room, narration) are not interview moves and are never misses.
 */
export function applyChoice<Context extends InterviewContext>(ctx: Context, tags: ChoiceTags): AppliedChoice<Context> {
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
      freeAccountReached: ctx.freeAccountReached || beginsFreeAccount(tags),
    },
    missedDistressResponse,
  };
}

export function enterPhase(ctx: InterviewContext, phase: InterviewPhaseId): InterviewContext {
  return { ...ctx, phase, freeAccountReached: ctx.freeAccountReached || phase === FREE_ACCOUNT_PHASE };
}

/** The interview is over (the story ended): record whether next steps were ever explained. */
export function closeInterview(ctx: InterviewContext): InterviewContext {
  return { ...ctx, closedWithoutNextSteps: !ctx.explainedNextSteps };
}

export type ChoiceAvailability = { available: true } | { available: false; reason: string };

const AVAILABLE: ChoiceAvailability = Object.freeze({ available: true });

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
    if (!blocking || isDistressResponse(tags.q) || tags.q === undefined) return AVAILABLE;
    const type = questionTypesById.get(tags.q);
    if (type?.category === 'question') return { available: false, reason: OVERWHELMED_REASON };
    return { available: true };
  });
}

/**
 * The interview as the interview actor holds it: the model's numbers, plus the distress hold. While
 * the person is overwhelmed the interview does not move on to another phase: a phase the story
 * enters meanwhile waits as `pendingPhase` and is entered as soon as a choice brings distress back
 * under the threshold (domain §4.7).
 */
export interface InterviewState extends InterviewContext {
  /** A phase the story entered while the person was overwhelmed; entered once they are not. */
  pendingPhase: InterviewPhaseId | null;
  /** Whether the most recent choice was a missed distress response (for immediate feedback). */
  lastChoiceMissedDistressResponse: boolean;
}

export type InterviewEvent =
  | { type: 'ink.phaseEntered'; phase: InterviewPhaseId }
  | { type: 'trainee.choiceMade'; tags: ChoiceTags }
  /** The story reached an ending: the interview is closed and its closing is recorded. */
  | { type: 'ink.ended' };

export function initialInterviewState(): InterviewState {
  return { ...initialInterviewContext(), pendingPhase: null, lastChoiceMissedDistressResponse: false };
}

/**
 * One event applied to the interview, hold included: the interview actor's one transition rule
 * (interviewMachine.ts), which the headless attempt (attemptFold.ts) calls directly.
 */
export function interviewStep(state: InterviewState, event: InterviewEvent): InterviewState {
  switch (event.type) {
    case 'trainee.choiceMade': {
      const { context: after, missedDistressResponse } = applyChoice(state, event.tags);
      // applyChoice made `after` for this step alone: setting a field of it changes nothing shared.
      after.lastChoiceMissedDistressResponse = missedDistressResponse;
      // Distress back under the threshold: the held phase is entered now.
      return after.pendingPhase !== null && !after.overwhelmed ? { ...after, ...enterPhase(after, after.pendingPhase), pendingPhase: null } : after;
    }
    case 'ink.phaseEntered':
      // Back to where it already is: nothing to enter, and a held phase is no longer wanted.
      if (event.phase === state.phase) return state.pendingPhase === null ? state : { ...state, pendingPhase: null };
      if (state.overwhelmed) return { ...state, pendingPhase: event.phase };
      return { ...state, ...enterPhase(state, event.phase), pendingPhase: null };
    case 'ink.ended':
      return { ...state, ...closeInterview(state) };
  }
}
