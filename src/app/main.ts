// Composition root of the page: create the tab's actor system (from the saved session when there
// is one), subscribe, and draw the screen for each state. The flow lives in the session and attempt
// machines (src/engine/machines); the page only renders their snapshots and sends trainee events.
// Stories come from the catalog (summaries only): a story's JSON is downloaded when it is opened
// (or, after a reload, before the saved session is restored), and the game's Phaser and sound
// after its first choice is on screen. Nothing imports this file.
import '../ui/styles.css';
import { catalog, loaders } from 'virtual:threshold-catalog';
import { createActor } from 'xstate';
import type { Scenario } from '../content/types';
import { replayingClock, systemClock } from '../engine/clock';
import { screenOf, sessionMachineFor, type SessionActorRef } from '../engine/machines/sessionMachine';
import { resumingClock } from '../engine/playthrough';
import { persistSession, restoreSession } from '../engine/sessionPersistence';
import { localSessionStore, type SetAside } from '../records/sessionStore';
import { h, prefersReducedMotion } from '../ui/dom';
import { createSettingsPanel } from '../ui/settings';
import { createTextSizeControl } from '../ui/textSize';
import { academyConfigErrors } from './academy';
import { screenHistory } from './history';
import { createPage } from './page';

const main = document.getElementById('main');
const settings = document.getElementById('settings');
if (!main || !settings) throw new Error('index.html: the page needs #main and #settings');
const settingsPanel = createSettingsPanel(document.documentElement, window.localStorage, prefersReducedMotion);
settings.append(createTextSizeControl(document.documentElement, window.localStorage), settingsPanel.element);

/** Stories downloaded so far: the session only ever asks for one the page has loaded first. */
const loaded = new Map<string, Scenario>();
async function ensureLoaded(id: string): Promise<Scenario | undefined> {
  const known = loaded.get(id);
  if (known) return known;
  const scenario = await loaders[id]?.();
  if (scenario) loaded.set(id, scenario);
  return scenario;
}

const machine = sessionMachineFor({
  scenario: (id) => loaded.get(id),
  // A restored attempt replays its log with the logged times, then carries on from the last one.
  clockFor: (log) => replayingClock(log.map((event) => event.at), resumingClock(log, systemClock())),
});
const store = localSessionStore(window.localStorage);

async function start(): Promise<void> {
  const notices = academyConfigErrors.map((line) => `Scoring configuration error, defaults used: ${line}`);
  const actor = (await restoredSession(notices)) ?? createActor(machine).start();
  const page = createPage({
    main: main!,
    stories: catalog,
    scenario: (id) => loaded.get(id),
    open: (scenarioId) => void openScenario(scenarioId, (event) => actor.send(event)),
    send: (event) => actor.send(event),
    settings: settingsPanel,
    notices,
  });
  const history = screenHistory(screenOf(actor.getSnapshot()), (screen) => actor.send({ type: 'trainee.navigate', screen }));
  const render = (): void => {
    const snapshot = actor.getSnapshot();
    page.render(snapshot);
    history.shown(screenOf(snapshot));
  };
  // Saved after every change, so a reload returns to the same screen and line.
  actor.subscribe(() => {
    render();
    void store.save(persistSession(actor));
  });
  render();
  // For `npm run bench` (test/bench/page.ts): the menu (or the restored screen) is usable from here.
  performance.mark('threshold:menu-interactive');
}

/** Downloads the scenario's story (a progress note meanwhile), then opens its briefing. */
async function openScenario(scenarioId: string, send: (event: { type: 'trainee.open'; scenarioId: string }) => void): Promise<void> {
  if (!loaded.has(scenarioId)) {
    main!.replaceChildren(h('section', { className: 'screen loading', attrs: { 'aria-busy': 'true' } }, h('progress', { attrs: { 'aria-label': 'Loading the scenario' } }), h('p', { attrs: { role: 'status' } }, 'Loading the scenario…')));
  }
  try {
    await ensureLoaded(scenarioId);
  } finally {
    send({ type: 'trainee.open', scenarioId });
  }
}

/** The saved session, replayed and checked; one that cannot be restored is set aside with a notice. */
async function restoredSession(notices: string[]): Promise<SessionActorRef | null> {
  const saved = await store.load();
  if (saved.kind === 'setAside') notices.push(setAsideNotice(saved));
  if (saved.kind !== 'found') return null;
  // The stories the saved session refers to are downloaded first: restoring replays the attempt.
  const { attempt, snapshot } = saved.stored.session as { attempt?: { scenarioId?: unknown } | null; snapshot?: { context?: { scenarioId?: unknown } } };
  const ids = [attempt?.scenarioId, snapshot?.context?.scenarioId].filter((id): id is string => typeof id === 'string');
  await Promise.all(ids.map((id) => ensureLoaded(id).catch(() => undefined)));
  const restored = restoreSession(machine, saved.stored.session);
  if (restored.ok) return restored.actor;
  notices.push(setAsideNotice(await store.setAside(restored.reason)));
  return null;
}

function setAsideNotice({ key, reason }: SetAside): string {
  return `Your saved progress could not be read (${reason}), so it was set aside in this browser's storage under "${key}" instead of being deleted. Please tell your trainer.`;
}

void start();
