// The interview as a state machine: the four phases of a trauma-informed interview, moved by the
// story's `phase` tags, with rapport and distress in the context. Every number comes from the pure
// functions in interviewModel, so what the machine shows is what scoring and the explorer compute.
//
// Practice the machine enforces: while the person is overwhelmed the interview cannot move on to
// another phase. A phase the story enters meanwhile is held as `pendingPhase` and entered as soon
// as a choice brings distress back under the threshold.
import { assertEvent, assign, setup } from 'xstate';
import type { ChoiceTags } from '../../content/types';
import type { InterviewPhaseId } from '../../content/taxonomy';
import {
  INTERVIEW_PHASES,
  applyChoice,
  closeInterview,
  enterPhase,
  initialInterviewContext,
  type InterviewContext,
} from './interviewModel';

export interface InterviewMachineContext extends InterviewContext {
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

export const interviewMachine = setup({
  types: {
    context: {} as InterviewMachineContext,
    events: {} as InterviewEvent,
  },
  guards: {
    isOverwhelmed: ({ context }) => context.overwhelmed,
    isCurrentPhase: ({ context, event }) => {
      assertEvent(event, 'ink.phaseEntered');
      return event.phase === context.phase;
    },
    isEnteringPhase: ({ event }, params: { phase: InterviewPhaseId }) => {
      assertEvent(event, 'ink.phaseEntered');
      return event.phase === params.phase;
    },
    canEnterPendingPhase: ({ context }, params: { phase: InterviewPhaseId }) =>
      !context.overwhelmed && context.pendingPhase === params.phase,
  },
  actions: {
    applyChoice: assign(({ context, event }) => {
      assertEvent(event, 'trainee.choiceMade');
      const { context: next, missedDistressResponse } = applyChoice(context, event.tags);
      return { ...next, lastChoiceMissedDistressResponse: missedDistressResponse };
    }),
    enterPhase: assign(({ context, event }) => {
      assertEvent(event, 'ink.phaseEntered');
      return { ...enterPhase(context, event.phase), pendingPhase: null };
    }),
    holdPhase: assign(({ event }) => {
      assertEvent(event, 'ink.phaseEntered');
      return { pendingPhase: event.phase };
    }),
    enterPendingPhase: assign(({ context }) =>
      context.pendingPhase === null ? {} : { ...enterPhase(context, context.pendingPhase), pendingPhase: null },
    ),
    dropPendingPhase: assign({ pendingPhase: null }),
    closeInterview: assign(({ context }) => closeInterview(context)),
  },
}).createMachine({
  id: 'interview',
  context: () => ({ ...initialInterviewContext(), pendingPhase: null, lastChoiceMissedDistressResponse: false }),
  initial: 'interviewing',
  states: {
    interviewing: {
      initial: 'engage_explain',
      states: {
        engage_explain: {},
        free_account: {},
        clarify: {},
        close: {},
      },
      always: INTERVIEW_PHASES.map((phase) => ({
        guard: { type: 'canEnterPendingPhase' as const, params: { phase } },
        target: `.${phase}`,
        actions: 'enterPendingPhase' as const,
      })),
      on: {
        'trainee.choiceMade': { actions: 'applyChoice' },
        'ink.phaseEntered': [
          // Back to where it already is: nothing to enter, and a held phase is no longer wanted.
          { guard: 'isCurrentPhase', actions: 'dropPendingPhase' },
          { guard: 'isOverwhelmed', actions: 'holdPhase' },
          ...INTERVIEW_PHASES.map((phase) => ({
            guard: { type: 'isEnteringPhase' as const, params: { phase } },
            target: `.${phase}`,
            actions: 'enterPhase' as const,
          })),
        ],
        'ink.ended': { target: 'ended' },
      },
    },
    ended: { type: 'final', entry: 'closeInterview' },
  },
});
