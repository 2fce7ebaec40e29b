// Composition root of the page: stories (compiled at build time by the Ink plugin), the engine, the
// UI and the browser's storage, wired together. Nothing imports this file.
import '../ui/styles.css';
import { stories } from 'virtual:threshold-stories';
import type { Scenario } from '../content/types';
import { systemClock } from '../engine/clock';
import { Playthrough, resumingClock } from '../engine/playthrough';
import { score } from '../engine/scoring/score';
import { renderBriefing } from '../ui/briefing';
import { renderDebrief } from '../ui/debrief';
import { moveFocusTo } from '../ui/dom';
import { clearSavedAttempt, readSavedAttempt, setAsideSavedAttempt, writeSavedAttempt, type KeyValueStore } from '../ui/savedAttempt';
import { renderStoryList, type ResumeOffer } from '../ui/storyList';
import { createTextSizeControl } from '../ui/textSize';
import { academyConfigErrors, scoringConfigFor } from './academy';
import { runAttempt } from './attempt';
import type { SaveData } from '../engine/save';

const main = document.getElementById('main');
const settings = document.getElementById('settings');
if (!main || !settings) throw new Error('index.html: the page needs #main and #settings');
const store: KeyValueStore = window.localStorage;
const playable = new Map(stories.flatMap((result) => (result.ok ? [[result.scenario.meta.id, result.scenario] as const] : [])));

settings.append(createTextSizeControl(document.documentElement, store));

/** Swaps the screen and moves focus to its first heading, so screen readers start there. */
function show(screen: HTMLElement): void {
  main!.replaceChildren(screen);
  const heading = screen.querySelector<HTMLElement>('h1');
  moveFocusTo(heading ?? main!);
  document.title = heading?.textContent ? `${heading.textContent} · Threshold` : 'Threshold';
}

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
      resume = { title: scenario.meta.title, savedAt: saved.attempt.savedAt, onResume: () => resumeAttempt(scenario, saved.attempt.save) };
    } else {
      const setAside = setAsideSavedAttempt(store, new Date(), `the scenario '${saved.attempt.scenarioId}' is no longer available`);
      notices.push(setAsideNotice(setAside.key, setAside.reason));
    }
  }
  show(
    renderStoryList({
      stories,
      ...(resume ? { resume } : {}),
      ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
      onOpen: showBriefing,
    }),
  );
}

function setAsideNotice(key: string, reason: string): string {
  return `Your saved progress could not be read (${reason}), so it was set aside in this browser's storage under "${key}" instead of being deleted. Please tell your trainer.`;
}

function showBriefing(scenario: Scenario): void {
  show(renderBriefing({ scenario, onStart: () => startAttempt(scenario), onBack: () => showMenu() }));
}

function startAttempt(scenario: Scenario): void {
  let playthrough: Playthrough;
  try {
    playthrough = Playthrough.start(scenario, systemClock());
  } catch (error) {
    // A story that fails at run time (not at compile time) must not take the page down with it.
    showMenu(`${scenario.meta.title} could not start: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  play(scenario, playthrough);
}

function resumeAttempt(scenario: Scenario, save: SaveData): void {
  let playthrough: Playthrough;
  try {
    playthrough = Playthrough.restore(scenario, save, resumingClock(save.log, systemClock()));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const setAside = setAsideSavedAttempt(store, new Date(), reason);
    showMenu(setAsideNotice(setAside.key, setAside.reason));
    return;
  }
  play(scenario, playthrough);
}

function play(scenario: Scenario, playthrough: Playthrough): void {
  const screen = runAttempt(scenario, playthrough, {
    save: (current) =>
      writeSavedAttempt(store, { scenarioId: scenario.meta.id, title: scenario.meta.title, savedAt: new Date().toISOString(), save: current.save() }),
    onComplete: (current) => showDebrief(scenario, current),
    onExit: () => showMenu(),
  });
  if (playthrough.view().complete) return;
  main!.replaceChildren(screen.element);
  document.title = `${scenario.meta.title} · Threshold`;
  screen.focusTitle();
}

function showDebrief(scenario: Scenario, playthrough: Playthrough): void {
  clearSavedAttempt(store);
  const view = playthrough.view();
  show(
    renderDebrief({
      title: scenario.meta.title,
      ...(scenario.meta.teachingPoints && { teachingPoints: scenario.meta.teachingPoints }),
      ending: view.ending ?? 'end',
      result: score(scenario, playthrough.log, scoringConfigFor(scenario)),
      onBack: () => showMenu(),
    }),
  );
}

showMenu();
