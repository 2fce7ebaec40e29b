// The trainer's results page: import exports (file picker or drag and drop), see every attempt
// marked verified / tampered / unverifiable with the reason, and the cohort's figures as charts
// with data tables. Renders what it is given; the page (src/app/results.ts) reads and verifies.
import type { AttemptSource, CheckedAttempt } from '../../records/importCheck';
import type { CohortStats, ScenarioRates, Tally } from '../../records/cohortStats';
import { BAND_LABELS } from '../../records/cohortStats';
import { focusableHeading, h } from '../dom';
import { chartWithTable } from './barChart';

export interface ImportPanelProps {
  onFiles: (files: File[]) => void;
}

/** A file picker that also accepts files dropped on it (the picker alone is the keyboard path). */
export function renderImportPanel(props: ImportPanelProps): HTMLElement {
  const input = h('input', {
    attrs: { type: 'file', id: 'import-files', accept: '.json,application/json', multiple: true },
    on: {
      change: () => {
        props.onFiles([...(input.files ?? [])]);
        input.value = '';
      },
    },
  });
  const zone = h(
    'section',
    { className: 'drop-zone', attrs: { 'aria-labelledby': 'import-heading' } },
    h('h2', { attrs: { id: 'import-heading' } }, 'Import exports'),
    h('p', {}, 'Choose the JSON exports trainees saved from the menu, or drop them here. Files are read in this browser only.'),
    h('label', { attrs: { for: 'import-files' } }, 'JSON exports'),
    ' ',
    input,
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    props.onFiles([...(event.dataTransfer?.files ?? [])]);
  });
  return zone;
}

const STATUS_TEXT: Record<CheckedAttempt['status'], string> = {
  verified: 'Verified',
  tampered: 'Tampered: does not match its own log or story',
  unverifiable: 'Cannot be verified here',
  disagrees: 'Disagrees with the LRS',
};

/** Where the attempt came from, as the table's first column says it. */
function sourceText(source: AttemptSource): string {
  return source.kind === 'file' ? `${source.file} #${source.position}` : `LRS ${new URL(source.endpoint).host}, registration ${source.registration}`;
}

export function renderAttemptTable(checked: readonly CheckedAttempt[], titles: ReadonlyMap<string, string> = new Map()): HTMLElement {
  const counts = { verified: 0, tampered: 0, unverifiable: 0, disagrees: 0 };
  for (const entry of checked) counts[entry.status]++;
  const fromLrs = checked.filter((entry) => entry.source.kind === 'lrs').length;
  const summary = [
    `${checked.length} attempts: ${counts.verified} verified, ${counts.tampered} tampered, ${counts.unverifiable} cannot be verified`,
    ...(fromLrs > 0 ? [`, ${counts.disagrees} disagree with the LRS (${fromLrs} loaded from the LRS)`] : []),
    '. Only verified attempts count below, each once.',
  ].join('');
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'attempts-heading' } },
    h('h2', { attrs: { id: 'attempts-heading' } }, 'Attempts'),
    h('p', { attrs: { role: 'status' } }, summary),
    h(
      'table',
      { className: 'data-table attempts' },
      h('caption', {}, 'Imported attempts and their verification'),
      h(
        'thead',
        {},
        h('tr', {}, ...['Source', 'Trainee', 'Cohort', 'Scenario', 'Ended', 'Overall', 'Passed', 'Verification'].map((text) => h('th', { attrs: { scope: 'col' } }, text))),
      ),
      h(
        'tbody',
        {},
        ...checked.map((entry) => {
          const attempt = entry.attempt;
          const record = attempt?.record;
          return h(
            'tr',
            { className: `status-${entry.status}` },
            h('td', {}, sourceText(entry.source)),
            h('td', {}, record?.trainee ?? (entry.source.kind === 'lrs' ? entry.source.actor : '')),
            h('td', {}, record?.cohort ?? ''),
            h('td', {}, record?.title ?? (attempt ? (titles.get(attempt.scenario) ?? attempt.scenario) : '')),
            h('td', {}, record?.endedAt ? new Date(record.endedAt).toLocaleString() : attempt ? 'in progress' : ''),
            h('td', {}, attempt?.result ? String(attempt.result.scores.overall) : ''),
            h('td', {}, attempt?.result ? (attempt.result.passed ? 'yes' : 'no') : ''),
            h(
              'td',
              {},
              h('strong', { className: 'verdict' }, STATUS_TEXT[entry.status]),
              entry.reason ? h('span', { className: 'verdict-reason' }, ` (${entry.reason})`) : null,
              entry.confirmedByLrs ? h('span', { className: 'verdict-reason' }, ' (the same as the LRS holds: counted once)') : null,
            ),
          );
        }),
      ),
    ),
  );
}

