// The end of an attempt: the outcome, the three competency scores as a chart (with the same numbers
// in a table for screen readers), pass or not, the feedback grouped as done well / missed / to do
// differently with each item linked to its moment in the attempt, and a timeline of the attempt.
// The page computes nothing here; it shows the Result and the timeline it is given.
import { focusableHeading, h, moveFocusTo } from './dom';
import { readableTitle } from '../util/words';

export type Competency = 'identification' | 'questioning' | 'referral';
export type FeedbackKind = 'strength' | 'missed' | 'error';

/** The parts of the scoring engine's Result this screen shows. */
export interface DebriefResult {
  scores: Record<Competency | 'overall', number>;
  passed: boolean;
  feedback: ReadonlyArray<{
    competency: Competency;
    delta: number;
    what: string;
    why: string;
    kind: FeedbackKind;
    eventIndex: number | null;
    /** A critical decision that failed the attempt: shown first, before the groups. */
    critical?: true;
  }>;
}

/** One logged event of the attempt, in words, with the interview's distress after it. */
export interface TimelineEntry {
  /** Index into the decision log (what feedback items' eventIndex points at). */
  index: number;
  /** Milliseconds since the attempt started. */
  at: number;
  kind: 'said' | 'inspected' | 'seen' | 'phase' | 'flag' | 'decision' | 'pause' | 'ending';
  text: string;
  /** 0–10. */
  distress: number;
}

export interface DebriefProps {
  title: string;
  /** The scenario's teaching points (shown here only: before play they would give the case away). */
  teachingPoints?: readonly string[];
  ending: string;
  /** null: the scenario is unscored. */
  result: DebriefResult | null;
  /** The pass mark of the overall score (drawn on the chart). */
  passMark?: number;
  timeline: readonly TimelineEntry[];
  onReplay: () => void;
  onBack: () => void;
}

const COMPETENCY_LABELS: Record<Competency, string> = {
  identification: 'Victim identification',
  questioning: 'Trauma-informed questioning',
  referral: 'Referral',
};

const GROUPS: ReadonlyArray<{ kind: FeedbackKind; heading: string }> = [
  { kind: 'strength', heading: 'Done well' },
  { kind: 'missed', heading: 'Missed' },
  { kind: 'error', heading: 'To do differently' },
];

const KIND_WORDS: Record<TimelineEntry['kind'], string> = {
  said: 'You',
  inspected: 'You looked',
  seen: 'Seen',
  phase: 'Phase',
  flag: 'Notebook',
  decision: 'Decision',
  pause: 'Pause',
  ending: 'Ending',
};

export function renderDebrief(props: DebriefProps): HTMLElement {
  const review = createReview(props.timeline);
  return h(
    'section',
    { className: 'screen debrief', attrs: { 'aria-labelledby': 'debrief-heading' } },
    focusableHeading(1, `Debrief: ${props.title}`, 'debrief-heading'),
    h('p', {}, 'Outcome: ', h('strong', {}, readableTitle(props.ending))),
    props.result ? renderResult(props.result, props.passMark, review.open) : h('p', {}, 'This scenario is unscored, so there is no result.'),
    ...(props.teachingPoints && props.teachingPoints.length > 0
      ? [
          h(
            'section',
            { attrs: { 'aria-labelledby': 'teaching-heading' } },
            h('h2', { attrs: { id: 'teaching-heading' } }, 'What this scenario teaches'),
            h('ul', {}, ...props.teachingPoints.map((point) => h('li', {}, point))),
          ),
        ]
      : []),
    renderTimeline(props.timeline, review.open),
    h(
      'div',
      { className: 'actions' },
      h('button', { attrs: { type: 'button' }, on: { click: props.onReplay } }, 'Play this scenario again'),
      h('button', { attrs: { type: 'button' }, on: { click: props.onBack } }, 'Back to scenarios'),
    ),
    review.element,
  );
}

function renderResult(result: DebriefResult, passMark: number | undefined, openReview: (index: number, opener: HTMLElement) => void): HTMLElement {
  const competencies = Object.keys(COMPETENCY_LABELS) as Competency[];
  const critical = result.feedback.filter((item) => item.critical);
  const rows: Array<[string, number]> = [...competencies.map((c): [string, number] => [COMPETENCY_LABELS[c], result.scores[c]]), ['Overall', result.scores.overall]];
  return h(
    'div',
    {},
    h('p', { className: result.passed ? 'result passed' : 'result not-passed' }, result.passed ? 'Result: passed' : 'Result: not passed yet'),
    critical.length === 0
      ? null
      : h(
          'section',
          { className: 'feedback-group critical', attrs: { 'aria-labelledby': 'feedback-critical' } },
          h('h2', { attrs: { id: 'feedback-critical' } }, 'Critical decision'),
          h('ul', { className: 'feedback' }, ...critical.map((item) => feedbackItem(item, openReview))),
        ),
    h(
      'div',
      { className: 'score-summary' },
      scoreChart(rows, passMark),
      h(
        'table',
        {},
        h('caption', {}, 'Scores (0 to 100)'),
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Competency'), h('th', { attrs: { scope: 'col' } }, 'Score'))),
        h('tbody', {}, ...rows.map(([label, value]) => scoreRow(label, value)), passMark === undefined ? null : scoreRow('Pass mark (overall)', passMark)),
      ),
    ),
    ...GROUPS.map(({ kind, heading }) => {
      const items = result.feedback.filter((item) => item.kind === kind);
      const headingId = `feedback-${kind}`;
      return h(
        'section',
        { className: `feedback-group ${kind}`, attrs: { 'aria-labelledby': headingId } },
        h('h2', { attrs: { id: headingId } }, `${heading} (${items.length})`),
        items.length === 0
          ? h('p', {}, 'Nothing here.')
          : h(
              'ul',
              { className: 'feedback' },
              ...items.map((item) => feedbackItem(item, openReview)),
            ),
      );
    }),
  );
}

