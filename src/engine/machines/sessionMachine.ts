// The trainee's session in one tab, from the menu to the debrief: which screen the page shows and
// where each trainee input goes. It owns the attempt actor (attemptMachine.ts) as a child: it
// spawns one when a briefing is accepted, forwards the trainee's play inputs to it, and follows
// it (its `play` states mirror where the attempt is: story, forms, paused; its ending opens the
// outcome). The attempt outlives the play screen: leaving for the menu pauses it, so it can be
// resumed, and a finished one stays for its outcome and debrief until the next attempt starts.
//
// The library of scenarios and the clock are given when the machine is made (sessionMachineFor),
// so neither is ever part of a persisted snapshot; records/sessionStore.ts keeps the snapshot (per
// tab, without the attempt) and the attempt's record its log, restored by replaying the log
// (app.attemptRestored).
import { and, assertEvent, assign, enqueueActions, forwardTo, sendTo, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../../content/types';
import type { Clock } from '../clock';
import type { TraineeInput } from '../attemptEvents';
import type { DecisionLog } from '../log';
import { attemptMachine, statusOf, type AttemptActorRef, type AttemptSnapshot } from './attemptMachine';

/** What the session needs from the page: the playable scenarios and a clock for each new attempt. */
export interface SessionLibrary {
  scenario(id: string): Scenario | undefined;
  /** A clock for an attempt, carrying on after `log` (empty for a new attempt). */
  clockFor(log: DecisionLog): Clock;
}

/** The screens, in the order a trainee meets them; each is a browser history entry. */
export const SCREENS = ['menu', 'briefing', 'play', 'outcome', 'debrief'] as const;
export type Screen = (typeof SCREENS)[number];

export interface SessionContext {
  /** The scenario opened from the menu (the briefing shows it; play runs it). */
  scenarioId: string | null;
  /** The current or last attempt: unfinished (resumable) or finished (its outcome and debrief). */
  attempt: AttemptActorRef | null;
  /** Something the menu must tell the trainee (a story that failed while playing). */
  notice: string | null;
}

export type SessionEvent =
  | { type: 'trainee.open'; scenarioId: string }
  | { type: 'trainee.back' }
  | { type: 'trainee.start' }
  /** The attempt's own inputs, forwarded to it; `trainee.resume` from the menu carries on with the
   *  attempt left unfinished. */
  | TraineeInput
  /** Leave for the menu (from play the attempt is paused and stays resumable). */
  | { type: 'trainee.exit' }
  /** From the outcome to the debrief. */
  | { type: 'trainee.continue' }
  /** The browser's Back or Forward went to a screen. */
  | { type: 'trainee.navigate'; screen: Screen }
  /** A saved session is being restored: spawn its attempt again by replaying its log. Author mode
   *  also sends it, with `startKnot` for an attempt that starts at a knot (never a trainee attempt). */
  | { type: 'app.attemptRestored'; scenarioId: string; log: DecisionLog; startKnot?: string }
  | { type: 'xstate.snapshot.attempt'; snapshot: AttemptSnapshot }
  | { type: 'xstate.done.actor.attempt'; output: unknown }
  | { type: 'xstate.error.actor.attempt'; error: unknown };

type Guard = (args: { context: SessionContext; event: SessionEvent }) => boolean;

const attemptIs =
  (test: (snapshot: AttemptSnapshot) => boolean): Guard =>
  ({ context }) =>
    context.attempt !== null && test(context.attempt.getSnapshot());

const unfinished = (snapshot: AttemptSnapshot): boolean => snapshot.status === 'active';
const finished = (snapshot: AttemptSnapshot): boolean => snapshot.matches('ended');

const navigatingTo =
  (screen: Screen): Guard =>
  ({ event }) =>
    event.type === 'trainee.navigate' && event.screen === screen;

export function sessionMachineFor(library: SessionLibrary) {
  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
    },
    actors: { attempt: attemptMachine },
    guards: {
      isOpenedScenarioUnfinished: ({ context }) =>
        context.attempt !== null && unfinished(context.attempt.getSnapshot()) && attemptScenarioId(context.attempt) === context.scenarioId,
      hasUnfinishedAttempt: attemptIs(unfinished),
      hasFinishedAttempt: attemptIs(finished),
      hasOpenedScenario: ({ context }) => context.scenarioId !== null,
      isPlayable: ({ event }) => {
        assertEvent(event, 'trainee.open');
        return library.scenario(event.scenarioId) !== undefined;
      },
      isAttemptPaused: ({ event }) => {
        assertEvent(event, 'xstate.snapshot.attempt');
        return statusOf(event.snapshot).kind === 'paused';
      },
      isAttemptAtForm: ({ event }) => {
        assertEvent(event, 'xstate.snapshot.attempt');
        return statusOf(event.snapshot).kind === 'form';
      },
      hasAttemptFailed: attemptIs((snapshot) => snapshot.matches('failed')),
      toMenu: navigatingTo('menu'),
      toBriefing: navigatingTo('briefing'),
      toPlay: navigatingTo('play'),
      toOutcome: navigatingTo('outcome'),
      toDebrief: navigatingTo('debrief'),
    },
    actions: {
      openScenario: assign(({ event }) => {
        assertEvent(event, 'trainee.open');
        return { scenarioId: event.scenarioId, notice: null };
      }),
      startAttempt: assign(({ context, spawn }) => {
        const scenario = context.scenarioId === null ? undefined : library.scenario(context.scenarioId);
        if (!scenario) throw new Error(`session: no playable scenario '${context.scenarioId}'`);
        return {
          notice: null,
          attempt: spawn('attempt', { id: 'attempt', syncSnapshot: true, input: { scenario, clock: library.clockFor([]) } }),
        };
      }),
      restoreAttempt: assign(({ event, spawn }) => {
        assertEvent(event, 'app.attemptRestored');
        const scenario = library.scenario(event.scenarioId);
        if (!scenario) throw new Error(`session: the saved attempt's scenario '${event.scenarioId}' is not playable here`);
        const startKnot = event.startKnot === undefined ? {} : { startKnot: event.startKnot };
        return { attempt: spawn('attempt', { id: 'attempt', syncSnapshot: true, input: { scenario, clock: library.clockFor(event.log), ...startKnot } }) };
      }),
      stopAttempt: enqueueActions(({ enqueue }) => {
        enqueue.stopChild('attempt');
        enqueue.assign({ attempt: null });
      }),
      beginAttempt: sendTo('attempt', { type: 'attempt.begin' }),
      forwardToAttempt: forwardTo('attempt'),
      pauseAttempt: sendTo('attempt', { type: 'trainee.pause' }),
      resumeAttempt: sendTo('attempt', { type: 'trainee.resume' }),
      noteFailure: assign(({ context }) => {
        const snapshot = context.attempt?.getSnapshot();
        const status = snapshot ? statusOf(snapshot) : null;
        const title = snapshot?.context.resources.scenario.meta.title ?? 'The scenario';
        const reason = status?.kind === 'failed' ? status.message : 'it stopped unexpectedly';
        return { notice: `${title} stopped with an error and cannot go on: ${reason}` };
      }),
    },
  }).createMachine({
    id: 'session',
    context: { scenarioId: null, attempt: null, notice: null },
    initial: 'menu',
    on: {
      // Restoring a saved session: the attempt comes back from its log, whatever the screen.
      'app.attemptRestored': { actions: ['stopAttempt', 'restoreAttempt', 'beginAttempt'] },
    },
    states: {
      menu: {
        on: {
          'trainee.open': { guard: 'isPlayable', target: 'briefing', actions: 'openScenario' },
          'trainee.resume': { guard: 'hasUnfinishedAttempt', target: 'play', actions: 'resumeAttempt' },
          'trainee.navigate': [
            { guard: and(['toBriefing', 'hasOpenedScenario']), target: 'briefing' },
            { guard: and(['toPlay', 'hasUnfinishedAttempt']), target: 'play', actions: 'resumeAttempt' },
            { guard: and(['toOutcome', 'hasFinishedAttempt']), target: 'outcome' },
            { guard: and(['toDebrief', 'hasFinishedAttempt']), target: 'debrief' },
          ],
        },
      },
      briefing: {
        on: {
          // The trainee's unfinished attempt at this scenario carries on; otherwise a new one starts.
          'trainee.start': [
            { guard: 'isOpenedScenarioUnfinished', target: 'play', actions: 'resumeAttempt' },
            { target: 'play', actions: ['stopAttempt', 'startAttempt', 'beginAttempt'] },
          ],
          'trainee.back': 'menu',
          'trainee.exit': 'menu',
          'trainee.navigate': [
            { guard: 'toMenu', target: 'menu' },
            { guard: and(['toPlay', 'isOpenedScenarioUnfinished']), target: 'play', actions: 'resumeAttempt' },
            // Back from the outcome lands here: Forward returns to the finished attempt's outcome and debrief.
            { guard: and(['toOutcome', 'hasFinishedAttempt']), target: 'outcome' },
            { guard: and(['toDebrief', 'hasFinishedAttempt']), target: 'debrief' },
          ],
        },
      },
      play: {
        initial: 'story',
        states: {
          story: {},
          forms: {},
          paused: {},
        },
        on: {
          'xstate.snapshot.attempt': [
            { guard: 'isAttemptPaused', target: '.paused' },
            { guard: 'isAttemptAtForm', target: '.forms' },
            { target: '.story' },
          ],
          // A story that fails cannot go on: the menu says why, and the attempt is dropped (its log
          // would fail the same way again if it were resumed or restored).
          'xstate.done.actor.attempt': [{ guard: 'hasAttemptFailed', target: 'menu', actions: ['noteFailure', 'stopAttempt'] }, { target: 'outcome' }],
          'xstate.error.actor.attempt': { target: 'menu', actions: ['noteFailure', 'stopAttempt'] },
          'trainee.choose': { actions: 'forwardToAttempt' },
          'trainee.flag': { actions: 'forwardToAttempt' },
          'trainee.unflag': { actions: 'forwardToAttempt' },
          'trainee.submitDetermination': { actions: 'forwardToAttempt' },
          'trainee.submitReferrals': { actions: 'forwardToAttempt' },
          'trainee.pause': { actions: 'forwardToAttempt' },
          'trainee.resume': { actions: 'forwardToAttempt' },
          // Leaving is a pause: the time away is not counted as play, and the attempt can be resumed.
          'trainee.exit': { target: 'menu', actions: 'pauseAttempt' },
          'trainee.navigate': [
            { guard: 'toMenu', target: 'menu', actions: 'pauseAttempt' },
            { guard: 'toBriefing', target: 'briefing', actions: 'pauseAttempt' },
          ],
        },
      },
      /** The story's last lines (who was told, where the person goes tonight), before the debrief. */
      outcome: {
        on: {
          'trainee.continue': 'debrief',
          'trainee.exit': 'menu',
          'trainee.navigate': [
            { guard: 'toDebrief', target: 'debrief' },
            { guard: 'toMenu', target: 'menu' },
            { guard: 'toBriefing', target: 'briefing' },
          ],
        },
      },
      debrief: {
        on: {
          'trainee.exit': 'menu',
          'trainee.navigate': [
            { guard: 'toOutcome', target: 'outcome' },
            { guard: 'toMenu', target: 'menu' },
            { guard: 'toBriefing', target: 'briefing' },
          ],
        },
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof sessionMachineFor>;
export type SessionActorRef = ActorRefFrom<SessionMachine>;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** The screen a session snapshot shows. */
export function screenOf(snapshot: SessionSnapshot): Screen {
  for (const screen of SCREENS) if (snapshot.matches(screen)) return screen;
  return 'menu';
}

/**
 * Why a session snapshot cannot be true of its attempt (null when it can): the screen a saved
 * session was on is the page's, not the log's, so a restore checks it against the replayed
 * attempt. Play mirrors where the attempt is; the outcome and debrief need a finished attempt.
 */
export function sessionInconsistency(snapshot: SessionSnapshot): string | null {
  const screen = screenOf(snapshot);
  const attempt = snapshot.context.attempt?.getSnapshot() ?? null;
  if (screen === 'briefing' && snapshot.context.scenarioId === null) return 'it shows a briefing without a scenario';
  if (screen === 'play') {
    if (!attempt || attempt.status !== 'active') return 'it shows the play screen, but the attempt is not in progress';
    const status = statusOf(attempt);
    const expected = status.kind === 'paused' ? 'paused' : status.kind === 'form' ? 'forms' : 'story';
    if (!snapshot.matches({ play: expected })) return `it shows play.${JSON.stringify(snapshot.value)}, but the attempt is at ${expected}`;
  }
  if ((screen === 'outcome' || screen === 'debrief') && !(attempt && finished(attempt))) {
    return `it shows the ${screen}, but the attempt has not ended`;
  }
  return null;
}

function attemptScenarioId(attempt: AttemptActorRef): string {
  return attempt.getSnapshot().context.resources.scenario.meta.id;
}
