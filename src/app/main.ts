// Composition root of the page: create the tab's actor system (from the saved session when there
// is one), subscribe, and draw the screen for each state. The flow lives in the session and attempt
// machines (src/engine/machines); the page only renders their snapshots and sends trainee events.
// Stories come from the catalog (summaries only): a story's JSON is downloaded when it is opened
// (or, after a reload, before the saved session is restored), and the game's Phaser and sound
// after its first choice is on screen. Every attempt is also recorded in IndexedDB (src/records,
// bound in ./recording.ts), which the menu shows and exports. Nothing imports this file.
import '../ui/styles.css';
import { catalog, loaders } from 'virtual:threshold-catalog';
import { createActor } from 'xstate';
import type { Scenario } from '../content/types';
import { replayingClock, systemClock } from '../engine/clock';
import { screenOf, sessionMachineFor, type SessionActorRef, type SessionEvent } from '../engine/machines/sessionMachine';
import { resumingClock } from '../engine/playthrough';
import { persistSession, restoreSession } from '../engine/sessionPersistence';
import type { InProgressRecord } from '../records/attemptRecord';
import { openIdbAttemptStore } from '../records/idbAttemptStore';
import { RecordsService } from '../records/recordsService';
import type { WriteStatus } from '../records/recordWriter';
import { localSessionStore, type SetAside } from '../records/sessionStore';
import { h, prefersReducedMotion } from '../ui/dom';
import { downloadText } from '../ui/download';
import { renderExportPanel, type ExportKind, type ExportWho } from '../ui/exportPanel';
import { renderOutdatedAttempt } from '../ui/outdatedAttempt';
import { renderProfileForm } from '../ui/profileForm';
import { createSettingsPanel } from '../ui/settings';
import type { CardProgress } from '../ui/storyList';
import { createTextSizeControl } from '../ui/textSize';
import { academyConfigErrors, scoringConfigFor } from './academy';
import { screenHistory } from './history';
import { connectLrsInPage } from './lrsBridge';
import { createPage, type Page } from './page';
import { bindRecording } from './recording';

const main = document.getElementById('main');
const settings = document.getElementById('settings');
if (!main || !settings) throw new Error('index.html: the page needs #main and #settings');
const settingsPanel = createSettingsPanel(document.documentElement, window.localStorage, prefersReducedMotion);
settings.append(createTextSizeControl(document.documentElement, window.localStorage), settingsPanel.element);
// Where the trainee hears about storage trouble on every screen (a polite live region).
const storageStatus = h('p', { className: 'storage-status', attrs: { role: 'status', 'aria-live': 'polite' } });
settings.before(storageStatus);

function showWriteStatus(status: WriteStatus): void {
  storageStatus.textContent =
    status.kind === 'saved'
      ? ''
      : status.kind === 'full'
        ? 'This browser’s storage is full: your progress is kept in this tab and will be saved as soon as there is room. Do not close the tab.'
        : `Your progress could not be saved (${status.reason}); it is kept in this tab and will be retried.`;
}

/** Stories downloaded so far: the session and the records only ever see stories the page has loaded. */
const loaded = new Map<string, Scenario>();
async function ensureLoaded(id: string): Promise<Scenario | undefined> {
  const known = loaded.get(id);
  if (known) return known;
  const scenario = await loaders[id]?.();
  if (scenario) loaded.set(id, scenario);
  return scenario;
}

/** Every story: for what needs them all (verifying an export, importing an old save). */
async function loadAll(): Promise<void> {
  await Promise.all(Object.keys(loaders).map((id) => ensureLoaded(id).catch(() => undefined)));
}

const machine = sessionMachineFor({
  scenario: (id) => loaded.get(id),
  // A restored attempt replays its log with the logged times, then carries on from the last one.
  clockFor: (log) => replayingClock(log.map((event) => event.at), resumingClock(log, systemClock())),
});
const store = localSessionStore(window.localStorage);

