// How items become a competency score. A competency is a set of parts, each worth some points.
// Strengths and missed items share out a part's points; errors deduct from it. A part never goes
// below zero: an error that would take it there is trimmed to what is left, so the deltas the
// trainee reads always add up to the score (score = 100 + sum of missed and error deltas).
import type { Competency, FeedbackItem, FeedbackKind } from './types';

export interface DraftItem {
  kind: FeedbackKind;
  delta: number;
  eventIndex: number | null;
  what: string;
  why: string;
  taxonomyId?: string;
}

export interface Part {
  /** Points this part is worth (before scaling). */
  max: number;
  items: DraftItem[];
}

export interface SettledCompetency {
  /** Exact (unrounded) score, 0–100. */
  exact: number;
  items: FeedbackItem[];
}

/** Scales parts so their maxima add up to 100; deltas scale with them, so costs keep their proportion. */
export function scaleToHundred(parts: readonly Part[]): Part[] {
  const total = parts.reduce((sum, part) => sum + part.max, 0);
  if (total <= 0) return [];
  const factor = 100 / total;
  return parts.map((part) => ({
    max: part.max * factor,
    items: part.items.map((item) => ({ ...item, delta: item.delta * factor })),
  }));
}

export function settle(competency: Competency, parts: readonly Part[]): SettledCompetency {
  const items: FeedbackItem[] = [];
  let exact = 0;
  for (const part of parts) {
    // Missed items only withhold credit the part's strengths did not take, so they always apply in
    // full; errors come off what is left, in log order, and the last ones are trimmed at zero.
    let remaining = part.items.reduce((sum, item) => (item.kind === 'missed' ? sum + item.delta : sum), part.max);
    for (const item of part.items) {
      let delta = item.delta;
      if (item.kind === 'error') {
        delta = Math.max(delta, -Math.max(0, remaining));
        remaining += delta;
      }
      items.push(toFeedback(competency, item, delta));
    }
    exact += Math.max(0, remaining);
  }
  return { exact: clampScore(exact), items };
}

/** Appends a deduction of everything that is left (a critical error failing the competency). */
export function zeroOut(settled: SettledCompetency, item: Omit<DraftItem, 'delta' | 'kind'>, competency: Competency): SettledCompetency {
  return {
    exact: 0,
    items: [...settled.items, toFeedback(competency, { ...item, kind: 'error', delta: 0 }, -settled.exact)],
  };
}

export function roundDelta(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function clampScore(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function toFeedback(competency: Competency, item: DraftItem, delta: number): FeedbackItem {
  const feedback: FeedbackItem = {
    competency,
    delta: roundDelta(delta),
    eventIndex: item.eventIndex,
    what: item.what,
    why: item.why,
    kind: item.kind,
  };
  if (item.taxonomyId !== undefined) feedback.taxonomyId = item.taxonomyId;
  return feedback;
}
