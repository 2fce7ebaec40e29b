// The end of an attempt: the ending reached, the scores and every feedback item the scoring
// engine produced. The page computes nothing here; it shows the Result it is given.
import { focusableHeading, h } from './dom';

export type Competency = 'identification' | 'questioning' | 'referral';

/** The parts of the scoring engine's Result this screen shows. */
export interface DebriefResult {
  scores: Record<Competency | 'overall', number>;
  passed: boolean;
  feedback: ReadonlyArray<{
    competency: Competency;
    delta: number;
    what: string;
    why: string;
    kind: 'strength' | 'missed' | 'error';
    /** A critical decision that failed the attempt: shown first, before the competencies. */
    critical?: true;
  }>;
}

export interface DebriefProps {
  title: string;
  /** The scenario's teaching points (shown here only: before play they would give the case away). */
  teachingPoints?: readonly string[];
  ending: string;
  /** null: the scenario is unscored. */
  result: DebriefResult | null;
  onBack: () => void;
}

const COMPETENCY_LABELS: Record<Competency, string> = {
  identification: 'Victim identification',
  questioning: 'Trauma-informed questioning',
  referral: 'Referral',
};

const KIND_LABELS = { strength: 'Done well', missed: 'Missed', error: 'To do differently' } as const;

export function renderDebrief({ title, teachingPoints = [], ending, result, onBack }: DebriefProps): HTMLElement {
  return h(
    'section',
    { className: 'screen debrief', attrs: { 'aria-labelledby': 'debrief-heading' } },
    focusableHeading(1, `Debrief: ${title}`, 'debrief-heading'),
    h('p', {}, 'Ending reached: ', h('strong', {}, humanise(ending))),
    result ? renderResult(result) : h('p', {}, 'This scenario is unscored, so there is no result.'),
    ...(teachingPoints.length === 0
      ? []
      : [
          h(
            'section',
            { attrs: { 'aria-labelledby': 'teaching-heading' } },
            h('h2', { attrs: { id: 'teaching-heading' } }, 'What this scenario teaches'),
            h('ul', {}, ...teachingPoints.map((point) => h('li', {}, point))),
          ),
        ]),
    h('button', { attrs: { type: 'button' }, on: { click: onBack } }, 'Back to scenarios'),
  );
}

function renderResult(result: DebriefResult): HTMLElement {
  const competencies = Object.keys(COMPETENCY_LABELS) as Competency[];
  const critical = result.feedback.filter((item) => item.critical);
  return h(
    'div',
    {},
    h('p', { className: result.passed ? 'passed' : 'not-passed' }, result.passed ? 'Result: passed' : 'Result: not passed yet'),
    ...(critical.length === 0
      ? []
      : [
          h(
            'section',
            { attrs: { 'aria-labelledby': 'feedback-critical' } },
            h('h2', { attrs: { id: 'feedback-critical' } }, 'Critical decision'),
            h('ul', { className: 'feedback' }, ...critical.map((item) => h('li', { className: 'error' }, item.what, h('p', { className: 'why' }, item.why)))),
          ),
        ]),
    h(
      'table',
      {},
      h('caption', {}, 'Scores (0 to 100)'),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Competency'), h('th', { attrs: { scope: 'col' } }, 'Score'))),
      h(
        'tbody',
        {},
        ...competencies.map((competency) => scoreRow(COMPETENCY_LABELS[competency], result.scores[competency])),
        scoreRow('Overall', result.scores.overall),
      ),
    ),
    ...competencies.map((competency) => {
      const items = result.feedback.filter((item) => item.competency === competency);
      const headingId = `feedback-${competency}`;
      return h(
        'section',
        { attrs: { 'aria-labelledby': headingId } },
        h('h2', { attrs: { id: headingId } }, COMPETENCY_LABELS[competency]),
        items.length === 0
          ? h('p', {}, 'No feedback for this competency.')
          : h(
              'ul',
              { className: 'feedback' },
              ...items.map((item) =>
                h(
                  'li',
                  { className: item.kind },
                  h('strong', {}, `${KIND_LABELS[item.kind]}: `),
                  item.what,
                  h('p', { className: 'why' }, item.why),
                ),
              ),
            ),
      );
    }),
  );
}

function scoreRow(label: string, value: number): HTMLTableRowElement {
  return h('tr', {}, h('th', { attrs: { scope: 'row' } }, label), h('td', {}, String(value)));
}

/** `safe_referral` → `Safe referral`: ending ids are snake_case names chosen by the author. */
function humanise(id: string): string {
  const words = id.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
