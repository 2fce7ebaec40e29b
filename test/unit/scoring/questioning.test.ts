import { describe, expect, it } from 'vitest';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import { choice, ended, logOf, phase, scenarioWith } from './fixtures';

const plain = scenarioWith({});
const controllerAndLanguage = scenarioWith({ conditions: ['controller_present_or_involved', 'language_barrier'] });
const lenient = { ...resolveScoringConfig(plain), criticalErrorFailsQuestioning: false };

function questioning(scenario = plain, events: Parameters<typeof logOf>, config = lenient) {
  const result = score(scenario, logOf(...events), config);
  if (!result) throw new Error('expected a scored result');
  return { score: result.scores.questioning, passed: result.passed, items: result.feedback.filter((f) => f.competency === 'questioning') };
}

const bestPath = [choice('explain_process'), phase('free_account'), choice('open_invitation'), choice('specific_wh'), choice('explain_next_steps'), ended()];

describe('questioning', () => {
  it('gives 100 when every move is good and the practice items are done', () => {
    const r = questioning(plain, bestPath);
    expect(r.score).toBe(100);
    expect(r.items.every((i) => i.kind === 'strength')).toBe(true);
  });

  it('requires privacy and an independent interpreter only when the conditions call for them', () => {
    expect(questioning(controllerAndLanguage, bestPath).score).toBe(70);
    const withBoth = [choice('ensure_privacy'), choice('use_independent_interpreter'), ...bestPath];
    expect(questioning(controllerAndLanguage, withBoth).score).toBe(100);
    const missed = questioning(controllerAndLanguage, [choice('ensure_privacy'), ...bestPath]).items.filter((i) => i.kind === 'missed');
    expect(missed.map((i) => i.taxonomyId)).toEqual(['use_independent_interpreter']);
  });

  it('costs harmful moves by severity, with the rationale and a better move', () => {
    const minor = questioning(plain, [...bestPath.slice(0, 3), choice('minimise', 'At least you had a roof')]);
    const serious = questioning(plain, [...bestPath.slice(0, 3), choice('leading')]);
    expect(100 - minor.score).toBeLessThan(100 - serious.score);
    const item = serious.items.find((i) => i.kind === 'error');
    expect(item?.taxonomyId).toBe('leading');
    expect(item?.eventIndex).toBe(3);
    expect(item?.why).toMatch(/Instead: open invitation/);
  });

  it('a controller as interpreter is a critical error that fails questioning when the academy says so', () => {
    const events = [choice('use_controller_as_interpreter', 'Sir, could you tell her what I am asking?'), choice('use_independent_interpreter'), ...bestPath];
    const lenientResult = questioning(controllerAndLanguage, events, lenient);
    expect(lenientResult.score).toBeGreaterThan(0);
    const strict = questioning(controllerAndLanguage, events, { ...lenient, criticalErrorFailsQuestioning: true });
    expect(strict.score).toBe(0);
    expect(strict.passed).toBe(false);
    const failing = strict.items.at(-1);
    expect(failing?.taxonomyId).toBe('use_controller_as_interpreter');
    expect(failing?.eventIndex).toBe(0);
    expect(failing?.what).toMatch(/critical error/);
  });

  it('an informal interpreter is harmful but not critical', () => {
    const events = [choice('use_informal_interpreter'), choice('ensure_privacy'), ...bestPath];
    const r = questioning(controllerAndLanguage, events, { ...lenient, criticalErrorFailsQuestioning: true });
    expect(r.score).toBeGreaterThan(0);
    expect(r.items.some((i) => i.taxonomyId === 'use_informal_interpreter' && i.kind === 'error')).toBe(true);
    expect(r.items.some((i) => i.taxonomyId === 'use_independent_interpreter' && i.kind === 'missed')).toBe(true);
  });

  it('records a missed response when the person is overwhelmed and the next move is another question', () => {
    // Distress starts at 2; explain_process lowers it to 1; blaming is severity 3 (+2 each): 3, 5, 7.
    const pressure = [...bestPath.slice(0, 3), choice('blaming'), choice('blaming'), choice('blaming')];
    const ignored = questioning(plain, [...pressure, choice('specific_wh', 'Where do you sleep?'), choice('explain_next_steps'), ended()]);
    const missed = ignored.items.filter((i) => i.what.includes('overwhelmed when you chose'));
    expect(missed.map((i) => i.eventIndex)).toEqual([6, 7]);
    // No strength may contradict the misses (e.g. "you did not press on").
    expect(ignored.items.some((i) => i.kind === 'strength' && /overwhelmed|distress/.test(i.what))).toBe(false);
    const answered = questioning(plain, [...pressure, choice('respond_to_distress'), choice('offer_break'), choice('explain_next_steps'), ended()]);
    expect(answered.items.some((i) => i.what.includes('overwhelmed when you chose'))).toBe(false);
    expect(answered.items.some((i) => i.kind === 'strength' && i.taxonomyId === 'respond_to_distress')).toBe(true);
    expect(answered.score).toBeGreaterThan(ignored.score);
  });

  it('honours explicit distress tags on choices, as the game does', () => {
    const r = questioning(plain, [choice('explain_process'), choice('open_invitation', 'Tell me', { distress: 5 }), choice('specific_wh'), choice('explain_next_steps'), ended()]);
    expect(r.items.filter((i) => i.what.includes('overwhelmed when you chose')).map((i) => i.taxonomyId)).toEqual(['specific_wh', 'explain_next_steps']);
  });

  it('costs specific and closed questions asked before any free account, not after', () => {
    const early = questioning(plain, [choice('explain_process'), choice('closed_specific', 'Did you arrive this year?'), phase('free_account'), choice('open_invitation'), choice('explain_next_steps'), ended()]);
    expect(early.score).toBeLessThan(100);
    expect(early.items.find((i) => i.kind === 'error')?.taxonomyId).toBe('closed_specific');
    const afterInvitation = questioning(plain, [choice('explain_process'), choice('open_invitation'), choice('closed_specific'), choice('explain_next_steps'), ended()]);
    expect(afterInvitation.score).toBe(100);
  });

  it('misses explaining the process and the next steps when they never happen (or only after the end)', () => {
    const r = questioning(plain, [choice('open_invitation'), ended(), choice('explain_next_steps')]);
    expect(r.items.filter((i) => i.kind === 'missed').map((i) => i.taxonomyId)).toEqual(['explain_process', 'explain_next_steps']);
    // Without a controller or a language barrier the parts add up to 70 base points, scaled to
    // 100; the two missed items were worth 20 of them.
    expect(r.score).toBe(Math.round(100 - (20 * 100) / 70));
  });

  it('never goes below zero however many harmful moves are made', () => {
    const r = questioning(plain, Array.from({ length: 30 }, () => choice('threaten_sanction')));
    expect(r.score).toBe(0);
    const total = 100 + r.items.filter((i) => i.kind !== 'strength').reduce((sum, i) => sum + i.delta, 0);
    expect(Math.round(total)).toBe(0);
  });
});
