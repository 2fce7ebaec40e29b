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
import type { TraineeInput } from '../attemptEvents';
import type { DecisionLog } from '../log';
import type { ChoiceOption, Line } from '../storyRunner';
import {
  AttemptResources,
  beginStory,
  chooseInStory,
  recordInput,
  submitForm,
  type ResourceInput,
  type StoryStop,
  type TranscriptEntry,
} from './attemptStory';
import {
  choiceRefusal,
  determinationRefusal,
  flagRefusal,
  offeredChoices,
  referralsRefusal,
  refusalFor,
  unflagRefusal,
  type AttemptStatus,
  type ChoiceView,
} from './attemptRules';
import { interviewMachine } from './interviewMachine';
import { investigationMachine } from './investigationMachine';

/** The scenario, the clock, and optionally a runner to reuse (reset first) or host functions. */
export type AttemptInput = ResourceInput;

export interface AttemptContext {
  /** The live story runner, scenario and clock: persisted only as the scenario id. */
  readonly resources: AttemptResources;
  /** The scenario has an answer key: its forms are owed before the attempt is complete. */
  readonly scored: boolean;
  log: DecisionLog;
  /** Every line shown and every choice and form answer the trainee gave, in order. */
  transcript: readonly TranscriptEntry[];
  /** The lines of the current step: what the story said since the trainee's last input. */
  lines: readonly Line[];
  /** The choices the story offers now (empty at a form and after the ending). */
  offered: readonly ChoiceOption[];
  /** Where the story stopped; the machine routes on it once per input. */
  stop: StoryStop;
  ending: string | null;
  /** Choices made so far: the next choice's turn. */
  turn: number;
  interview: ActorRefFrom<typeof interviewMachine>;
  investigation: ActorRefFrom<typeof investigationMachine>;
}

export type AttemptEvent = TraineeInput | { type: 'attempt.begin' };

type Guard = (args: { context: AttemptContext; event: AttemptEvent }) => boolean;

/** The choices on offer now, with what the interview allows (what the page shows). */
export function choicesOf(context: AttemptContext): ChoiceView[] {
  return offeredChoices(context.offered, context.interview.getSnapshot().context);
}

export function flagsOf(context: AttemptContext): readonly string[] {
  return context.investigation.getSnapshot().context.flags;
}

const stopIs =
  (test: (stop: StoryStop) => boolean): Guard =>
  ({ context }) =>
    test(context.stop);

export const attemptMachine = setup({
  types: {
    context: {} as AttemptContext,
    events: {} as AttemptEvent,
    input: {} as AttemptInput,
    output: {} as { ending: string | null },
  },
  actors: { interview: interviewMachine, investigation: investigationMachine },
  guards: {
    storyFailed: stopIs((stop) => stop.kind === 'failed'),
    isComplete: stopIs((stop) => stop.kind === 'ended'),
    awaitsDetermination: stopIs((stop) => stop.kind === 'form' && stop.form === 'determination'),
    awaitsReferrals: stopIs((stop) => stop.kind === 'form' && stop.form === 'referrals'),
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
      context.investigation.send({ type: 'trainee.indicatorFlagged', indicator: event.indicator });
      return recordInput(context, event);
    }),
    unflag: assign(({ context, event }) => {
      assertEvent(event, 'trainee.unflag');
      context.investigation.send({ type: 'trainee.indicatorUnflagged', indicator: event.indicator });
      return recordInput(context, event);
    }),
    recordPauseOrResume: assign(({ context, event }) => {
      assertEvent(event, ['trainee.pause', 'trainee.resume']);
      return recordInput(context, event);
    }),
  },
}).createMachine({
  id: 'attempt',
  context: ({ input, spawn }) => ({
    resources: new AttemptResources(input),
    scored: input.scenario.answerKey !== null,
    log: [],
    transcript: [],
    lines: [],
    offered: [],
    stop: { kind: 'choices' },
    ending: null,
    turn: 0,
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
  return stop.kind === 'failed' ? { kind: 'failed', message: stop.message, inkPath: stop.inkPath } : { kind: 'failed', message: 'unknown error', inkPath: null };
}

/** Why the attempt refuses `input` where it is now (null: it accepts it); the words for callers. */
export function refusalOf(snapshot: AttemptSnapshot, input: TraineeInput): string | null {
  return refusalFor(statusOf(snapshot), { choices: choicesOf(snapshot.context), flags: flagsOf(snapshot.context) }, input);
}
