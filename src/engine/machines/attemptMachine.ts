// One attempt at one scenario, as an actor: it owns the story runner, the decision log and the
// clock, and the interview and investigation actors are its children (their context is what the
// page and scoring read: rapport, distress and the distress hold; the notebook's flags). Trainee
// inputs arrive as `trainee.*` events; where the attempt is (choosing, a form pending, paused,
// ended) is the machine's state, never a scan of the log.
//
// Each accepted input runs one action (attemptStory.ts) that gives the runner the input, reads the
// story's reply and appends the log events attemptEvents.ts makes of them, all in one assign, so
// the children's numbers are up to date before the story reads them back (`rapport`, `distress`).
// The live runner and clock are resources of the attempt, never part of a persisted snapshot: a
// saved attempt is its log, replayed (playthrough.ts, the page's records: app/recording.ts).
//
// The story starts on `attempt.begin`, sent once the actor has started, because only a started
// actor's children take events at once.
import { assertEvent, assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { DecisionKind } from '../../content/types';
import type { TraineeInput } from '../attemptEvents';
import {
  beginStory,
  chooseInStory,
  flagIndicator,
  initialAttemptData,
  recordInput,
  submitForm,
  unflagIndicator,
  type AttemptData,
  type ResourceInput,
} from './attemptStory';
import {
  choiceRefusal,
  determinationRefusal,
  flagRefusal,
  offeredChoices,
  referralsRefusal,
  refusalFor,
  statusAtStop,
  unflagRefusal,
  type AttemptStatus,
  type ChoiceView,
} from './attemptRules';
import { interviewMachine } from './interviewMachine';
import { investigationMachine } from './investigationMachine';

/** The scenario, the clock, and optionally a runner to reuse (reset first) or host functions. */
export type AttemptInput = ResourceInput;

/** The attempt's data (attemptStory.ts), with the interview and investigation actors as its children. */
export interface AttemptContext extends AttemptData {
  interview: ActorRefFrom<typeof interviewMachine>;
  investigation: ActorRefFrom<typeof investigationMachine>;
}

export type AttemptEvent = TraineeInput | { type: 'attempt.begin' };

type Guard = (args: { context: AttemptContext; event: AttemptEvent }) => boolean;

/** The choices on offer now, with what the interview allows (what the page shows). */
export function choicesOf(context: AttemptData): ChoiceView[] {
  return offeredChoices(context.offered, context.interview.getSnapshot().context);
}

export function flagsOf(context: AttemptData): readonly string[] {
  return context.investigation.getSnapshot().context.flags;
}

/** The route out of the story's stop (attemptRules.statusAtStop) is `kind`, and the form if one is given. */
const routesTo =
  (kind: 'failed' | 'ended' | 'form', form?: DecisionKind): Guard =>
  ({ context }) => {
    const status = statusAtStop(context.stop);
    return status.kind === kind && (form === undefined || (status.kind === 'form' && status.form === form));
  };

export const attemptMachine = setup({
  types: {
    context: {} as AttemptContext,
    events: {} as AttemptEvent,
    input: {} as AttemptInput,
    output: {} as { ending: string | null },
  },
  actors: { interview: interviewMachine, investigation: investigationMachine },
  guards: {
    storyFailed: routesTo('failed'),
    isComplete: routesTo('ended'),
    awaitsDetermination: routesTo('form', 'determination'),
    awaitsReferrals: routesTo('form', 'referrals'),
    isChoiceOpen: ({ context, event }) => {
      assertEvent(event, 'trainee.choose');
      return choiceRefusal(choicesOf(context), event.index) === null;
    },
    canFlag: ({ context, event }) => {
      assertEvent(event, 'trainee.flag');
      return flagRefusal(flagsOf(context), event.indicator) === null;
    },
    isFlagged: ({ context, event }) => {
      assertEvent(event, 'trainee.unflag');
      return unflagRefusal(flagsOf(context), event.indicator) === null;
    },
    isKnownDetermination: ({ event }) => {
      assertEvent(event, 'trainee.submitDetermination');
      return determinationRefusal(event.determination) === null;
    },
    areKnownReferrals: ({ event }) => {
      assertEvent(event, 'trainee.submitReferrals');
      return referralsRefusal(event.referrals) === null;
    },
  },
  actions: {
    beginStory: assign(({ context }) => beginStory(context)),
    choose: assign(({ context, event }) => {
      assertEvent(event, 'trainee.choose');
      return chooseInStory(context, event);
    }),
    submitForm: assign(({ context, event }) => {
      assertEvent(event, ['trainee.submitDetermination', 'trainee.submitReferrals']);
      return submitForm(context, event);
    }),
    flag: assign(({ context, event }) => {
      assertEvent(event, 'trainee.flag');
      return flagIndicator(context, event);
    }),
    unflag: assign(({ context, event }) => {
      assertEvent(event, 'trainee.unflag');
      return unflagIndicator(context, event);
    }),
    recordPauseOrResume: assign(({ context, event }) => {
      assertEvent(event, ['trainee.pause', 'trainee.resume']);
      return recordInput(context, event);
    }),
  },
}).createMachine({
  id: 'attempt',
  context: ({ input, spawn }) => ({
    ...initialAttemptData(input),
    interview: spawn('interview', { id: 'interview' }),
    investigation: spawn('investigation', { id: 'investigation' }),
  }),
  initial: 'ready',
  output: ({ context }) => ({ ending: context.ending }),
  states: {
    ready: {
      on: { 'attempt.begin': { target: 'active', actions: 'beginStory' } },
    },
    active: {
      initial: 'route',
      states: {
        // Where the story stopped decides what the trainee may do next.
        route: {
          always: [
            { guard: 'storyFailed', target: '#attempt.failed' },
            { guard: 'isComplete', target: '#attempt.ended' },
            { guard: 'awaitsDetermination', target: 'determination' },
            { guard: 'awaitsReferrals', target: 'referrals' },
            { target: 'choosing' },
          ],
        },
        choosing: {
          on: { 'trainee.choose': { guard: 'isChoiceOpen', target: 'route', actions: 'choose' } },
        },
        determination: {
          on: { 'trainee.submitDetermination': { guard: 'isKnownDetermination', target: 'route', actions: 'submitForm' } },
        },
        referrals: {
          on: { 'trainee.submitReferrals': { guard: 'areKnownReferrals', target: 'route', actions: 'submitForm' } },
        },
        resume: { type: 'history' },
      },
      on: {
        'trainee.flag': { guard: 'canFlag', actions: 'flag' },
        'trainee.unflag': { guard: 'isFlagged', actions: 'unflag' },
        'trainee.pause': { target: 'paused', actions: 'recordPauseOrResume' },
      },
    },
    paused: {
      on: { 'trainee.resume': { target: 'active.resume', actions: 'recordPauseOrResume' } },
    },
    /** The story ended and no form is owed: the attempt can be scored. */
    ended: { type: 'final' },
    /** The story itself failed (an ink error, a loop without output): the message names story and knot. */
    failed: { type: 'final' },
  },
});

export type AttemptSnapshot = SnapshotFrom<typeof attemptMachine>;
export type AttemptActorRef = ActorRefFrom<typeof attemptMachine>;

/**
 * Where the attempt is, for input rules and for screens. Read straight off the state value (every
 * input and every view asks, so this avoids matches()'s general state-value walk).
 */
export function statusOf(snapshot: AttemptSnapshot): AttemptStatus {
  const value = snapshot.value;
  if (typeof value !== 'string') {
    if (value.active === 'determination') return { kind: 'form', form: 'determination' };
    if (value.active === 'referrals') return { kind: 'form', form: 'referrals' };
    return { kind: 'choosing' };
  }
  if (value !== 'failed') return { kind: value };
  const stop = snapshot.context.stop;
  return stop.kind === 'failed' ? statusAtStop(stop) : { kind: 'failed', message: 'unknown error', inkPath: null };
}

/** Why the attempt refuses `input` where it is now (null: it accepts it); the words for callers. */
export function refusalOf(snapshot: AttemptSnapshot, input: TraineeInput): string | null {
  return refusalFor(statusOf(snapshot), { choices: choicesOf(snapshot.context), flags: flagsOf(snapshot.context) }, input);
}
