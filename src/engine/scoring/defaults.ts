// Every number scoring uses, in one place. Academies change weights, pass mark and the critical-error
// rule (stories/academy.config.json); scenarios change weights and pass mark (header tags). The
// point tables below are the rules themselves: docs/scoring.md explains each one and why.
import type { ScoringConfig } from './types';

/**
 * Referral and disposition decisions that fail the attempt when they harm the person in the
 * scenario (domain §5.3–5.4): handing a potential victim back to a suspected controller, punishing
 * them for an offence they were compelled to commit (arrest, immigration detention, deportation),
 * returning a child home before child protection has assessed the family, and mediating with the
 * family of a child facing forced marriage. Taken on the referral form or by an in-story choice
 * tagged `critical: <id>`, each is judged the same way (criticalDecisions.ts).
 */
export const CRITICAL_DECISIONS: readonly string[] = [
  'release_to_controller',
  'arrest_for_compelled_offence',
  'immigration_detention',
  'deportation_or_removal',
  'return_child_to_family_unassessed',
  'family_or_community_mediation',
];

export const DEFAULT_SCORING_CONFIG: ScoringConfig = {
  weights: { identification: 1, questioning: 1, referral: 1 },
  passMark: 70,
  criticalErrorFailsQuestioning: true,
  criticalDecisions: CRITICAL_DECISIONS,
};

/**
 * The over-call policy for every decoy (a key that accepts only not_trafficking_* answers): a
 * potential_victim_* determination fails the attempt, named first in the debrief. A decoy exists to
 * test exactly this judgement (domain §8: "for testing false positives"); the determination half
 * still gives its partial credit (DETERMINATION_CREDIT.decoy.trafficking), so the scores show how
 * far off the rest was. docs/scoring.md, "Decoys: the over-call policy".
 */
export const DECOY_OVERCALL_FAILS = true;

/** Identification: two halves of 100 points. */
export const IDENTIFICATION_POINTS = {
  /** Shared equally among the indicators the story showed. */
  indicators: 50,
  /** Each flag on an indicator the story never showed (taken from the indicator half only). */
  falseFlag: 10,
  determination: 50,
  /**
   * Screening each person who needs it in private (only where the key names them, `screen`); the
   * parts are then scaled to 100 (indicators 40, determination 40, screening 20).
   */
  screening: 25,
} as const;

/**
 * Share of the determination points for an answer the key does not accept, by what the case is
 * (the kind of the accepted determinations) and what the trainee answered. Missing a victim is the
 * worst error; a false positive in a decoy costs less because the person is over-protected, not
 * handed back to exploitation. docs/scoring.md has the reasoning for every cell.
 */
export const DETERMINATION_CREDIT = {
  /** The person is a potential victim (the key accepts a potential_victim_* id). */
  victim: { trafficking_wrong_form: 0.7, insufficient_information: 0.3, not_trafficking: 0 },
  /** Decoy: the key accepts only not_trafficking_* ids. */
  decoy: { not_trafficking_wrong_kind: 0.6, insufficient_information: 0.4, trafficking: 0.2 },
  /** The key accepts only insufficient_information. */
  undecided: { trafficking: 0.4, not_trafficking: 0.2 },
} as const;

/**
 * Questioning parts in base points. Parts that do not apply to a scenario (privacy without a
 * controller, interpreter without a language barrier) drop out and the others are scaled to 100.
 */
export const QUESTIONING_POINTS = {
  conduct: 40,
  explainProcess: 10,
  nextSteps: 10,
  distress: 10,
  privacy: 15,
  interpreter: 15,
} as const;

/** Deduction from the conduct part for each harmful question or behaviour, by taxonomy severity. */
export const HARM_COST_BY_SEVERITY: Readonly<Record<1 | 2 | 3, number>> = { 1: 5, 2: 10, 3: 20 };

/** Deduction for each specific or closed question asked before any free account. */
export const PREMATURE_QUESTION_COST = 3;

/** Deduction from the distress part for each move that ignored an overwhelmed person. */
export const MISSED_DISTRESS_RESPONSE_COST = 5;

/** Question types that narrow the account when asked before the person has given one (domain §4.7). */
export const PREMATURE_BEFORE_FREE_ACCOUNT: readonly string[] = ['closed_specific', 'specific_wh', 'forced_choice'];

/** The errors that can fail questioning on their own (domain §4.7). */
export const CRITICAL_ERRORS: readonly string[] = [
  'use_controller_as_interpreter',
  'question_in_presence_of_controller',
  'contact_suspected_controller',
  'threaten_sanction',
  'make_support_conditional',
  'blaming',
  'interrogative_pressure',
];

/** Referral: 100 points shared by the required services and, where it applies, the consent item. */
export const REFERRAL_POINTS = {
  required: 85,
  /** Adults only, and only when a chosen service needs the person's consent. */
  consent: 15,
  /** Deduction for each harmful referral or disposition chosen. */
  harmful: 30,
  /** Deduction for each over-referral listed as unnecessary in the answer key. */
  unnecessary: 5,
  /** Deduction for each service an adult declined (or never asked for, where only a request starts it) that was arranged anyway. */
  againstWishes: 30,
} as const;

/** Consent values (taxonomy.referrals[].consent.adult) that need the adult's informed agreement. */
export const CONSENT_NEEDED: readonly string[] = ['required', 'required_except_emergency'];

/** Conditions under which the person is treated as a child (domain §4.5, presumption of minority). */
export const MINOR_CONDITIONS: readonly string[] = ['victim_is_minor', 'age_uncertain'];
