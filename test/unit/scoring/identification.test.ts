import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine/scoring/score';
import { determination, flag, logOf, scenarioWith, shown, unflag } from './fixtures';

const victim = scenarioWith({ determinations: ['potential_victim_labour'] });
const decoy = scenarioWith({ determinations: ['not_trafficking_labour_dispute'] });
const undecided = scenarioWith({ determinations: ['insufficient_information'] });

function identification(scenario = victim, ...events: Parameters<typeof logOf>) {
  const result = score(scenario, logOf(...events));
  if (!result) throw new Error('expected a scored result');
  return { score: result.scores.identification, items: result.feedback.filter((f) => f.competency === 'identification') };
}

describe('identification', () => {
  it('gives 100 for every shown indicator flagged, no false flags and an accepted determination', () => {
    const r = identification(victim, shown('documents_withheld'), shown('debt_bondage'), flag('documents_withheld'), flag('debt_bondage'), determination('potential_victim_labour'));
    expect(r.score).toBe(100);
    expect(r.items.every((i) => i.kind === 'strength')).toBe(true);
  });

  it('names each shown indicator left unflagged as a missed item at the event that showed it', () => {
    const r = identification(victim, shown('documents_withheld'), shown('debt_bondage'), determination('potential_victim_labour'));
    expect(r.score).toBe(50);
    const missed = r.items.filter((i) => i.kind === 'missed');
    expect(missed.map((i) => i.taxonomyId)).toEqual(['documents_withheld', 'debt_bondage']);
    expect(missed[0]?.eventIndex).toBe(0);
    expect(missed[1]?.eventIndex).toBe(1);
    expect(missed[0]?.what).toMatch(/did not note/);
    expect(missed[0]?.delta).toBe(-25);
  });

  it('charges a false flag for an indicator the story never showed, but never below the indicator half', () => {
    const one = identification(victim, shown('documents_withheld'), flag('documents_withheld'), flag('forced_drug_use'), determination('potential_victim_labour'));
    expect(one.score).toBe(90);
    expect(one.items.find((i) => i.kind === 'error')?.eventIndex).toBe(2);
    const many = identification(
      victim,
      ...['forced_drug_use', 'debt_bondage', 'not_free_to_leave', 'threats_to_person', 'isolation', 'scripted_account'].map(flag),
      determination('potential_victim_labour'),
    );
    expect(many.score).toBe(50);
  });

  it('counts only flags still standing at the end (a withdrawn flag is neither credit nor false flag)', () => {
    const r = identification(victim, shown('documents_withheld'), flag('documents_withheld'), unflag('documents_withheld'), flag('forced_drug_use'), unflag('forced_drug_use'), determination('potential_victim_labour'));
    expect(r.score).toBe(50);
  });

  it('gives the indicator half in full when the story showed nothing and nothing was flagged', () => {
    expect(identification(decoy, determination('not_trafficking_labour_dispute')).score).toBe(100);
  });

  it('gives no determination credit and says so when no determination was submitted', () => {
    const r = identification(victim, shown('documents_withheld'), flag('documents_withheld'));
    expect(r.score).toBe(50);
    expect(r.items.find((i) => i.kind === 'missed')?.what).toMatch(/did not record a determination/);
  });

  it('uses the last determination submitted', () => {
    expect(identification(victim, determination('not_trafficking_other_harm'), determination('potential_victim_labour')).score).toBe(100);
  });

  it('ranks wrong answers for a real victim: wrong form > insufficient information > not trafficking (the worst)', () => {
    const wrongForm = identification(victim, determination('potential_victim_sex')).score;
    const insufficient = identification(victim, determination('insufficient_information')).score;
    const notTrafficking = identification(victim, determination('not_trafficking_labour_dispute')).score;
    expect([wrongForm, insufficient, notTrafficking]).toEqual([85, 65, 50]);
  });

  it('treats a trafficking determination in a decoy as a false positive, costing less than missing a victim', () => {
    const falsePositive = identification(decoy, determination('potential_victim_labour'));
    expect(falsePositive.score).toBe(60);
    expect(falsePositive.items.find((i) => i.kind === 'error')?.why).toMatch(/false positive/);
    expect(falsePositive.score).toBeGreaterThan(identification(victim, determination('not_trafficking_labour_dispute')).score);
    expect(identification(decoy, determination('not_trafficking_smuggling')).score).toBe(80);
    expect(identification(decoy, determination('insufficient_information')).score).toBe(70);
  });

  it('gives partial credit when the key is insufficient information', () => {
    expect(identification(undecided, determination('insufficient_information')).score).toBe(100);
    expect(identification(undecided, determination('potential_victim_sex')).score).toBe(70);
    expect(identification(undecided, determination('not_trafficking_other_harm')).score).toBe(60);
  });

  it('gives no credit for a determination id the taxonomy does not know', () => {
    expect(identification(victim, determination('definitely_trafficking')).score).toBe(50);
  });
});
