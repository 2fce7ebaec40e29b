// The trainee's session, from boot to debrief: which screen the game shows and which input it
// accepts. The story decides when a form is needed (`ink.decisionRequested`); this machine decides
// that a scored attempt never reaches the debrief while a form is still owed, even if the story
// ended without asking for it.
//
// Pausing keeps a shallow history of `play`, so resuming (also after exit to the menu, or after a
// reload from a persisted snapshot) returns to the exact form or story point the trainee left.
import { assertEvent, assign, setup } from 'xstate';
import type { DecisionKind } from '../../content/types';

/** An attempt the trainee left for the menu without finishing; it can be resumed from there. */
export interface ResumableAttempt {
  scenarioId: string;
  attempt: number;
}

export interface SessionContext {
  /** The scenario selected in the menu (the briefing shows it; play runs it). */
  scenarioId: string | null;
  /** Whether the selected scenario is scored (has an answer key): only then are forms owed. */
  scored: boolean;
  /** Counts attempts started in this session; a new one starts when a briefing is accepted. */
  attempt: number;
  resumable: ResumableAttempt | null;
  storyEnded: boolean;
  ending: string | null;
  determination: string | null;
  referrals: string[] | null;
}

export type SessionEvent =
  | { type: 'app.booted' }
  /** `scored` defaults to true: an unscored story (no answer key) owes no forms. */
  | { type: 'user.scenarioSelected'; scenarioId: string; scored?: boolean }
  | { type: 'user.briefingAccepted' }
  | { type: 'ink.decisionRequested'; decision: DecisionKind }
  | { type: 'user.determinationSubmitted'; determination: string }
  | { type: 'user.referralsSubmitted'; referrals: string[] }
  | { type: 'ink.ended'; ending: string }
  | { type: 'user.paused' }
  | { type: 'user.resumed' }
  | { type: 'user.exitRequested' }
  | { type: 'user.exportRequested' }
  | { type: 'user.returnedToMenu' };

export function initialSessionContext(): SessionContext {
  return {
    scenarioId: null,
    scored: true,
    attempt: 0,
    resumable: null,
    storyEnded: false,
    ending: null,
    determination: null,
    referrals: null,
  };
}

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
  },
  guards: {
    isDeterminationRequested: ({ event }) => {
      assertEvent(event, 'ink.decisionRequested');
      return event.decision === 'determination';
    },
    isReferralsRequested: ({ event }) => {
      assertEvent(event, 'ink.decisionRequested');
      return event.decision === 'referrals';
    },
    isStoryRunning: ({ context }) => !context.storyEnded,
    owesDetermination: ({ context }) => context.scored && context.determination === null,
    owesReferrals: ({ context }) => context.scored && context.referrals === null,
    hasResumableAttempt: ({ context }) => context.resumable !== null,
    isResumableScenario: ({ context, event }) => {
      assertEvent(event, 'user.scenarioSelected');
      return context.resumable?.scenarioId === event.scenarioId;
    },
  },
  actions: {
    selectScenario: assign(({ event }) => {
      assertEvent(event, 'user.scenarioSelected');
      return { scenarioId: event.scenarioId, scored: event.scored ?? true };
    }),
    startAttempt: assign(({ context }) => ({
      attempt: context.attempt + 1,
      resumable: null,
      storyEnded: false,
      ending: null,
      determination: null,
      referrals: null,
    })),
    recordDetermination: assign(({ event }) => {
      assertEvent(event, 'user.determinationSubmitted');
      return { determination: event.determination };
    }),
    recordReferrals: assign(({ event }) => {
      assertEvent(event, 'user.referralsSubmitted');
      return { referrals: [...event.referrals] };
    }),
    recordEnding: assign(({ event }) => {
      assertEvent(event, 'ink.ended');
      return { storyEnded: true, ending: event.ending };
    }),
    keepResumable: assign(({ context }) =>
      context.scenarioId === null ? {} : { resumable: { scenarioId: context.scenarioId, attempt: context.attempt } },
    ),
    finishAttempt: assign({ resumable: null }),
  },
}).createMachine({
  id: 'session',
  context: initialSessionContext,
  initial: 'boot',
  states: {
    boot: {
      on: { 'app.booted': 'menu' },
    },
    menu: {
      on: {
        'user.scenarioSelected': [
          // Picking the scenario that was left unfinished continues it rather than starting over.
          { guard: 'isResumableScenario', target: 'play.resume', actions: 'selectScenario' },
          { target: 'briefing', actions: 'selectScenario' },
        ],
        'user.resumed': { guard: 'hasResumableAttempt', target: 'play.resume' },
      },
    },
    briefing: {
      // Content warning and objectives: play starts only once the trainee accepts them.
      on: {
        'user.briefingAccepted': { target: 'play', actions: 'startAttempt' },
        'user.returnedToMenu': 'menu',
        'user.exitRequested': 'menu',
      },
    },
    play: {
      initial: 'story',
      states: {
        story: {
          on: {
            'ink.decisionRequested': [
              { guard: 'isDeterminationRequested', target: 'determination' },
              { guard: 'isReferralsRequested', target: 'referral' },
            ],
            'ink.ended': [
              { guard: 'owesDetermination', target: 'determination', actions: 'recordEnding' },
              { guard: 'owesReferrals', target: 'referral', actions: 'recordEnding' },
              { target: '#session.debrief', actions: 'recordEnding' },
            ],
          },
        },
        determination: {
          on: {
            'user.determinationSubmitted': [
              { guard: 'isStoryRunning', target: 'story', actions: 'recordDetermination' },
              { guard: 'owesReferrals', target: 'referral', actions: 'recordDetermination' },
              { target: '#session.debrief', actions: 'recordDetermination' },
            ],
          },
        },
        referral: {
          on: {
            'user.referralsSubmitted': [
              { guard: 'isStoryRunning', target: 'story', actions: 'recordReferrals' },
              { guard: 'owesDetermination', target: 'determination', actions: 'recordReferrals' },
              { target: '#session.debrief', actions: 'recordReferrals' },
            ],
          },
        },
        resume: { type: 'history', history: 'shallow' },
      },
      on: {
        'user.paused': 'paused',
        'user.exitRequested': { target: 'menu', actions: 'keepResumable' },
      },
    },
    paused: {
      on: {
        'user.resumed': 'play.resume',
        'user.exitRequested': { target: 'menu', actions: 'keepResumable' },
      },
    },
    debrief: {
      entry: 'finishAttempt',
      on: {
        'user.exportRequested': 'export',
        'user.returnedToMenu': 'menu',
      },
    },
    export: {
      on: {
        'user.returnedToMenu': 'menu',
      },
    },
  },
});
