// Composition root of the page: stories (compiled at build time by the Ink plugin), the engine, the
// UI and the records (IndexedDB), wired together. Nothing imports this file.
import '../ui/styles.css';
import { stories } from 'virtual:threshold-stories';
import type { Scenario } from '../content/types';
import { systemClock } from '../engine/clock';
import { Playthrough, resumingClock } from '../engine/playthrough';
import { score } from '../engine/scoring/score';
import type { InProgressRecord } from '../records/attemptRecord';
import { openIdbAttemptStore } from '../records/idbAttemptStore';
import { RecordsService, type Recorder } from '../records/recordsService';
import type { WriteStatus } from '../records/recordWriter';
import { renderBriefing } from '../ui/briefing';
import { renderDebrief } from '../ui/debrief';
import { h, moveFocusTo } from '../ui/dom';
import { downloadText } from '../ui/download';
import { renderExportPanel, type ExportKind, type ExportWho } from '../ui/exportPanel';
import { renderOutdatedAttempt } from '../ui/outdatedAttempt';
import { renderProfileForm } from '../ui/profileForm';
import { renderStoryList, type CardProgress } from '../ui/storyList';
import { createTextSizeControl } from '../ui/textSize';
import { academyConfigErrors, scoringConfigFor } from './academy';
import { runAttempt } from './attempt';

const main = document.getElementById('main');
const settings = document.getElementById('settings');
if (!main || !settings) throw new Error('index.html: the page needs #main and #settings');
const playable = new Map(stories.flatMap((result) => (result.ok ? [[result.scenario.meta.id, result.scenario] as const] : [])));

settings.append(createTextSizeControl(document.documentElement, window.localStorage));
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

/** Swaps the screen and moves focus to its first heading, so screen readers start there. */
function show(screen: HTMLElement): void {
  main!.replaceChildren(screen);
  const heading = screen.querySelector<HTMLElement>('h1');
  moveFocusTo(heading ?? main!);
  document.title = heading?.textContent ? `${heading.textContent} · Threshold` : 'Threshold';
}

let records: RecordsService;

async function showMenu(notices: readonly string[] = []): Promise<void> {
  try {
    notices = [...notices, ...(await records.reload())];
  } catch (error) {
    notices = [...notices, `Saved attempts could not be read: ${error instanceof Error ? error.message : String(error)}`];
  }
  const all = [...notices, ...academyConfigErrors.map((line) => `Scoring configuration error, defaults used: ${line}`)];
  const progress = new Map<string, CardProgress>();
  for (const [id, entry] of records.progress()) {
    const inProgress = entry.inProgress;
    progress.set(id, {
      completed: entry.completed,
      ...(entry.best ? { best: { overall: entry.best.result.scores.overall, passed: entry.best.result.passed } } : {}),
      ...(inProgress ? { inProgress: { startedAt: inProgress.startedAt, onResume: () => void resumeAttempt(inProgress), onDiscard: () => void discardAttempt(inProgress) } } : {}),
    });
  }
  const everyone = records.records();
  show(
    renderStoryList({
      stories,
      progress,
      notices: all,
      profile: records.recording
        ? renderProfileForm({
            ...records.profile,
            onSave: (profile) => void records.setProfile(profile).then(() => showMenu(['Your details were saved.'])),
          })
        : undefined,
      exports: records.recording
        ? renderExportPanel({
            counts: { everyone: everyone.length, me: everyone.filter((record) => record.trainee === records.profile.trainee).length },
            trainee: records.profile.trainee,
            onExport,
          })
        : undefined,
      onOpen: showBriefing,
    }),
  );
}

