import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DISTRESS_RANGE,
  DISTRESS_RESPONSES,
  DISTRESS_THRESHOLD,
  OVERWHELMED_REASON,
  RAPPORT_RANGE,
  applyChoice,
  choiceAvailability,
  choiceEffect,
  closeInterview,
  enterPhase,
  initialInterviewContext,
  type InterviewContext,
} from '../../../src/engine/machines/interviewModel';
import { idsOf } from '../../../src/content/taxonomy';

const overwhelmed = (): InterviewContext => ({ ...initialInterviewContext(), distress: DISTRESS_THRESHOLD, overwhelmed: true });

describe('initialInterviewContext', () => {
  it('starts at rapport 0, distress 2, engage_explain, not overwhelmed', () => {
    const ctx = initialInterviewContext();
    expect(ctx).toMatchObject({ phase: 'engage_explain', rapport: 0, distress: 2, overwhelmed: false, missedDistressResponses: 0 });
  });
  it('contract constants', () => {
    expect(DISTRESS_THRESHOLD).toBe(6);
    expect(RAPPORT_RANGE).toEqual([-5, 5]);
    expect(DISTRESS_RANGE).toEqual([0, 10]);
    expect([...DISTRESS_RESPONSES]).toEqual(['respond_to_distress', 'offer_break', 'validate_empathise', 'allow_silence']);
  });
});

describe('choiceEffect', () => {
  it('reads defaults from the taxonomy: up +1, down -1, none 0', () => {
    expect(choiceEffect({ q: 'rapport_building' })).toEqual({ rapport: 1, distress: -1 });
    expect(choiceEffect({ q: 'specific_wh' })).toEqual({ rapport: 0, distress: 0 });
    expect(choiceEffect({ q: 'why_didnt_you_leave' })).toEqual({ rapport: -1, distress: 1 });
  });
  it('a critical (severity 3) harmful type raises distress by 2', () => {
    expect(choiceEffect({ q: 'blaming' })).toEqual({ rapport: -1, distress: 2 });
    expect(choiceEffect({ q: 'use_controller_as_interpreter' })).toEqual({ rapport: 0, distress: 2 });
  });
  it('explicit tags override each default independently', () => {
    expect(choiceEffect({ q: 'blaming', rapport: -3 })).toEqual({ rapport: -3, distress: 2 });
    expect(choiceEffect({ q: 'blaming', distress: 0 })).toEqual({ rapport: -1, distress: 0 });
    expect(choiceEffect({ rapport: 2 })).toEqual({ rapport: 2, distress: 0 });
  });
  it('no q and no tags changes nothing', () => {
    expect(choiceEffect({})).toEqual({ rapport: 0, distress: 0 });
    expect(choiceEffect({ hotspot: 'desk' })).toEqual({ rapport: 0, distress: 0 });
  });
});

