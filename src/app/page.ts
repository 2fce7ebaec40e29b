// Draws the screen for the session's current state, and turns what the trainee does on it into
// session events. Nothing here decides the flow: each render reads the session snapshot (and its
// attempt), and a screen is rebuilt only when the screen itself changes (the play screen is
// updated in place, so the transcript grows and focus moves to what is new).
import type { CatalogEntry, Scenario } from '../content/types';
import { choicesOf, type AttemptSnapshot } from '../engine/machines/attemptMachine';
import type { Line } from '../engine/storyRunner';
import { screenOf, type Screen, type SessionEvent, type SessionSnapshot } from '../engine/machines/sessionMachine';
import { score } from '../engine/scoring/score';
import { renderBriefing } from '../ui/briefing';
import { renderDebrief } from '../ui/debrief';
import { moveFocusTo } from '../ui/dom';
import { createPlayScreen, type PlayScreen } from '../ui/playScreen';
import type { SettingsPanel } from '../ui/settings';
import { createStage } from '../ui/stage';
import { renderStoryList, type StoryListProps } from '../ui/storyList';
import { scoringConfigFor } from './academy';
import { playStateOf } from './attemptView';
import { createScenePresenter, type AttemptPicture, type ScenePresenter } from './scenePresenter';
import { timelineOf } from './timeline';
import { determinationOptions, indicatorOptions, referralOptions } from './taxonomyOptions';

export interface PageOptions {
  main: HTMLElement;
  /** The menu's list (summaries; a story's JSON is loaded when it is opened). */
  stories: readonly CatalogEntry[];
  /** A scenario that has been loaded (every one the session can reach is loaded before it is sent). */
  scenario: (id: string) => Scenario | undefined;
  /** The trainee opened a scenario: load its story, then send `trainee.open`. */
  open: (scenarioId: string) => void;
  /** What the records add to the menu: progress per scenario, the trainee's details, the exports, notices. */
  menu: () => Pick<StoryListProps, 'progress' | 'profile' | 'exports'> & { notices: readonly string[] };
  send: (event: SessionEvent) => void;
  settings: SettingsPanel;
  /** Notices for the menu that do not come from the session (a save set aside, a broken academy file). */
  notices: readonly string[];
}

export interface Page {
  render(snapshot: SessionSnapshot): void;
  /** Draws the current screen again (the records changed), or `screen` instead of it until the next render. */
  refresh(screen?: HTMLElement): void;
}