function onExport(kind: ExportKind, who: ExportWho): void {
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

function showBriefing(scenario: Scenario): void {
  show(renderBriefing({ scenario, onStart: () => void startAttempt(scenario), onBack: () => void showMenu() }));
}

async function startAttempt(scenario: Scenario): Promise<void> {
  const existing = records.progress().get(scenario.meta.id)?.inProgress;
  if (existing) {
    // One attempt in progress per scenario: carry on with it (or, if outdated, offer a restart).
    await resumeAttempt(existing);
    return;
  }
  let playthrough: Playthrough;
  try {
    playthrough = Playthrough.start(scenario, systemClock());
  } catch (error) {
    // A story that fails at run time (not at compile time) must not take the page down with it.
    await showMenu([`${scenario.meta.title} could not start: ${error instanceof Error ? error.message : String(error)}`]);
    return;
  }
  const recorder = await records.begin(scenario, playthrough.save());
  if (recorder === 'elsewhere') {
    await showMenu([elsewhereNotice(scenario.meta.title)]);
    return;
  }
  play(scenario, playthrough, recorder);
}

async function resumeAttempt(record: InProgressRecord): Promise<void> {
  const scenario = playable.get(record.scenario.id);
  if (!scenario) {
    await showMenu([`The attempt at '${record.scenario.title}' cannot continue: that scenario is no longer available.`]);
    return;
  }
  if (!records.sameStoryVersion(record, scenario)) {
    show(
      renderOutdatedAttempt({
        title: scenario.meta.title,
        startedAt: record.startedAt,
        onRestart: () => void restartOutdated(record, scenario),
        onBack: () => void showMenu(),
      }),
    );
    return;
  }
  const recorder = await records.resume(record);
  if (recorder === 'elsewhere') {
    await showMenu([elsewhereNotice(scenario.meta.title)]);
    return;
  }
  let playthrough: Playthrough;
  try {
    playthrough = Playthrough.restore(scenario, record.resume, resumingClock(record.resume.log, systemClock()));
  } catch (error) {
    recorder.leave();
    await showMenu([`The attempt at ${scenario.meta.title} cannot be resumed (${error instanceof Error ? error.message : String(error)}). Discard it to start again.`]);
    return;
  }
  play(scenario, playthrough, recorder);
}

async function restartOutdated(record: InProgressRecord, scenario: Scenario): Promise<void> {
  if ((await records.discard(record)) === 'elsewhere') {
    await showMenu([elsewhereNotice(scenario.meta.title)]);
    return;
  }
  await startAttempt(scenario);
}

async function discardAttempt(record: InProgressRecord): Promise<void> {
  if (!window.confirm(`Discard your unfinished attempt at ${record.scenario.title}? It cannot be recovered.`)) return;
  const outcome = await records.discard(record);
  await showMenu(outcome === 'elsewhere' ? [elsewhereNotice(record.scenario.title)] : []);
}

function play(scenario: Scenario, playthrough: Playthrough, recorder: Recorder): void {
  const screen = runAttempt(scenario, playthrough, {
    save: (current) => recorder.progress(current.save()),
    onComplete: (current) => showDebrief(scenario, current, recorder),
    onExit: () => {
      recorder.leave();
      void showMenu();
    },
  });
  if (playthrough.view().complete) return;
  main!.replaceChildren(screen.element);
  document.title = `${scenario.meta.title} · Threshold`;
  screen.focusTitle();
}

function showDebrief(scenario: Scenario, playthrough: Playthrough, recorder: Recorder): void {
  const view = playthrough.view();
  const result = score(scenario, playthrough.log, scoringConfigFor(scenario));
  recorder.complete(playthrough.log, view.ending ?? 'end', result);
  show(renderDebrief({ title: scenario.meta.title, ending: view.ending ?? 'end', result, onBack: () => void showMenu() }));
}

async function boot(): Promise<void> {
  const opened = await RecordsService.open(() => openIdbAttemptStore(), {
    scenarios: playable,
    scoringFor: scoringConfigFor,
    onWriteStatus: showWriteStatus,
    legacyStorage: window.localStorage,
    ...('locks' in navigator ? { locks: navigator.locks } : {}),
  });
  records = opened.service;
  await showMenu(opened.notices);
}

void boot();
