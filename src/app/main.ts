// Composition root of the page: create the tab's actor system (back on this tab's saved screen
// after a reload: ./tabRestore.ts), subscribe, and draw the screen for each state. The flow lives in the session and attempt
// machines (src/engine/machines); the page only renders their snapshots and sends trainee events.
// Stories come from the catalog (summaries only): a story's JSON is downloaded when it is opened
// (or, after a reload, before the saved session is restored), and the game's Phaser and sound
// after its first choice is on screen. Every attempt is also recorded in IndexedDB (src/records,
// bound in ./recording.ts), which the menu shows and exports. Nothing imports this file.
import '../ui/styles.css';
import { catalog, loaders } from 'virtual:threshold-catalog';
import type { Scenario } from '../content/types';
import { replayingClock, systemClock } from '../engine/clock';
import { screenOf, sessionMachineFor, type SessionEvent } from '../engine/machines/sessionMachine';
import { resumingClock } from '../engine/playthrough';
import { persistSession } from '../engine/sessionPersistence';
import type { InProgressRecord } from '../records/attemptRecord';
import { openIdbAttemptStore } from '../records/idbAttemptStore';
import { legacySaveKeys } from '../records/legacyImport';
import { RecordsService } from '../records/recordsService';
import type { WriteStatus } from '../records/recordWriter';
import { SHARED_SESSION_KEY, tabSessionStore } from '../records/sessionStore';
import { h, prefersReducedMotion } from '../ui/dom';
import { downloadCsv, downloadText } from '../ui/download';
import { renderExportPanel, type ExportKind, type ExportWho } from '../ui/exportPanel';
import { renderOutdatedAttempt } from '../ui/outdatedAttempt';
import { renderProfileForm } from '../ui/profileForm';
import { createSettingsPanel } from '../ui/settings';
import type { CardProgress } from '../ui/storyList';
import { createTextSizeControl } from '../ui/textSize';
import { academyConfigErrors, scoringConfigFor } from './academy';
import { screenHistory } from './history';
import { connectLmsInPage } from './lmsBridge';
import { connectLrsInPage } from './lrsBridge';
import { leaveGuard } from './leaveGuard';
import { createPage, type Page } from './page';
import { bindRecording, elsewhereNotice, scenarioToEnter } from './recording';
import { pageLocalStorage, pageSessionStorage } from './pageStorage';
import { restoreTab } from './tabRestore';

const main = document.getElementById('main');
const settings = document.getElementById('settings');
if (!main || !settings) throw new Error('index.html: the page needs #main and #settings');
const settingsPanel = createSettingsPanel(document.documentElement, pageLocalStorage, prefersReducedMotion);
settings.append(createTextSizeControl(document.documentElement, pageLocalStorage), settingsPanel.element);
// Where the trainee hears about storage trouble on every screen (a polite live region).
const storageStatus = h('p', { className: 'storage-status', attrs: { role: 'status', 'aria-live': 'polite' } });
settings.before(storageStatus);
const guard = leaveGuard(window);

