// The trainer's view of a cohort, from imported attempts that verified: completion and pass rates
// per scenario, the spread of each competency's score, and what was most often missed or got
// wrong. Every count comes from the scorer's own feedback items (their taxonomy ids), so the
// results page applies no scoring rule of its own. Pure: the same attempts give the same figures.
import { indicatorsById, questionTypesById, referralsById } from '../content/taxonomy';
import type { Attempt } from '../engine/attempt';
import { COMPETENCIES, type Competency, type FeedbackItem } from '../engine/scoring/types';

export interface ScenarioRates {
  scenario: string;
  title: string;
  /** Attempts begun (in progress or finished). */
  attempts: number;
  completed: number;
  passed: number;
}

/** How many completed attempts scored in each band: 0–9, 10–19, ..., 90–100. */
export type ScoreBands = number[];

export interface Tally {
  id: string;
  label: string;
  /** Attempts in which it happened (once per attempt, however often within it). */
  attempts: number;
}

export interface CohortStats {
  rates: ScenarioRates[];
  bands: Record<Competency, ScoreBands>;
  missedIndicators: Tally[];
  harmfulQuestions: Tally[];
  wrongReferrals: Tally[];
}

export const BAND_LABELS = ['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100'];

/**
 * `attempts` must be the verified ones: a tampered attempt must not move the cohort's figures.
 * `titles` names scenarios whose attempts carry no record (an LRS's attempts, headless ones).
 */
export function cohortStats(attempts: readonly Attempt[], options: { top?: number; titles?: ReadonlyMap<string, string> } = {}): CohortStats {
  const top = options.top ?? 10;
  const rates = new Map<string, ScenarioRates>();
  const bands = Object.fromEntries(COMPETENCIES.map((competency) => [competency, BAND_LABELS.map(() => 0)])) as Record<Competency, ScoreBands>;
  const missed = new Counter();
  const harmful = new Counter();
  const wrong = new Counter();
  for (const attempt of attempts) {
    const entry = rates.get(attempt.scenario) ?? { scenario: attempt.scenario, title: attempt.record?.title ?? options.titles?.get(attempt.scenario) ?? attempt.scenario, attempts: 0, completed: 0, passed: 0 };
    entry.attempts++;
    if (attempt.ending !== null) entry.completed++;
    if (attempt.result?.passed) entry.passed++;
    rates.set(attempt.scenario, entry);
    if (!attempt.result || attempt.ending === null) continue;
    for (const competency of COMPETENCIES) bands[competency][band(attempt.result.scores[competency])]!++;
    const feedback = attempt.result.feedback;
    missed.addOnce(ids(feedback, (item) => item.competency === 'identification' && item.kind === 'missed' && indicatorsById.has(item.taxonomyId ?? '')));
    harmful.addOnce(ids(feedback, (item) => item.competency === 'questioning' && item.kind === 'error' && questionTypesById.get(item.taxonomyId ?? '')?.valence === 'harmful'));
    wrong.addOnce(ids(feedback, (item) => item.competency === 'referral' && item.kind !== 'strength' && referralsById.has(item.taxonomyId ?? '')));
  }
  return {
    rates: [...rates.values()].sort((a, b) => a.scenario.localeCompare(b.scenario)),
    bands,
    missedIndicators: missed.top(top, (id) => indicatorsById.get(id)?.label ?? id),
    harmfulQuestions: harmful.top(top, (id) => questionTypesById.get(id)?.label ?? id),
    wrongReferrals: wrong.top(top, (id) => referralsById.get(id)?.label ?? id),
  };
}

function band(score: number): number {
  return Math.min(9, Math.max(0, Math.floor(score / 10)));
}

function ids(feedback: readonly FeedbackItem[], keep: (item: FeedbackItem) => boolean): Set<string> {
  return new Set(feedback.filter(keep).map((item) => item.taxonomyId!));
}

class Counter {
  private readonly counts = new Map<string, number>();

  addOnce(ids: ReadonlySet<string>): void {
    for (const id of ids) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }

  /** The most frequent first; ties in id order, so the table is stable. */
  top(limit: number, label: (id: string) => string): Tally[] {
    return [...this.counts.entries()]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, limit)
      .map(([id, attempts]) => ({ id, label: label(id), attempts }));
  }
}

/** The cohort's figures as one CSV: a `figure` column says which table each row belongs to. */
export function cohortRows(stats: CohortStats): { fields: string[]; rows: Array<Array<string | number>> } {
  const rows: Array<Array<string | number>> = [];
  for (const rate of stats.rates) {
    rows.push(['attempts', rate.scenario, rate.title, rate.attempts]);
    rows.push(['completed', rate.scenario, rate.title, rate.completed]);
    rows.push(['passed', rate.scenario, rate.title, rate.passed]);
  }
  for (const competency of COMPETENCIES) {
    stats.bands[competency].forEach((count, band) => rows.push([`${competency} score`, BAND_LABELS[band]!, BAND_LABELS[band]!, count]));
  }
  for (const [figure, tallies] of [
    ['indicator missed', stats.missedIndicators],
    ['harmful question asked', stats.harmfulQuestions],
    ['referral wrong', stats.wrongReferrals],
  ] as const) {
    for (const tally of tallies) rows.push([figure, tally.id, tally.label, tally.attempts]);
  }
  return { fields: ['figure', 'id', 'label', 'count'], rows };
}