export function createPage(options: PageOptions): Page {
  const { main, send } = options;
  let shownKey = '';
  let play: { screen: PlayScreen; attempt: unknown; presenter: ScenePresenter; linesShown: number } | null = null;

  /** The picture follows the attempt: new lines (their sounds and speaker), choices, distress. */
  const updatePicture = (attempt: AttemptSnapshot): void => {
    if (!play) return;
    const picture = pictureOf(attempt);
    play.presenter.update(picture, picture.transcript.slice(play.linesShown));
    play.linesShown = picture.transcript.length;
  };

  const show = (screen: HTMLElement, focus?: HTMLElement): void => {
    play?.screen.dispose();
    play?.presenter.destroy();
    play = null;
    main.replaceChildren(screen);
    const heading = screen.querySelector<HTMLElement>('h1');
    moveFocusTo(focus ?? heading ?? main);
    document.title = heading?.textContent ? `${heading.textContent} · Threshold` : 'Threshold';
  };

  let last: SessionSnapshot | null = null;
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
        updatePicture(attempt);
        return;
      }
      if (key === shownKey) return;
      shownKey = key;
      switch (screen) {
        case 'menu':
          return show(menuScreen(snapshot, options));
        case 'briefing': {
          const scenario = context.scenarioId === null ? undefined : options.scenario(context.scenarioId);
          if (!scenario) return show(menuScreen(snapshot, options));
          return show(renderBriefing({ scenario, onStart: () => send({ type: 'trainee.start' }), onBack: () => send({ type: 'trainee.back' }) }));
        }
        case 'play':
        case 'outcome': {
          if (!attempt) return show(menuScreen(snapshot, options));
          const stage = createStage();
          const playScreen = createPlayScreen({
            title: attempt.context.resources.scenario.meta.title,
            stage: stage.element,
            scored: attempt.context.scored,
            indicators: indicatorOptions,
            determinations: determinationOptions,
            referrals: referralOptions,
            handlers: {
              onChoose: (index) => send({ type: 'trainee.choose', index }),
              onFlag: (indicator) => {
                send({ type: 'trainee.flag', indicator });
                presenter.cue('flag');
              },
              onUnflag: (indicator) => send({ type: 'trainee.unflag', indicator }),
              onDetermination: (determination) => send({ type: 'trainee.submitDetermination', determination }),
              onReferrals: (referrals) => send({ type: 'trainee.submitReferrals', referrals }),
              onPause: () => send({ type: 'trainee.pause' }),
              onResume: () => send({ type: 'trainee.resume' }),
              onExit: () => send({ type: 'trainee.exit' }),
              onContinue: () => send({ type: 'trainee.continue' }),
            },
          });
          const scenario = attempt.context.resources.scenario;
          // A hotspot clicked in the picture sends the same event as the choice's button.
          const presenter = createScenePresenter({
            scenarioId: scenario.meta.id,
            location: scenario.meta.scene ?? null,
            stage,
            settings: options.settings,
            choicesHost: playScreen.element,
            choose: (index) => send({ type: 'trainee.choose', index }),
          });
          main.replaceChildren(playScreen.element);
          play?.screen.dispose();
          play?.presenter.destroy();
          play = { screen: playScreen, attempt: context.attempt, presenter, linesShown: 0 };
          document.title = `${scenario.meta.title} · Threshold`;
          playScreen.show(playStateOf(attempt));
          updatePicture(attempt);
          // Back at the line the trainee was reading (also after a reload or a resume).
          playScreen.focusLatest();
          // For `npm run bench` (test/bench/page.ts): the scenario's lines and choices are on screen.
          performance.mark('threshold:scenario-shown');
          return;
        }
        case 'debrief': {
          if (!attempt) return show(menuScreen(snapshot, options));
          const scenario = attempt.context.resources.scenario;
          const config = scoringConfigFor(scenario);
          const result = score(scenario, attempt.context.log, config);
          return show(
            renderDebrief({
              title: scenario.meta.title,
              ...(scenario.meta.teachingPoints && { teachingPoints: scenario.meta.teachingPoints }),
              ending: attempt.context.ending ?? 'end',
              result,
              ...(result && { passMark: config.passMark }),
              timeline: timelineOf(attempt.context.log, { indicator: labelOf(indicatorOptions), determination: labelOf(determinationOptions), referral: labelOf(referralOptions) }),
              onReplay: () => {
                send({ type: 'trainee.exit' });
                send({ type: 'trainee.open', scenarioId: scenario.meta.id });
                send({ type: 'trainee.start' });
              },
              onBack: () => send({ type: 'trainee.exit' }),
            }),
          );
        }
      }
    },
  };
  return page;
}

function menuScreen(snapshot: SessionSnapshot, options: PageOptions): HTMLElement {
  const extras = options.menu();
  const notices = [snapshot.context.notice, ...options.notices, ...extras.notices].filter((text): text is string => Boolean(text));
  return renderStoryList({
    stories: options.stories,
    ...(extras.progress ? { progress: extras.progress } : {}),
    ...(extras.profile ? { profile: extras.profile } : {}),
    ...(extras.exports ? { exports: extras.exports } : {}),
    notices,
    onOpen: (scenario) => options.open(scenario.meta.id),
  });
}

const labelOf = (list: ReadonlyArray<{ id: string; label: string }>) => (id: string) => list.find((option) => option.id === id)?.label ?? id;

/** What the scene draws from an attempt: its story lines so far, the choices now, the distress. */
function pictureOf(attempt: AttemptSnapshot): AttemptPicture {
  const { context } = attempt;
  return {
    transcript: context.transcript.flatMap((entry): Line[] => (entry.kind === 'line' ? [entry.line] : [])),
    choices: context.stop.kind === 'choices' ? choicesOf(context) : [],
    interview: { distress: context.interview.getSnapshot().context.distress },
  };
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
