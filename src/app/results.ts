// Composition root of the results page (a second entry of the same static build, for trainers):
// files chosen or dropped are read here, each attempt verified by replay against the stories this
// build carries (the same engine code as `npm run stories -- verify`), and the cohort's figures
// drawn from the verified ones. Nothing is stored and nothing is sent. Nothing imports this file.
import '../ui/styles.css';
import { stories } from 'virtual:threshold-stories';
import { MAX_INPUT_BYTES, tooLarge } from '../engine/jsonInput';
import { cohortRows, cohortStats } from '../records/cohortStats';
import { attemptsCsv, csvText } from '../records/exports';
import { checkAttemptFile, type CheckedAttempt } from '../records/importCheck';
import { moveFocusTo } from '../ui/dom';
import { downloadText } from '../ui/download';
import { renderAttemptTable, renderCohort, renderImportPanel, renderResultsPage } from '../ui/results/resultsView';
import { scoringConfigFor } from './academy';

const main = document.getElementById('main');
if (!main) throw new Error('results.html: the page needs #main');
const scenarios = new Map(stories.flatMap((result) => (result.ok ? [[result.scenario.meta.id, result.scenario] as const] : [])));
const checked: CheckedAttempt[] = [];
const importPanel = renderImportPanel({ onFiles: (files) => void importFiles(files) });

async function importFiles(files: File[]): Promise<void> {
  for (const file of files) {
    // The size is known before reading: a file over the limit is never read into memory.
    if (file.size > MAX_INPUT_BYTES) {
      checked.push({ file: file.name, position: 1, status: 'unverifiable', reason: tooLarge() });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      checked.push({ file: file.name, position: 1, status: 'unverifiable', reason: `cannot read the file (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    checked.push(...checkAttemptFile(file.name, text, file.size, { scenarios, configFor: scoringConfigFor }));
  }
  render();
  const heading = document.getElementById('attempts-heading');
  if (heading) moveFocusTo(heading);
}

function render(): void {
  const verified = checked.flatMap((entry) => (entry.status === 'verified' && entry.attempt ? [entry.attempt] : []));
  const stats = cohortStats(verified);
  main!.replaceChildren(
    renderResultsPage({
      importPanel,
      ...(checked.length > 0 ? { attempts: renderAttemptTable(checked) } : {}),
      ...(verified.length > 0
        ? {
            cohort: renderCohort({
              stats,
              onDownloadCohort: () => {
                const { fields, rows } = cohortRows(stats);
                downloadText('threshold-cohort.csv', csvText(fields, rows), 'text/csv');
              },
              onDownloadAttempts: () =>
                downloadText(
                  'threshold-attempts.csv',
                  attemptsCsv(checked.flatMap((entry) => (entry.attempt ? [{ attempt: entry.attempt, verified: entry.status === 'verified' ? 'yes' : 'no' }] : []))),
                  'text/csv',
                ),
            }),
          }
        : {}),
    }),
  );
}

render();
