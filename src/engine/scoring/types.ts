// The shapes scoring hands to the debrief, the records layer and replay verification. Plain JSON:
// a Result is stored with its attempt and compared field by field when an academy verifies it.

export type Competency = 'identification' | 'questioning' | 'referral';

export const COMPETENCIES: readonly Competency[] = ['identification', 'questioning', 'referral'];

/**
 * strength: something the trainee did that earned points; missed: something expected that was not
 * done (points not earned); error: something done that costs points.
 */
export type FeedbackKind = 'strength' | 'missed' | 'error';

export interface FeedbackItem {
  competency: Competency;
  /**
   * Points this item moved its competency score, rounded to 2 decimals. Strengths are positive
   * (points earned), missed items and errors negative (points not earned / deducted). For every
   * competency: score = round(100 + sum of the deltas of its missed and error items).
   */
  delta: number;
  /** Index into the decision log of the event this item is about; null for a summary of many. */
  eventIndex: number | null;
  /** What the trainee did or missed, in the second person. */
  what: string;
  /** Why it matters, and what to do instead; from the taxonomy's own rationale and definitions. */
  why: string;
  taxonomyId?: string;
  kind: FeedbackKind;
  /** Set on a critical decision that failed the attempt; such items come first in the feedback. */
  critical?: true;
}

/** Whole numbers 0–100. */
export interface Scores {
  identification: number;
  questioning: number;
  referral: number;
  /** Weighted mean of the three rounded competency scores, rounded. */
  overall: number;
}

export interface Result {
  scores: Scores;
  passed: boolean;
  feedback: FeedbackItem[];
}

/** Everything an academy or a scenario may change about scoring (see docs/scoring.md). */
export interface ScoringConfig {
  /** Relative weights of the competencies in `overall`; non-negative, not all zero. */
  weights: Record<Competency, number>;
  /** `passed` needs overall >= passMark (0–100). */
  passMark: number;
  /**
   * A critical error (defaults.CRITICAL_ERRORS) sets the questioning score to 0 and the attempt is
   * not passed, whatever the other scores.
   */
  criticalErrorFailsQuestioning: boolean;
  /**
   * Referral ids (defaults.CRITICAL_DECISIONS) that, when chosen and harmful to the person in this
   * scenario, set the referral score to 0, lead the debrief and fail the attempt. Empty: none.
   */
  criticalDecisions: readonly string[];
}
