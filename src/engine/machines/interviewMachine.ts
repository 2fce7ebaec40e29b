// The interview as a state machine: the four phases of a trauma-informed interview, moved by the
// story's `phase` tags, with rapport and distress in the context. Every event goes through one pure
// rule, interviewStep (interviewModel.ts), so what the machine shows is what scoring, the explorer
// and the headless attempt compute; the phase substates follow the context's phase.
//
// Practice the rule enforces: while the person is overwhelmed the interview cannot move on to
// another phase. A phase the story enters meanwhile is held as `pendingPhase` and entered as soon
// as a choice brings distress back under the threshold.
import { assign, setup } from 'xstate';
import type { InterviewPhaseId } from '../../content/taxonomy';
import { INTERVIEW_PHASES, initialInterviewState, interviewStep, type InterviewEvent, type InterviewState } from './interviewModel';

/** A phase substate: it moves to whichever other phase the context has entered. */
function phaseState(phase: InterviewPhaseId) {
  return {
    always: INTERVIEW_PHASES.filter((other) => other !== phase).map((other) => ({
      guard: { type: 'isInPhase' as const, params: { phase: other } },
      target: other,
    })),
  };
}

export const interviewMachine = setup({
  types: {
    context: {} as InterviewState,
    events: {} as InterviewEvent,
  },
  guards: {
    isInPhase: ({ context }, params: { phase: InterviewPhaseId }) => context.phase === params.phase,
  },
  actions: {
    step: assign(({ context, event }) => interviewStep(context, event)),
  },
}).createMachine({
  id: 'interview',
  context: initialInterviewState,
  initial: 'interviewing',
  states: {
    interviewing: {
      initial: 'engage_explain',
      states: {
        engage_explain: phaseState('engage_explain'),
        free_account: phaseState('free_account'),
        clarify: phaseState('clarify'),
        close: phaseState('close'),
      },
      on: {
        'trainee.choiceMade': { actions: 'step' },
        'ink.phaseEntered': { actions: 'step' },
        'ink.ended': { target: 'ended', actions: 'step' },
      },
    },
    ended: { type: 'final' },
  },
});