export interface CohortViewProps {
  stats: CohortStats;
  onDownloadCohort: () => void;
  onDownloadAttempts: () => void;
}

export function renderCohort(props: CohortViewProps): HTMLElement {
  const { stats } = props;
  const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));
  // A rate per scenario as a percentage: `ratio` gives the part and the whole it is a share of.
  const rateChart = (title: string, header: string, ratio: (rate: ScenarioRates) => [part: number, whole: number]) =>
    chartWithTable({
      title,
      labelHeader: 'Scenario',
      valueHeader: header,
      format: (value) => `${value}%`,
      data: { labels: stats.rates.map((rate) => rate.title), values: stats.rates.map((rate) => percent(...ratio(rate))) },
    });
  const tallyChart = (title: string, header: string, tallies: readonly Tally[]) =>
    tallies.length === 0
      ? h('p', {}, `${title}: none in these attempts.`)
      : chartWithTable({ title, labelHeader: header, valueHeader: 'Attempts', horizontal: true, data: { labels: tallies.map((t) => t.label), values: tallies.map((t) => t.attempts) } });
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'cohort-heading' } },
    h('h2', { attrs: { id: 'cohort-heading' } }, 'Cohort'),
    h(
      'div',
      { className: 'actions' },
      h('button', { attrs: { type: 'button' }, on: { click: props.onDownloadCohort } }, 'Download cohort figures (CSV)'),
      h('button', { attrs: { type: 'button' }, on: { click: props.onDownloadAttempts } }, 'Download attempts (CSV)'),
    ),
    h('h3', {}, 'Completion and pass rates per scenario'),
    rateChart('Completion rate per scenario', 'Completed', (rate) => [rate.completed, rate.attempts]),
    rateChart('Pass rate per scenario (of completed attempts)', 'Passed', (rate) => [rate.passed, rate.completed]),
    h('h3', {}, 'Score distribution per competency'),
    ...Object.entries(stats.bands).map(([competency, bands]) =>
      chartWithTable({
        title: `${competency[0]!.toUpperCase()}${competency.slice(1)}: completed attempts per score band`,
        labelHeader: 'Score',
        valueHeader: 'Attempts',
        data: { labels: BAND_LABELS, values: bands },
      }),
    ),
    h('h3', {}, 'Most often missed or wrong'),
    tallyChart('Indicators most often missed', 'Indicator', stats.missedIndicators),
    tallyChart('Harmful questions most often asked', 'Question type', stats.harmfulQuestions),
    tallyChart('Referrals most often wrong (missed, unnecessary or harmful)', 'Referral', stats.wrongReferrals),
  );
}

export function renderResultsPage(children: { importPanel: HTMLElement; lrsPanel?: HTMLElement; attempts?: HTMLElement; cohort?: HTMLElement; notice?: string }): HTMLElement {
  return h(
    'section',
    { className: 'screen results', attrs: { 'aria-labelledby': 'results-heading' } },
    focusableHeading(1, 'Results', 'results-heading'),
    h('p', {}, "For trainers: every imported attempt, and every attempt loaded from the academy's LRS, is replayed through its story and rescored; an attempt whose log, result or details were edited is marked."),
    children.notice ? h('p', { className: 'notice', attrs: { role: 'alert' } }, children.notice) : null,
    children.importPanel,
    children.lrsPanel ?? null,
    children.attempts ?? null,
    children.cohort ?? null,
  );
}
