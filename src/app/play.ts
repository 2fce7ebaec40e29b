// Everything after the briefing: loading the scenario's story, running the attempt, the debrief.
// main.ts imports this module only when a trainee starts or resumes a scenario, so the engine, inkjs,
// the game and the scoring never weigh on the menu.
import type { Scenario, ScenarioSummary } from '../content/types';
import { loaders } from 'virtual:threshold-catalog';
import { systemClock } from '../engine/clock';
import { Playthrough, resumingClock } from '../engine/playthrough';
import type { SaveData } from '../engine/save';
import { score } from '../engine/scoring/score';
import { renderDebrief } from '../ui/debrief';
import { clearSavedAttempt, setAsideSavedAttempt, writeSavedAttempt, type KeyValueStore } from '../ui/savedAttempt';
import type { SettingsPanel } from '../ui/settings';
import { scoringConfigFor } from './academy';
import { runAttempt } from './attempt';
import { timelineOf } from './timeline';
import { determinationOptions, indicatorOptions, referralOptions } from './taxonomyOptions';

export interface PageContext {
  store: KeyValueStore;
  settings: SettingsPanel;
  /** Swaps the screen and moves focus to its heading. */
  show(screen: HTMLElement): void;
  /** Mounts a screen that manages its own focus. */
  mount(screen: HTMLElement, title: string): void;
  showMenu(notice?: string): void;
  setAsideNotice(key: string, reason: string): string;
}

/** Downloads the scenario's story chunk (the catalog only holds summaries). */
export async function loadScenario(summary: ScenarioSummary): Promise<Scenario> {
  const load = loaders[summary.meta.id];
  if (!load) throw new Error(`${summary.meta.source}: the story is not in this build`);
  return load();
}

export function startAttempt(page: PageContext, scenario: Scenario): void {
  let playthrough: Playthrough;
  try {
    playthrough = Playthrough.start(scenario, systemClock());
  } catch (error) {
    // A story that fails at run time (not at compile time) must not take the page down with it.
    page.showMenu(`${scenario.meta.title} could not start: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  play(page, scenario, playthrough);
}

export function resumeAttempt(page: PageContext, scenario: Scenario, save: SaveData): void {
  let playthrough: Playthrough;
  try {
    playthrough = Playthrough.restore(scenario, save, resumingClock(save.log, systemClock()));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const setAside = setAsideSavedAttempt(page.store, new Date(), reason);
    page.showMenu(page.setAsideNotice(setAside.key, setAside.reason));
    return;
  }
  play(page, scenario, playthrough);
}

function play(page: PageContext, scenario: Scenario, playthrough: Playthrough): void {
  const screen = runAttempt(scenario, playthrough, {
    save: (current) =>
      writeSavedAttempt(page.store, { scenarioId: scenario.meta.id, title: scenario.meta.title, savedAt: new Date().toISOString(), save: current.save() }),
    onComplete: (current) => showDebrief(page, scenario, current),
    onExit: () => page.showMenu(),
    settings: page.settings,
  });
  if (playthrough.view().complete) return;
  page.mount(screen.element, scenario.meta.title);
  screen.focusTitle();
  // For `npm run bench` (test/bench/page.ts): the scenario's first lines and choices are on screen.
  performance.mark('threshold:scenario-shown');
}

const labelOf = (options: ReadonlyArray<{ id: string; label: string }>) => (id: string) => options.find((option) => option.id === id)?.label ?? id;

function showDebrief(page: PageContext, scenario: Scenario, playthrough: Playthrough): void {
  clearSavedAttempt(page.store);
  const view = playthrough.view();
  const config = scoringConfigFor(scenario);
  const result = score(scenario, playthrough.log, config);
  page.show(
    renderDebrief({
      title: scenario.meta.title,
      ending: view.ending ?? 'end',
      result,
      ...(result ? { passMark: config.passMark } : {}),
      timeline: timelineOf(playthrough.log, {
        indicator: labelOf(indicatorOptions),
        determination: labelOf(determinationOptions),
        referral: labelOf(referralOptions),
      }),
      onReplay: () => startAttempt(page, scenario),
      onBack: () => page.showMenu(),
    }),
  );
}
