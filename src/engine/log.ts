// The decision log: the append-only record of one attempt and the source of truth for scoring,
// resume and replay verification. Events are plain JSON so a log survives IndexedDB, files and
// LMS transport unchanged. `at` is milliseconds since the attempt started, from an injected clock
// (headless play uses a deterministic one, so the same seed gives the same log byte for byte).
import type { ChoiceTags, DecisionKind } from '../content/types';

export type DecisionEvent =
  /** The trainee picked a choice. `turn` counts the choices made before it (the first is turn 0);
   *  `index` is its position among the choices offered then. */
  | { type: 'story.choice'; at: number; turn: number; index: number; text: string; tags: ChoiceTags }
  /** The story showed a line tagged with an indicator (an observation, recorded for scoring). */
  | { type: 'story.indicatorShown'; at: number; indicator: string; line: string }
  /** The story moved the interview to a phase (a line tagged `phase`). Scoring needs it to tell
   *  specific questions asked before any free account from those asked after it. */
  | { type: 'story.phaseEntered'; at: number; phase: string }
  /** The person answered an offer of services (a line tagged `agrees` or `declines`). Scoring reads
   *  the answers given before the referral form: an adult's "no" is respected, and a service that
   *  needs their agreement is required only once they agree. */
  | { type: 'story.consentAnswered'; at: number; answer: ConsentAnswer; referrals: string[] }
  /** The story asked for a form (a `decide` line). */
  | { type: 'story.decisionRequested'; at: number; decision: DecisionKind }
  /** The story reached an ending. */
  | { type: 'story.ended'; at: number; ending: string }
  | { type: 'notebook.flagged'; at: number; indicator: string }
  | { type: 'notebook.unflagged'; at: number; indicator: string }
  | { type: 'form.determination'; at: number; determination: string }
  | { type: 'form.referrals'; at: number; referrals: string[] }
  | { type: 'session.paused'; at: number }
  | { type: 'session.resumed'; at: number };

export type DecisionEventType = DecisionEvent['type'];

export type ConsentAnswer = 'agrees' | 'declines';

/**
 * The person's latest answer for each referral, from the answers logged before `beforeIndex` (the
 * referral form being scored); later answers replace earlier ones.
 */
export function consentAnswers(log: DecisionLog, beforeIndex = log.length): Map<string, ConsentAnswer> {
  const answers = new Map<string, ConsentAnswer>();
  for (let i = 0; i < beforeIndex && i < log.length; i++) {
    const event = log[i];
    if (event?.type === 'story.consentAnswered') for (const id of event.referrals) answers.set(id, event.answer);
  }
  return answers;
}

/** A read-only view of a log; the only way to add is `appendEvents`, so nothing rewrites history. */
export type DecisionLog = readonly DecisionEvent[];

/** Appends events in order, refusing one that is earlier than the event before it. */
export function appendEvents(log: DecisionLog, events: readonly DecisionEvent[]): DecisionLog {
  let last = log[log.length - 1];
  for (const event of events) {
    if (last && event.at < last.at) {
      throw new Error(`decision log: event '${event.type}' at ${event.at} ms is earlier than the previous event (${last.at} ms)`);
    }
    last = event;
  }
  return events.length === 0 ? log : log.concat(events);
}

/** The indicators flagged at the end of the log (flags can be withdrawn). */
export function flaggedIndicators(log: DecisionLog): string[] {
  const flagged = new Set<string>();
  for (const event of log) {
    if (event.type === 'notebook.flagged') flagged.add(event.indicator);
    else if (event.type === 'notebook.unflagged') flagged.delete(event.indicator);
  }
  return [...flagged];
}

/** Every indicator the story showed, in order of first appearance. */
export function shownIndicators(log: DecisionLog): string[] {
  const shown = new Set<string>();
  for (const event of log) if (event.type === 'story.indicatorShown') shown.add(event.indicator);
  return [...shown];
}

/** The last determination submitted, if any (a trainee may revise before the story moves on). */
export function submittedDetermination(log: DecisionLog): string | undefined {
  let answer: string | undefined;
  for (const event of log) if (event.type === 'form.determination') answer = event.determination;
  return answer;
}

export function submittedReferrals(log: DecisionLog): string[] | undefined {
  let answer: string[] | undefined;
  for (const event of log) if (event.type === 'form.referrals') answer = event.referrals;
  return answer;
}