function showWriteStatus(status: WriteStatus): void {
  guard.set('unwritten progress', status.kind !== 'saved');
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
const tabSession = tabSessionStore(pageSessionStorage);

async function start(): Promise<void> {
  // A broken academy file is ignored whole (academy.ts): default scoring, and no LRS from it.
  const notices = academyConfigErrors.map((line) => `Academy configuration error, so the default scoring is used and no LRS is set from that file: ${line}`);
  // An attempt saved by an older Threshold is replayed into a record, which needs its story.
  if (legacySaveKeys(pageLocalStorage).length > 0) await loadAll();
  // The records open first (within a time limit: the menu never waits forever for the database).
  const opened = await RecordsService.open(() => openIdbAttemptStore(), {
    scenarios: loaded,
    scoringFor: scoringConfigFor,
    onWriteStatus: showWriteStatus,
    legacyStorage: pageLocalStorage,
    ...('locks' in navigator ? { locks: navigator.locks } : {}),
  });
  const records = opened.service;
  const menuNotices: string[] = [...opened.notices];
  // The one shared session of pages before per-tab sessions: its attempt is in the records.
  pageLocalStorage.removeItem(SHARED_SESSION_KEY);
  const restored = await restoreTab(tabSession.load(), { machine, records, load: ensureLoaded });
  notices.push(...restored.notices);
  const actor = restored.actor;
  let page: Page;
  const tell = (notice: string): void => {
    menuNotices.push(notice);
    page.refresh();
  };
  const recording = bindRecording(actor, records, restored.binding);
  // Every way into play (Start, Resume, the browser's Forward) goes through the records first.
  // 'deferred' when the event waits for the records (the browser history shows its answer later).
  const send = (event: SessionEvent): 'now' | 'deferred' => {
    const entry = scenarioToEnter(actor.getSnapshot(), event);
    if (entry) {
      void enterScenario(entry.scenarioId, entry.startNew);
      return 'deferred';
    }
    actor.send(event);
    return 'now';
  };

  async function enterScenario(scenarioId: string, startNew: boolean): Promise<void> {
    const scenario = await ensureLoaded(scenarioId).catch(() => undefined);
    const toMenu = (): void => {
      if (actor.getSnapshot().matches('briefing')) actor.send({ type: 'trainee.back' });
    };
    if (!scenario) return (toMenu(), tell(`'${scenarioId}' cannot be played: that scenario is no longer available.`));
    const title = scenario.meta.title;
    const outcome = await recording.enter(scenario, startNew);
    if (outcome.kind === 'playing' || outcome.kind === 'busy') return;
    toMenu();
    if (outcome.kind === 'elsewhere') return tell(elsewhereNotice(title));
    if (outcome.kind === 'gone') return tell(`The attempt at ${title} is no longer in progress: it was finished or discarded in another tab.`);
    if (outcome.kind === 'failed') return tell(`The attempt at ${title} cannot be resumed (${outcome.reason}). Discard it to start again.`);
    const record = outcome.record;
    page.refresh(renderOutdatedAttempt({ title, startedAt: record.startedAt, onRestart: () => void restart(record), onBack: () => page.refresh() }));
  }

  async function restart(record: InProgressRecord): Promise<void> {
    if ((await records.discard(record)) === 'elsewhere') return tell(elsewhereNotice(record.scenario.title));
    await enterScenario(record.scenario.id, true);
  }

  async function discard(record: InProgressRecord): Promise<void> {
    if (!window.confirm(`Discard your unfinished attempt at ${record.scenario.title}? It cannot be recovered.`)) return;
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
        ...(inProgress ? { inProgress: { startedAt: inProgress.startedAt, onResume: () => void enterScenario(inProgress.scenario.id, false), onDiscard: () => void discard(inProgress) } } : {}),
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
  const history = screenHistory(screenOf(actor.getSnapshot()), (screen) => send({ type: 'trainee.navigate', screen }));
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
  // Saved after every change, so a reload returns to the same screen (and, from the record, line).
  actor.subscribe(() => {
    render();
    guard.set('unrecorded attempt', !records.recording && ['play', 'outcome', 'debrief'].includes(screenOf(actor.getSnapshot())));
    tabSession.save(persistSession(actor), recording.current());
  });
  render();
  // Streams xAPI statements when the academy (or a cmi5 LMS) has an LRS (lrsBridge.ts).
  void connectLrsInPage(settings!, { actor, records, recording, load: ensureLoaded, open: (id) => void openScenario(id, send) });
  // Launched by a SCORM package: the LMS's scenario opens, resumes and is reported (lmsBridge.ts).
  await connectLmsInPage(storageStatus, { actor, load: ensureLoaded, open: (id) => void openScenario(id, send), holdAttempt: (id) => records.keepForPage(id), scoringFor: scoringConfigFor });
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
  else downloadCsv(`${name}.csv`, records.exportCsv(trainee));
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

void start();