function feedbackItem(item: DebriefResult['feedback'][number], openReview: (index: number, opener: HTMLElement) => void): HTMLLIElement {
  const eventIndex = item.eventIndex;
  const link = eventIndex === null ? null : h('button', { className: 'link-button', attrs: { type: 'button' } }, 'Show this moment');
  if (link && eventIndex !== null) link.addEventListener('click', () => openReview(eventIndex, link));
  return h(
    'li',
    { className: item.critical ? 'error' : undefined },
    h('span', { className: 'competency' }, `${COMPETENCY_LABELS[item.competency]}: `),
    item.what,
    ' ',
    link,
    h('p', { className: 'why' }, item.why),
  );
}

/** Horizontal bars drawn with SVG; hidden from screen readers, who get the table beside it. */
function scoreChart(rows: ReadonlyArray<[string, number]>, passMark: number | undefined): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const rowHeight = 34;
  const labelWidth = 230;
  const barWidth = 300;
  const height = rows.length * rowHeight + 24;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${labelWidth + barWidth + 50} ${height}`);
  svg.setAttribute('class', 'score-chart');
  svg.setAttribute('aria-hidden', 'true');
  const add = (tag: string, attrs: Record<string, string | number>, text?: string): void => {
    const element = document.createElementNS(ns, tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
    if (text !== undefined) element.textContent = text;
    svg.appendChild(element);
  };
  rows.forEach(([label, value], i) => {
    const y = i * rowHeight + 8;
    add('text', { x: labelWidth - 8, y: y + 18, 'text-anchor': 'end', class: 'chart-label' }, label);
    add('rect', { x: labelWidth, y, width: barWidth, height: 22, class: 'chart-track' });
    add('rect', { x: labelWidth, y, width: (barWidth * Math.max(0, Math.min(100, value))) / 100, height: 22, class: i === rows.length - 1 ? 'chart-bar overall' : 'chart-bar' });
    add('text', { x: labelWidth + barWidth + 6, y: y + 17, class: 'chart-value' }, String(value));
  });
  if (passMark !== undefined) {
    const x = labelWidth + (barWidth * passMark) / 100;
    add('line', { x1: x, x2: x, y1: 2, y2: height - 14, class: 'chart-pass' });
    add('text', { x, y: height - 2, 'text-anchor': 'middle', class: 'chart-label' }, `pass ${passMark}`);
  }
  return svg;
}

function renderTimeline(timeline: readonly TimelineEntry[], openReview: (index: number, opener: HTMLElement) => void): HTMLElement {
  const shown = timeline.filter((entry) => entry.kind !== 'seen');
  const open = h('button', { attrs: { type: 'button' } }, 'Review the whole attempt');
  open.addEventListener('click', () => openReview(timeline[0]?.index ?? 0, open));
  return h(
    'section',
    { className: 'timeline', attrs: { 'aria-labelledby': 'timeline-heading' } },
    h('h2', { attrs: { id: 'timeline-heading' } }, 'Timeline of the attempt'),
    h(
      'ol',
      {},
      ...shown.map((entry) =>
        h(
          'li',
          { className: `timeline-${entry.kind}` },
          h('span', { className: 'time' }, clockTime(entry.at)),
          ' ',
          h('span', { className: 'kind' }, `${KIND_WORDS[entry.kind]}: `),
          entry.text,
          ' ',
          h('span', { className: 'distress', attrs: { title: 'Distress after this moment, 0 to 10' } }, `distress ${entry.distress}/10`),
          h('span', { className: 'distress-bar', attrs: { 'aria-hidden': 'true', style: `--distress: ${entry.distress}` } }),
        ),
      ),
    ),
    open,
  );
}

/** A read-only review of the attempt in a modal dialog, opened at one event. */
function createReview(timeline: readonly TimelineEntry[]): { element: HTMLDialogElement; open: (index: number, opener: HTMLElement) => void } {
  let opener: HTMLElement | null = null;
  const items = new Map<number, HTMLLIElement>();
  const list = h(
    'ol',
    { className: 'review-list' },
    ...timeline.map((entry) => {
      const item = h('li', { attrs: { tabindex: -1 } }, h('span', { className: 'kind' }, `${KIND_WORDS[entry.kind]}: `), entry.text);
      items.set(entry.index, item);
      return item;
    }),
  );
  const element: HTMLDialogElement = h(
    'dialog',
    { className: 'review', attrs: { 'aria-labelledby': 'review-heading' } },
    h('h2', { attrs: { id: 'review-heading' } }, 'Review of the attempt'),
    h('p', {}, 'Read only: what was said, seen and decided, in order. The highlighted line is the moment the feedback refers to.'),
    list,
    h('button', { attrs: { type: 'button' }, on: { click: () => element.close() } }, 'Close review'),
  );
  element.addEventListener('close', () => opener?.focus());
  return {
    element,
    open(index, from) {
      opener = from;
      for (const item of items.values()) item.removeAttribute('aria-current');
      // The event itself, or the nearest logged moment before it (feedback may point at an event the review does not list).
      const target = items.get(index) ?? [...items.entries()].filter(([i]) => i <= index).pop()?.[1] ?? list.firstElementChild;
      element.showModal();
      if (target instanceof HTMLElement) {
        target.setAttribute('aria-current', 'true');
        moveFocusTo(target);
      }
    },
  };
}

function scoreRow(label: string, value: number): HTMLTableRowElement {
  return h('tr', {}, h('th', { attrs: { scope: 'row' } }, label), h('td', {}, String(value)));
}

function clockTime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

