// Composition root of the results page (a second entry of the same static build, for trainers):
// files chosen or dropped are read here, each attempt verified by replay against the stories this
// build carries (the same engine code as `npm run stories -- verify`), and the cohort's figures
// drawn from the verified ones. A cohort can also be loaded from the academy's LRS (the only
// request the page makes, to the address the trainer types): its attempts are rebuilt and verified
// the same way, and the imported files are held against it. Nothing is stored. Nothing imports this file.
import '../ui/styles.css';
import { stories } from 'virtual:threshold-stories';
import { MAX_INPUT_BYTES, tooLarge } from '../engine/jsonInput';
import { cohortRows, cohortStats } from '../records/cohortStats';
import { attemptsCsv, csvText } from '../records/exports';
import { checkAttemptFile, fileSource, type CheckedAttempt } from '../records/importCheck';
import { anchorToLrs, checkLrsAttempt, cohortAttempts, loadLrsCohort, type LrsCohortRequest } from '../records/lrsCohort';
import { lrsFailureWords, readLrsForm, type LrsFormValues } from '../records/lrsCohortRequest';
import { answersWithoutCors, LrsQueryError } from '../records/xapi/lrsClient';
import { pageActivityBase } from '../records/xapi/lrsDestination';
import { moveFocusTo } from '../ui/dom';
import { downloadCsv } from '../ui/download';
import { renderLrsPanel } from '../ui/results/lrsPanel';
import { renderAttemptTable, renderCohort, renderImportPanel, renderResultsPage } from '../ui/results/resultsView';
import { academyConfig, scoringConfigFor } from './academy';
import { messageOf } from '../util/errors';

const main = document.getElementById('main');
if (!main) throw new Error('results.html: the page needs #main');
const scenarios = new Map(stories.flatMap((result) => (result.ok ? [[result.scenario.meta.id, result.scenario] as const] : [])));
const titles = new Map([...scenarios].map(([id, scenario]) => [id, scenario.meta.title]));
const context = { scenarios, configFor: scoringConfigFor };
const fromFiles: CheckedAttempt[] = [];
/** The latest load from the LRS (a new load replaces it): what was asked and what came back. */
let fromLrs: { request: LrsCohortRequest; checked: CheckedAttempt[] } | undefined;
const importPanel = renderImportPanel({ onFiles: (files) => void importFiles(files) });
// The form starts from the academy's LRS and activity base (stories/academy.config.json, `lrs`), or
// the site's own address, which is the game's activity base when the academy names none (the page
// and the game sit side by side in dist/). Not its key: the page's key should only write.
const academyLrs = academyConfig?.lrs;
const lrsPanel = renderLrsPanel({
  defaults: {
    activityBase: academyLrs?.activityBase ?? pageActivityBase(location.href),
    ...(academyLrs?.store ? { endpoint: academyLrs.store.endpoint } : {}),
  },
  scenarios: [...titles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)),
  onLoad: (values) => void loadFromLrs(values),
});

async function importFiles(files: File[]): Promise<void> {
  for (const file of files) {
    // The size is known before reading: a file over the limit is never read into memory.
    if (file.size > MAX_INPUT_BYTES) {
      fromFiles.push({ source: fileSource(file.name), status: 'unverifiable', reason: tooLarge() });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      fromFiles.push({ source: fileSource(file.name), status: 'unverifiable', reason: `cannot read the file (${messageOf(error)})` });
      continue;
    }
    fromFiles.push(...checkAttemptFile(file.name, text, file.size, context));
  }
  render();
  focusAttempts();
}

async function loadFromLrs(values: LrsFormValues): Promise<void> {
  const reading = readLrsForm(values, [...scenarios.keys()]);
  if (!reading.ok) {
    lrsPanel.say(`Cannot load yet: ${reading.problems.join('; ')}.`, 'problem');
    return;
  }
  const { request } = reading;
  lrsPanel.setBusy(true);
  lrsPanel.say('Loading statements from the LRS…', 'progress');
  try {
    const found = await loadLrsCohort(request);
    fromLrs = { request, checked: found.map((attempt) => checkLrsAttempt(attempt, request.lrs.endpoint, context)) };
    const verified = fromLrs.checked.filter((entry) => entry.status === 'verified').length;
    lrsPanel.say(`Loaded ${found.length} attempts from the LRS; ${verified} verified.`, 'done');
    render();
    focusAttempts();
  } catch (error) {
    if (!(error instanceof LrsQueryError)) {
      lrsPanel.say(`Loading from the LRS failed: ${messageOf(error)}.`, 'problem');
      throw error;
    }
    const reachable = error.failure.kind === 'unreachable' ? await answersWithoutCors(request.lrs) : undefined;
    lrsPanel.say(lrsFailureWords(error, { endpoint: request.lrs.endpoint, origin: location.origin, ...(reachable === undefined ? {} : { reachable }) }), 'problem');
  } finally {
    lrsPanel.setBusy(false);
  }
}

function focusAttempts(): void {
  const heading = document.getElementById('attempts-heading');
  if (heading) moveFocusTo(heading);
}

function render(): void {
  const checked = fromLrs ? [...anchorToLrs(fromFiles, fromLrs.checked, fromLrs.request), ...fromLrs.checked] : fromFiles;
  const counted = cohortAttempts(checked);
  const stats = cohortStats(counted, { titles });
  main!.replaceChildren(
    renderResultsPage({
      importPanel,
      lrsPanel: lrsPanel.element,
      ...(checked.length > 0 ? { attempts: renderAttemptTable(checked, titles) } : {}),
      ...(counted.length > 0
        ? {
            cohort: renderCohort({
              stats,
              onDownloadCohort: () => {
                const { fields, rows } = cohortRows(stats);
                downloadCsv('threshold-cohort.csv', csvText(fields, rows));
              },
              onDownloadAttempts: () =>
                downloadCsv(
                  'threshold-attempts.csv',
                  attemptsCsv(checked.flatMap((entry) => (entry.attempt ? [{ attempt: entry.attempt, verified: entry.status === 'verified' ? 'yes' : 'no' }] : []))),
                ),
            }),
          }
        : {}),
    }),
  );
}

render();
