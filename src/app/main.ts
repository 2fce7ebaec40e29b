// Composition root of the page: create the tab's actor system (from the saved session when there
// is one), subscribe, and draw the screen for each state. The flow lives in the session and attempt
// machines (src/engine/machines); the page only renders their snapshots and sends trainee events.
// Nothing imports this file.
import '../ui/styles.css';
import { stories } from 'virtual:threshold-stories';
import { createActor } from 'xstate';
import { replayingClock, systemClock } from '../engine/clock';
import { screenOf, sessionMachineFor, type SessionActorRef } from '../engine/machines/sessionMachine';
import { resumingClock } from '../engine/playthrough';
import { persistSession, restoreSession } from '../engine/sessionPersistence';
import { localSessionStore, type SetAside } from '../records/sessionStore';
import { createTextSizeControl } from '../ui/textSize';
import { academyConfigErrors } from './academy';
import { screenHistory } from './history';
import { createPage } from './page';

const main = document.getElementById('main');
const settings = document.getElementById('settings');
if (!main || !settings) throw new Error('index.html: the page needs #main and #settings');
settings.append(createTextSizeControl(document.documentElement, window.localStorage));

const playable = new Map(stories.flatMap((result) => (result.ok ? [[result.scenario.meta.id, result.scenario] as const] : [])));
const machine = sessionMachineFor({
  scenario: (id) => playable.get(id),
  // A restored attempt replays its log with the logged times, then carries on from the last one.
  clockFor: (log) => replayingClock(log.map((event) => event.at), resumingClock(log, systemClock())),
});
const store = localSessionStore(window.localStorage);

async function start(): Promise<void> {
  const notices = academyConfigErrors.map((line) => `Scoring configuration error, defaults used: ${line}`);
  const actor = (await restoredSession(notices)) ?? createActor(machine).start();
  const page = createPage({ main: main!, stories, scenario: (id) => playable.get(id), send: (event) => actor.send(event), notices });
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
}

/** The saved session, replayed and checked; one that cannot be restored is set aside with a notice. */
async function restoredSession(notices: string[]): Promise<SessionActorRef | null> {
  const saved = await store.load();
  if (saved.kind === 'setAside') notices.push(setAsideNotice(saved));
  if (saved.kind !== 'found') return null;
  const restored = restoreSession(machine, saved.stored.session);
  if (restored.ok) return restored.actor;
  notices.push(setAsideNotice(await store.setAside(restored.reason)));
  return null;
}

function setAsideNotice({ key, reason }: SetAside): string {
  return `Your saved progress could not be read (${reason}), so it was set aside in this browser's storage under "${key}" instead of being deleted. Please tell your trainer.`;
}

void start();
