// Scores stay within 0–100 and agree with their own feedback for any log at all, including logs no
// story could produce (unknown ids, repeated forms, events out of any sensible order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsOf } from '../../../src/content/taxonomy';
import type { DecisionEvent } from '../../../src/engine/log';
import { COMPETENCIES } from '../../../src/engine/scoring/types';
import { score } from '../../../src/engine/scoring/score';
import { scenarioWith } from './fixtures';

const id = (list: Parameters<typeof idsOf>[0]) => fc.oneof(fc.constantFrom(...idsOf(list)), fc.string({ maxLength: 6 }));
const at = fc.nat(1_000_000);

const event: fc.Arbitrary<DecisionEvent> = fc.oneof(
  fc.record({
    type: fc.constant('story.choice' as const),
    at,
    turn: fc.nat(50),
    index: fc.nat(5),
    text: fc.string({ maxLength: 10 }),
    tags: fc.record(
      {
        q: id('question_types'),
        rapport: fc.integer({ min: -5, max: 5 }),
        distress: fc.integer({ min: -5, max: 5 }),
        critical: id('referrals'),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ type: fc.constant('story.indicatorShown' as const), at, indicator: id('indicators'), line: fc.string({ maxLength: 5 }) }),
  fc.record({ type: fc.constant('story.phaseEntered' as const), at, phase: id('interview_phases') }),
  fc.record({
    type: fc.constant('story.consentAnswered' as const),
    at,
    answer: fc.constantFrom('agrees' as const, 'declines' as const),
    referrals: fc.array(id('referrals'), { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('notebook.flagged' as const), at, indicator: id('indicators') }),
  fc.record({ type: fc.constant('notebook.unflagged' as const), at, indicator: id('indicators') }),
  fc.record({ type: fc.constant('form.determination' as const), at, determination: id('determinations') }),
  fc.record({ type: fc.constant('form.referrals' as const), at, referrals: fc.array(id('referrals'), { maxLength: 8 }) }),
  fc.record({ type: fc.constant('story.ended' as const), at, ending: fc.string({ maxLength: 5 }) }),
  fc.record({ type: fc.constant('session.paused' as const), at }),
);

const referralIds = fc.subarray(idsOf('referrals'));
const key = fc.record({
  determinations: fc.subarray(idsOf('determinations'), { minLength: 1 }),
  referralsRequired: referralIds,
  referralsHarmful: referralIds,
  referralsUnnecessary: referralIds,
  conditions: fc.subarray(idsOf('conditions')),
});
const weights = fc.record({
  identification: fc.integer({ min: 0, max: 5 }),
  questioning: fc.integer({ min: 0, max: 5 }),
  referral: fc.integer({ min: 1, max: 5 }),
});

describe('score properties', () => {
  it('every score is a whole number from 0 to 100, for arbitrary logs, keys and configs', () => {
    fc.assert(
      fc.property(key, fc.array(event, { maxLength: 60 }), weights, fc.integer({ min: 0, max: 100 }), fc.boolean(), referralIds, (answerKey, log, w, passMark, critical, decisions) => {
        const result = score(scenarioWith(answerKey), log, { weights: w, passMark, criticalErrorFailsQuestioning: critical, criticalDecisions: decisions });
        expect(result).not.toBeNull();
        for (const value of Object.values(result!.scores)) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(result!.passed).toBe(result!.passed && result!.scores.overall >= passMark);
      }),
      { numRuns: 300 },
    );
  });

  it('each competency score equals 100 plus its missed and error deltas, and eventIndex points into the log', () => {
    fc.assert(
      fc.property(key, fc.array(event, { maxLength: 60 }), (answerKey, log) => {
        const result = score(scenarioWith(answerKey), log)!;
        for (const competency of COMPETENCIES) {
          const items = result.feedback.filter((f) => f.competency === competency);
          const lost = items.filter((f) => f.kind !== 'strength').reduce((sum, f) => sum + f.delta, 0);
          // Deltas are rounded to 2 decimals, the score to a whole number.
          expect(Math.abs(result.scores[competency] - (100 + lost))).toBeLessThanOrEqual(0.5 + items.length * 0.005 + 1e-9);
          for (const item of items) {
            if (item.kind === 'strength') expect(item.delta).toBeGreaterThanOrEqual(0);
            else expect(item.delta).toBeLessThanOrEqual(0);
            if (item.eventIndex !== null) expect(item.eventIndex).toBeLessThan(log.length);
            expect(item.what.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is a pure function: the same input gives the same result, and the log is not touched', () => {
    fc.assert(
      fc.property(key, fc.array(event, { maxLength: 30 }), (answerKey, log) => {
        const before = JSON.stringify(log);
        const scenario = scenarioWith(answerKey);
        expect(score(scenario, log)).toEqual(score(scenario, JSON.parse(before)));
        expect(JSON.stringify(log)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('critical decisions', () => {
  it('any critical decision fails the attempt, zeroes referral and is the first feedback item', () => {
    fc.assert(
      fc.property(key, fc.array(event, { maxLength: 40 }), (answerKey, log) => {
        const result = score(scenarioWith(answerKey), log)!;
        const critical = result.feedback.filter((item) => item.critical);
        if (critical.length === 0) return;
        expect(result.passed).toBe(false);
        expect(result.feedback.slice(0, critical.length)).toEqual(critical);
        expect(critical.every((item) => item.kind === 'error')).toBe(true);
        // A critical decision zeroes referral; an over-call in a decoy is the identification item.
        const decisions = critical.filter((item) => item.competency === 'referral');
        if (decisions.length > 0) expect(result.scores.referral).toBe(0);
        expect(critical.every((item) => item.competency === 'referral' || item.competency === 'identification')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unscored scenarios', () => {
  it('score returns null when the scenario has no answer key', () => {
    expect(score(scenarioWith(null), [])).toBeNull();
  });
});
