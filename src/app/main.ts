// Composition root of the page: the story catalog (summaries compiled at build time by the Ink
// plugin), the menu, the briefing and the settings. Everything that plays a scenario (engine, inkjs,
// the game, scoring) is in ./play and is downloaded only when a trainee starts or resumes one, so
// the menu is usable as soon as this small module has run. Nothing imports this file.
import '../ui/styles.css';
import { catalog } from 'virtual:threshold-catalog';
import type { Scenario, ScenarioSummary } from '../content/types';
import type { SaveData } from '../engine/save';
import { renderBriefing } from '../ui/briefing';
import { h, moveFocusTo, prefersReducedMotion } from '../ui/dom';
import { readSavedAttempt, setAsideSavedAttempt, type KeyValueStore } from '../ui/savedAttempt';
import { createSettingsPanel } from '../ui/settings';
import { renderStoryList, type ResumeOffer } from '../ui/storyList';
import { createTextSizeControl } from '../ui/textSize';
import { academyConfigErrors } from './academy';
import type { PageContext } from './play';

type PlayModule = typeof import('./play');

const main = document.getElementById('main');
const settingsHost = document.getElementById('settings');
if (!main || !settingsHost) throw new Error('index.html: the page needs #main and #settings');
const store: KeyValueStore = window.localStorage;
const playable = new Map(catalog.flatMap((entry) => (entry.ok ? [[entry.scenario.meta.id, entry.scenario] as const] : [])));
const settings = createSettingsPanel(document.documentElement, store, prefersReducedMotion);

settingsHost.append(createTextSizeControl(document.documentElement, store), settings.element);

/** Swaps the screen and moves focus to its first heading, so screen readers start there. */
function show(screen: HTMLElement): void {
  main!.replaceChildren(screen);
  const heading = screen.querySelector<HTMLElement>('h1');
  moveFocusTo(heading ?? main!);
  document.title = heading?.textContent ? `${heading.textContent} · Threshold` : 'Threshold';
}

const page: PageContext = {
  store,
  settings,
  show,
  mount(screen, title) {
    main!.replaceChildren(screen);
    document.title = `${title} · Threshold`;
  },
  showMenu,
  setAsideNotice,
};

function showMenu(notice?: string): void {
  const notices = [notice, ...academyConfigErrors.map((line) => `Scoring configuration error, defaults used: ${line}`)].filter(
    (text): text is string => Boolean(text),
  );
  const saved = readSavedAttempt<SaveData>(store, new Date());
  if (saved.kind === 'setAside') notices.push(setAsideNotice(saved.key, saved.reason));
  let resume: ResumeOffer | undefined;
  if (saved.kind === 'found') {
    const scenario = playable.get(saved.attempt.scenarioId);
    if (scenario) {
      const save = saved.attempt.save;
      resume = { title: scenario.meta.title, savedAt: saved.attempt.savedAt, onResume: () => void openAttempt(scenario, (play, full) => play.resumeAttempt(page, full, save)) };
    } else {
      const setAside = setAsideSavedAttempt(store, new Date(), `the scenario '${saved.attempt.scenarioId}' is no longer available`);
      notices.push(setAsideNotice(setAside.key, setAside.reason));
    }
  }
  show(
    renderStoryList({
      stories: catalog,
      ...(resume ? { resume } : {}),
      ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
      onOpen: showBriefing,
    }),
  );
}

function setAsideNotice(key: string, reason: string): string {
  return `Your saved progress could not be read (${reason}), so it was set aside in this browser's storage under "${key}" instead of being deleted. Please tell your trainer.`;
}

let playModule: Promise<PlayModule> | undefined;
/** The player's code, fetched once (a second import() would reuse it anyway; this keeps one promise). */
function loadPlayModule(): Promise<PlayModule> {
  playModule ??= import('./play');
  return playModule;
}

function showBriefing(scenario: ScenarioSummary): void {
  // While the trainee reads the briefing, fetch the player and this story, so Start is quick.
  void loadPlayModule()
    .then((play) => play.loadScenario(scenario))
    .catch(() => undefined /* reported when Start tries again */);
  show(renderBriefing({ scenario, onStart: () => void openAttempt(scenario, (play, full) => play.startAttempt(page, full)), onBack: () => showMenu() }));
}

/**
 * Downloads the player and the scenario's story, with a progress note (a status region) in place
 * of the screen meanwhile, then hands over to ./play.
 */
async function openAttempt(scenario: ScenarioSummary, begin: (play: PlayModule, full: Scenario) => void): Promise<void> {
  const status = h('p', { attrs: { role: 'status' } }, `Loading ${scenario.meta.title}…`);
  main!.replaceChildren(h('section', { className: 'screen loading', attrs: { 'aria-busy': 'true' } }, h('progress', { attrs: { 'aria-label': 'Loading the scenario' } }), status));
  try {
    const play = await loadPlayModule();
    begin(play, await play.loadScenario(scenario));
  } catch (error) {
    showMenu(`${scenario.meta.title} could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

showMenu();
// For `npm run bench` (test/bench/page.ts): the menu is on screen and its buttons work from here.
performance.mark('threshold:menu-interactive');
// Once the menu is idle, fetch the player (engine and inkjs, not Phaser): opening a scenario then
// only waits for its story.
if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPlayModule().catch(() => undefined));