describe('applyChoice', () => {
  it('clamps rapport and distress to their ranges', () => {
    const high = { ...initialInterviewContext(), rapport: 5, distress: 10, overwhelmed: true };
    expect(applyChoice(high, { q: 'respond_to_distress', rapport: 3, distress: 4 }).context).toMatchObject({ rapport: 5, distress: 10 });
    const low = { ...initialInterviewContext(), rapport: -5, distress: 0 };
    expect(applyChoice(low, { q: 'blaming', rapport: -4, distress: -3 }).context).toMatchObject({ rapport: -5, distress: 0 });
  });
  it('becomes overwhelmed when distress reaches the threshold', () => {
    const ctx = { ...initialInterviewContext(), distress: 4 };
    const { context, missedDistressResponse } = applyChoice(ctx, { q: 'blaming' });
    expect(context.distress).toBe(6);
    expect(context.overwhelmed).toBe(true);
    expect(missedDistressResponse).toBe(false);
  });
  it('records a missed response for a non-response move made while overwhelmed', () => {
    const { context, missedDistressResponse } = applyChoice(overwhelmed(), { q: 'open_invitation' });
    expect(missedDistressResponse).toBe(true);
    expect(context.missedDistressResponses).toBe(1);
    expect(context.overwhelmed).toBe(true);
  });
  it('a protective move (privacy, an interpreter, water) is not a miss; another behaviour is', () => {
    expect(applyChoice(overwhelmed(), { q: 'ensure_privacy' }).missedDistressResponse).toBe(false);
    expect(applyChoice(overwhelmed(), { q: 'use_independent_interpreter' }).missedDistressResponse).toBe(false);
    expect(applyChoice(overwhelmed(), { q: 'routine_identity_check' }).missedDistressResponse).toBe(true);
  });
  it('a choice without q is not an interview move and never a miss', () => {
    const { context, missedDistressResponse } = applyChoice(overwhelmed(), { hotspot: 'door' });
    expect(missedDistressResponse).toBe(false);
    expect(context.missedDistressResponses).toBe(0);
  });
  it.each(DISTRESS_RESPONSES)('%s answers distress and lowers it below the threshold', (q) => {
    const { context, missedDistressResponse } = applyChoice(overwhelmed(), { q });
    expect(missedDistressResponse).toBe(false);
    expect(context.distress).toBe(5);
    expect(context.overwhelmed).toBe(false);
  });
  it('remembers explain_next_steps', () => {
    expect(applyChoice(initialInterviewContext(), { q: 'explain_next_steps' }).context.explainedNextSteps).toBe(true);
  });
  it('is pure: the input context is not changed', () => {
    const ctx = overwhelmed();
    const copy = structuredClone(ctx);
    applyChoice(ctx, { q: 'blaming' });
    expect(ctx).toEqual(copy);
  });
  it('keeps values in range and overwhelmed consistent for any sequence (property)', () => {
    const qs = idsOf('question_types');
    const tagArb = fc.record(
      { q: fc.constantFrom(...qs), rapport: fc.integer({ min: -4, max: 4 }), distress: fc.integer({ min: -4, max: 4 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(tagArb, { maxLength: 30 }), (choices) => {
        let ctx = initialInterviewContext();
        let misses = 0;
        for (const tags of choices) {
          const result = applyChoice(ctx, tags);
          if (result.missedDistressResponse) misses++;
          ctx = result.context;
          expect(ctx.rapport).toBeGreaterThanOrEqual(-5);
          expect(ctx.rapport).toBeLessThanOrEqual(5);
          expect(ctx.distress).toBeGreaterThanOrEqual(0);
          expect(ctx.distress).toBeLessThanOrEqual(10);
          expect(ctx.overwhelmed).toBe(ctx.distress >= DISTRESS_THRESHOLD);
        }
        expect(ctx.missedDistressResponses).toBe(misses);
      }),
    );
  });
});

describe('enterPhase and closeInterview', () => {
  it('moves the phase and remembers free_account', () => {
    const ctx = enterPhase(initialInterviewContext(), 'free_account');
    expect(ctx.phase).toBe('free_account');
    expect(ctx.freeAccountReached).toBe(true);
    expect(enterPhase(ctx, 'clarify').freeAccountReached).toBe(true);
    expect(enterPhase(initialInterviewContext(), 'clarify').freeAccountReached).toBe(false);
  });
  it('records closing without explaining next steps', () => {
    expect(closeInterview(initialInterviewContext()).closedWithoutNextSteps).toBe(true);
    const explained = applyChoice(initialInterviewContext(), { q: 'explain_next_steps' }).context;
    expect(closeInterview(explained).closedWithoutNextSteps).toBe(false);
  });
});

describe('choiceAvailability', () => {
  const offered = [{ q: 'open_invitation' }, { q: 'respond_to_distress' }, { q: 'ensure_privacy' }, { q: 'validate_empathise' }, {}];
  it('everything is available when not overwhelmed', () => {
    expect(choiceAvailability(initialInterviewContext(), offered).every((a) => a.available)).toBe(true);
  });
  it('when overwhelmed and a response is offered, non-response questions are unavailable with a reason', () => {
    expect(choiceAvailability(overwhelmed(), offered)).toEqual([
      { available: false, reason: OVERWHELMED_REASON },
      { available: true },
      { available: true },
      { available: true },
      { available: true },
    ]);
  });
  it('when overwhelmed but no response is offered, nothing is blocked', () => {
    const noResponse = [{ q: 'open_invitation' }, { q: 'closed_specific' }];
    expect(choiceAvailability(overwhelmed(), noResponse).every((a) => a.available)).toBe(true);
  });
});
