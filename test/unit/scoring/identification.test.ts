import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine/scoring/score';
import { choice, determination, flag, logOf, scenarioWith, shown, unflag } from './fixtures';

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
    expect(falsePositive.items.find((i) => i.kind === 'error' && !i.critical)?.why).toMatch(/false positive/);
    expect(falsePositive.score).toBeGreaterThan(identification(victim, determination('not_trafficking_labour_dispute')).score);
    expect(identification(decoy, determination('not_trafficking_smuggling')).score).toBe(80);
    expect(identification(decoy, determination('insufficient_information')).score).toBe(70);
  });

  it('fails an over-call in any decoy, named first, whatever the scores (one policy for every decoy)', () => {
    const result = score(decoy, logOf(determination('potential_victim_labour')))!;
    expect(result.passed).toBe(false);
    expect(result.feedback[0]).toMatchObject({ competency: 'identification', critical: true, delta: 0, taxonomyId: 'potential_victim_labour' });
    expect(result.feedback[0]!.what).toMatch(/an over-call fails the attempt/);
    const wrongKind = score(decoy, logOf(determination('not_trafficking_smuggling')))!;
    expect(wrongKind.feedback.some((i) => i.critical)).toBe(false);
    const victimCase = score(victim, logOf(determination('potential_victim_sex')))!;
    expect(victimCase.feedback.some((i) => i.critical)).toBe(false);
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

describe('screening each person who needs it', () => {
  const lorry = scenarioWith({ determinations: ['not_trafficking_smuggling'], peopleToScreen: ['amal', 'bashir', 'chen'] });
  const screens = (person: string) => choice('open_invitation', `Speak with ${person} alone`, { screens: person });

  it('is a part of identification only where the key names people to screen, shared equally among them', () => {
    const all = score(lorry, logOf(screens('amal'), screens('bashir'), screens('chen'), determination('not_trafficking_smuggling')))!;
    expect(all.scores.identification).toBe(100);
    const one = score(lorry, logOf(screens('amal'), determination('not_trafficking_smuggling')))!;
    // Indicators 40, determination 40, screening 20: two of three people not screened.
    expect(one.scores.identification).toBe(87);
    const missed = one.feedback.filter((item) => item.kind === 'missed' && item.competency === 'identification');
    expect(missed.map((item) => item.what)).toEqual(['You did not screen bashir in private before deciding.', 'You did not screen chen in private before deciding.']);
    expect(score(scenarioWith({ determinations: ['not_trafficking_smuggling'] }), logOf(determination('not_trafficking_smuggling')))!.scores.identification).toBe(100);
  });
});
