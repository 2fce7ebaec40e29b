import { describe, expect, it } from 'vitest';
import { attemptEvents, inputEvent, inputOf, owedForm, replyEvents, stepEvents, type TraineeInput } from '../../../src/engine/attemptEvents';
import type { DecisionEvent } from '../../../src/engine/log';
import type { ChoiceOption, Step } from '../../../src/engine/storyRunner';

const offered: ChoiceOption[] = [
  { index: 0, text: 'Check the glovebox', tags: { hotspot: 'glovebox' } },
  { index: 1, text: 'Ask her name', tags: { q: 'open_invitation' } },
];
const line = (text: string, tags: Partial<Step['lines'][number]['tags']> = {}) => ({ text, tags: { indicators: [], ...tags } });

describe('attemptEvents', () => {
  it('turns each trainee input into its log event', () => {
    expect(inputEvent({ type: 'trainee.choose', index: 1 }, offered, 3)).toEqual({
      type: 'story.choice',
      turn: 3,
      index: 1,
      text: 'Ask her name',
      tags: { q: 'open_invitation' },
    });
    expect(inputEvent({ type: 'trainee.submitReferrals', referrals: ['legal_aid', 'legal_aid'] }, [], 0)).toEqual({
      type: 'form.referrals',
      referrals: ['legal_aid'],
    });
    expect(inputEvent({ type: 'trainee.pause' }, [], 0)).toEqual({ type: 'session.paused' });
    expect(() => inputEvent({ type: 'trainee.choose', index: 4 }, offered, 0)).toThrow(/choice 4 is not on offer/);
  });

  it('gives back the input a logged event came from, and nothing for an observation', () => {
    const inputs: TraineeInput[] = [
      { type: 'trainee.choose', index: 1 },
      { type: 'trainee.flag', indicator: 'isolation' },
      { type: 'trainee.unflag', indicator: 'isolation' },
      { type: 'trainee.submitDetermination', determination: 'insufficient_information' },
      { type: 'trainee.submitReferrals', referrals: ['legal_aid'] },
      { type: 'trainee.pause' },
      { type: 'trainee.resume' },
    ];
    for (const input of inputs) expect(inputOf({ ...inputEvent(input, offered, 0), at: 5 } as DecisionEvent)).toEqual(input);
    expect(inputOf({ type: 'story.ended', at: 1, ending: 'x' })).toBeNull();
  });

  it('records what a step shows line by line, then how it stops', () => {
    const step: Step = {
      lines: [line('The van is parked.', { phase: 'engage_explain', indicators: ['documents_withheld', 'isolation'] }), line('Not a phase.', { phase: 'lunch' })],
      choices: [],
      ended: true,
      ending: 'walked_away',
    };
    expect(stepEvents(step, 'determination')).toEqual([
      { type: 'story.phaseEntered', phase: 'engage_explain' },
      { type: 'story.indicatorShown', indicator: 'documents_withheld', line: 'The van is parked.' },
      { type: 'story.indicatorShown', indicator: 'isolation', line: 'The van is parked.' },
      { type: 'story.ended', ending: 'walked_away' },
      { type: 'story.decisionRequested', decision: 'determination' },
    ]);
    expect(stepEvents({ lines: [], choices: [], decision: 'referrals', ended: false }, null)).toEqual([
      { type: 'story.decisionRequested', decision: 'referrals' },
    ]);
  });

  it('owes the determination first, then the referrals, and nothing for an unscored story', () => {
    expect(owedForm(true, { determination: false, referrals: false })).toBe('determination');
    expect(owedForm(true, { determination: true, referrals: false })).toBe('referrals');
    expect(owedForm(true, { determination: true, referrals: true })).toBeNull();
    expect(owedForm(false, { determination: false, referrals: false })).toBeNull();
  });

  it('puts an input and the reply to it together', () => {
    const step: Step = { lines: [line('Two passports.', { indicators: ['documents_withheld'] })], choices: offered, ended: false };
    expect(attemptEvents({ type: 'trainee.choose', index: 0 }, offered, 0, { kind: 'step', step, owed: null }).map((e) => e.type)).toEqual([
      'story.choice',
      'story.indicatorShown',
    ]);
    expect(replyEvents({ kind: 'owed', owed: 'referrals' })).toEqual([{ type: 'story.decisionRequested', decision: 'referrals' }]);
    expect(replyEvents({ kind: 'none' })).toEqual([]);
  });
});