async function start(): Promise<void> {
  const notices = academyConfigErrors.map((line) => `Scoring configuration error, defaults used: ${line}`);
  // An attempt saved by an older Threshold is replayed into a record, which needs its story.
  if (Object.keys(window.localStorage).some((key) => key.startsWith('threshold.attempt'))) await loadAll();
  // The records open first (within a time limit: the menu never waits forever for the database).
  const opened = await RecordsService.open(() => openIdbAttemptStore(), {
    scenarios: loaded,
    scoringFor: scoringConfigFor,
    onWriteStatus: showWriteStatus,
    legacyStorage: window.localStorage,
    ...('locks' in navigator ? { locks: navigator.locks } : {}),
  });
  const records = opened.service;
  const menuNotices: string[] = [...opened.notices];
  const actor = (await restoredSession(notices)) ?? createActor(machine).start();
  let page: Page;
  const tell = (notice: string): void => {
    menuNotices.push(notice);
    page.refresh();
  };
  const recording = bindRecording(actor, records, (title) => tell(elsewhereNotice(title)));
  const send = (event: SessionEvent): void => {
    // One attempt in progress per scenario: starting a scenario with a recorded unfinished attempt
    // (not the session's own) resumes that attempt instead of beginning a second one.
    if (event.type === 'trainee.start') {
      const scenarioId = actor.getSnapshot().context.scenarioId;
      const recorded = scenarioId === null ? undefined : records.progress().get(scenarioId)?.inProgress;
      if (recorded && recorded.id !== recording.currentRecordId()) {
        void resumeRecord(recorded);
        return;
      }
    }
    actor.send(event);
  };

  async function resumeRecord(record: InProgressRecord): Promise<void> {
    const scenario = await ensureLoaded(record.scenario.id).catch(() => undefined);
    if (!scenario) return tell(`The attempt at '${record.scenario.title}' cannot continue: that scenario is no longer available.`);
    if (actor.getSnapshot().matches('briefing')) actor.send({ type: 'trainee.back' });
    if (!records.sameStoryVersion(record, scenario)) {
      return page.refresh(
        renderOutdatedAttempt({
          title: scenario.meta.title,
          startedAt: record.startedAt,
          onRestart: () => void restart(record),
          onBack: () => page.refresh(),
        }),
      );
    }
    if (record.id === recording.currentRecordId()) return actor.send({ type: 'trainee.resume' });
    const outcome = await recording.resume(record);
    if (outcome === 'elsewhere') tell(elsewhereNotice(scenario.meta.title));
    else if (outcome !== 'resumed') tell(`The attempt at ${scenario.meta.title} cannot be resumed (${outcome.failed}). Discard it to start again.`);
  }

  async function restart(record: InProgressRecord): Promise<void> {
    if (record.id === recording.currentRecordId()) await recording.letGo();
    if ((await records.discard(record)) === 'elsewhere') return tell(elsewhereNotice(record.scenario.title));
    await ensureLoaded(record.scenario.id);
    // A fresh attempt in place of the session's (an empty log replays to the story's start).
    actor.send({ type: 'app.attemptRestored', scenarioId: record.scenario.id, log: [] });
    actor.send({ type: 'trainee.resume' });
  }

  async function discard(record: InProgressRecord): Promise<void> {
    if (!window.confirm(`Discard your unfinished attempt at ${record.scenario.title}? It cannot be recovered.`)) return;
    if (record.id === recording.currentRecordId()) await recording.letGo();
    if ((await records.discard(record)) === 'elsewhere') return tell(elsewhereNotice(record.scenario.title));
    page.refresh();
  }

  const menu = () => {
    const progress = new Map<string, CardProgress>();
    for (const [id, entry] of records.progress()) {
      const inProgress = entry.inProgress;
      progress.set(id, {
        completed: entry.completed,
        ...(entry.best ? { best: { overall: entry.best.result.scores.overall, passed: entry.best.result.passed } } : {}),
        ...(inProgress ? { inProgress: { startedAt: inProgress.startedAt, onResume: () => void resumeRecord(inProgress), onDiscard: () => void discard(inProgress) } } : {}),
      });
    }
    const everyone = records.records();
    return {
      progress,
      notices: [...menuNotices],
      ...(records.recording
        ? {
            profile: renderProfileForm({
              ...records.profile,
              onSave: (profile) => void records.setProfile(profile).then(() => tell('Your details were saved.')),
            }),
            exports: renderExportPanel({
              counts: { everyone: everyone.length, me: everyone.filter((record) => record.trainee === records.profile.trainee).length },
              trainee: records.profile.trainee,
              onExport: (kind, who) => void exportRecords(records, kind, who),
            }),
          }
        : {}),
    };
  };

  page = createPage({
    main: main!,
    stories: catalog,
    scenario: (id) => loaded.get(id),
    open: (scenarioId) => void openScenario(scenarioId, send),
    send,
    settings: settingsPanel,
    notices,
    menu,
  });
  const history = screenHistory(screenOf(actor.getSnapshot()), (screen) => actor.send({ type: 'trainee.navigate', screen }));
  let wasMenu = false;
  const render = (): void => {
    const snapshot = actor.getSnapshot();
    if (snapshot.matches('menu') && !wasMenu) void records.reload().then((quarantined) => {
      menuNotices.push(...quarantined);
      page.refresh();
    });
    wasMenu = snapshot.matches('menu');
    // A notice is for the menu it appeared on: leaving the menu clears it.
    if (!wasMenu) menuNotices.length = 0;
    page.render(snapshot);
    history.shown(screenOf(snapshot));
  };
  // Saved after every change, so a reload returns to the same screen and line.
  actor.subscribe(() => {
    render();
    void store.save(persistSession(actor));
  });
  render();
  // Streams xAPI statements when the academy (or a cmi5 LMS) has an LRS (lrsBridge.ts).
  void connectLrsInPage(settings!, { actor, records, recording, load: ensureLoaded, open: (id) => void openScenario(id, send) });
  // For `npm run bench` (test/bench/page.ts): the menu (or the restored screen) is usable from here.
  performance.mark('threshold:menu-interactive');
}

/** Downloads the scenario's story (a progress note meanwhile), then opens its briefing. */
async function openScenario(scenarioId: string, send: (event: SessionEvent) => void): Promise<void> {
  if (!loaded.has(scenarioId)) {
    main!.replaceChildren(h('section', { className: 'screen loading', attrs: { 'aria-busy': 'true' } }, h('progress', { attrs: { 'aria-label': 'Loading the scenario' } }), h('p', { attrs: { role: 'status' } }, 'Loading the scenario…')));
  }
  try {
    await ensureLoaded(scenarioId);
  } finally {
    send({ type: 'trainee.open', scenarioId });
  }
}

/** The export file, every record's story loaded first so the CSV's `verified` column is a real replay. */
async function exportRecords(records: RecordsService, kind: ExportKind, who: ExportWho): Promise<void> {
  await loadAll();
  const trainee = who === 'me' ? records.profile.trainee : undefined;
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `threshold-${who === 'me' ? slug(records.profile.trainee) || 'me' : 'all'}-${stamp}`;
  if (kind === 'json') downloadText(`${name}.json`, records.exportJson(trainee), 'application/json');
  else downloadText(`${name}.csv`, records.exportCsv(trainee), 'text/csv');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function elsewhereNotice(title: string): string {
  return `${title} is open in another tab or window. Carry on there, or close it there first.`;
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
