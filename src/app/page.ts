// Draws the screen for the session's current state, and turns what the trainee does on it into
// session events. Nothing here decides the flow: each render reads the session snapshot (and its
// attempt), and a screen is rebuilt only when the screen itself changes (the play screen is
// updated in place, so the transcript grows and focus moves to what is new).
import type { LoadResult, Scenario } from '../content/types';
import type { AttemptSnapshot } from '../engine/machines/attemptMachine';
import { screenOf, type Screen, type SessionEvent, type SessionSnapshot } from '../engine/machines/sessionMachine';
import { score } from '../engine/scoring/score';
import { renderBriefing } from '../ui/briefing';
import { renderDebrief } from '../ui/debrief';
import { moveFocusTo } from '../ui/dom';
import { createPlayScreen, type PlayScreen } from '../ui/playScreen';
import { renderStoryList, type StoryListProps } from '../ui/storyList';
import { scoringConfigFor } from './academy';
import { playStateOf } from './attemptView';
import { determinationOptions, indicatorOptions, referralOptions } from './taxonomyOptions';

export interface PageOptions {
  main: HTMLElement;
  stories: readonly LoadResult[];
  scenario: (id: string) => Scenario | undefined;
  send: (event: SessionEvent) => void;
  /** Notices for the menu that do not come from the session (a save set aside, a broken academy file). */
  notices: readonly string[];
  /** What the records add to the menu: progress per scenario, the trainee's details, the exports, notices. */
  menu: () => Pick<StoryListProps, 'progress' | 'profile' | 'exports'> & { notices: readonly string[] };
}

export interface Page {
  render(snapshot: SessionSnapshot): void;
  /** Draws the current screen again (the records changed), or `screen` instead of it until the next render. */
  refresh(screen?: HTMLElement): void;
}

export function createPage(options: PageOptions): Page {
  const { main, send } = options;
  let shownKey = '';
  let play: { screen: PlayScreen; attempt: unknown } | null = null;
  let last: SessionSnapshot | null = null;

  const show = (screen: HTMLElement, focus?: HTMLElement): void => {
    play?.screen.dispose();
    play = null;
    main.replaceChildren(screen);
    const heading = screen.querySelector<HTMLElement>('h1');
    moveFocusTo(focus ?? heading ?? main);
    document.title = heading?.textContent ? `${heading.textContent} · Threshold` : 'Threshold';
  };

  const page: Page = {
    refresh(screen) {
      shownKey = '';
      if (screen) show(screen);
      else if (last) page.render(last);
    },
    render(snapshot) {
      last = snapshot;
      const screen = screenOf(snapshot);
      const { context } = snapshot;
      const attempt = context.attempt?.getSnapshot() ?? null;
      // The outcome is the play screen with its story ended: one screen, updated in place.
      const key = `${screen === 'outcome' ? 'play' : screen}|${context.scenarioId}|${attemptId(context.attempt)}|${screen === 'menu' ? `${context.notice}|${attempt?.status}` : ''}`;
      if (key === shownKey && play && attempt) {
        play.screen.show(playStateOf(attempt));
        return;
      }
      if (key === shownKey) return;
      shownKey = key;
      switch (screen) {
        case 'menu':
          return show(menuScreen(snapshot, attempt, options));
        case 'briefing': {
          const scenario = context.scenarioId === null ? undefined : options.scenario(context.scenarioId);
          if (!scenario) return show(menuScreen(snapshot, attempt, options));
          return show(renderBriefing({ scenario, onStart: () => send({ type: 'trainee.start' }), onBack: () => send({ type: 'trainee.back' }) }));
        }
        case 'play':
        case 'outcome': {
          if (!attempt) return show(menuScreen(snapshot, attempt, options));
          const playScreen = createPlayScreen({
            title: attempt.context.resources.scenario.meta.title,
            scored: attempt.context.scored,
            indicators: indicatorOptions,
            determinations: determinationOptions,
            referrals: referralOptions,
            handlers: {
              onChoose: (index) => send({ type: 'trainee.choose', index }),
              onFlag: (indicator) => send({ type: 'trainee.flag', indicator }),
              onUnflag: (indicator) => send({ type: 'trainee.unflag', indicator }),
              onDetermination: (determination) => send({ type: 'trainee.submitDetermination', determination }),
              onReferrals: (referrals) => send({ type: 'trainee.submitReferrals', referrals }),
              onPause: () => send({ type: 'trainee.pause' }),
              onResume: () => send({ type: 'trainee.resume' }),
              onExit: () => send({ type: 'trainee.exit' }),
              onContinue: () => send({ type: 'trainee.continue' }),
            },
          });
          main.replaceChildren(playScreen.element);
          play?.screen.dispose();
          play = { screen: playScreen, attempt: context.attempt };
          document.title = `${attempt.context.resources.scenario.meta.title} · Threshold`;
          playScreen.show(playStateOf(attempt));
          // Back at the line the trainee was reading (also after a reload or a resume).
          playScreen.focusLatest();
          return;
        }
        case 'debrief': {
          if (!attempt) return show(menuScreen(snapshot, attempt, options));
          const scenario = attempt.context.resources.scenario;
          return show(
            renderDebrief({
              title: scenario.meta.title,
              ...(scenario.meta.teachingPoints && { teachingPoints: scenario.meta.teachingPoints }),
              ending: attempt.context.ending ?? 'end',
              result: score(scenario, attempt.context.log, scoringConfigFor(scenario)),
              onBack: () => send({ type: 'trainee.exit' }),
            }),
          );
        }
      }
    },
  };
  return page;
}

function menuScreen(snapshot: SessionSnapshot, _attempt: AttemptSnapshot | null, options: PageOptions): HTMLElement {
  const extras = options.menu();
  const notices = [snapshot.context.notice, ...options.notices, ...extras.notices].filter((text): text is string => Boolean(text));
  return renderStoryList({
    stories: options.stories,
    ...(extras.progress ? { progress: extras.progress } : {}),
    ...(extras.profile ? { profile: extras.profile } : {}),
    ...(extras.exports ? { exports: extras.exports } : {}),
    notices,
    onOpen: (scenario) => options.send({ type: 'trainee.open', scenarioId: scenario.meta.id }),
  });
}

const ids = new WeakMap<object, number>();
let nextId = 1;
/** A number for an attempt actor, so a new attempt is a new screen. */
function attemptId(attempt: object | null): number {
  if (!attempt) return 0;
  let id = ids.get(attempt);
  if (id === undefined) {
    id = nextId++;
    ids.set(attempt, id);
  }
  return id;
}

export type { Screen };
