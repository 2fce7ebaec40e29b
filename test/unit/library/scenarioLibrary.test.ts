// The scenario library's proof (issue: eight scored scenarios): every shipped scenario passes when
// played with care and fails when played carelessly, and together they cover the taxonomy the way
// an academy needs (forms, indicators, question types, every referral).
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadAllStories } from '../../../src/node/load';
import type { Scenario } from '../../../src/content/types';
import { resolveScoringConfig } from '../../../src/engine/scoring/config';
import { playWith, referralIds } from './policies';

const repoRoot = resolve(__dirname, '../../..');
const loaded = loadAllStories(repoRoot);
const scenarios: Scenario[] = loaded.flatMap((result) => (result.ok ? [result.scenario] : []));
const scored = scenarios.filter((scenario) => scenario.answerKey !== null);
const library = scored.filter((scenario) => scenario.meta.id.startsWith('scn_'));

describe('the shipped stories', () => {
  it('all load', () => {
    const broken = loaded.filter((result) => !result.ok).map((result) => (result.ok ? '' : result.source));
    expect(broken).toEqual([]);
  });
});

describe.each(scored.map((scenario) => [scenario.meta.id, scenario] as const))('%s', (_id, scenario) => {
  it('a careful trainee scores 100 in every competency and passes', () => {
    const { result, choicesMade } = playWith(scenario, 'careful');
    expect(result.scores).toEqual({ identification: 100, questioning: 100, referral: 100, overall: 100 });
    expect(result.passed).toBe(true);
    if (scenario.meta.id.startsWith('scn_')) expect(choicesMade).toBeGreaterThanOrEqual(12);
  });

  it('a careless trainee fails, well below the pass mark', () => {
    const { result } = playWith(scenario, 'careless');
    const { passMark } = resolveScoringConfig(scenario);
    expect(result.passed).toBe(false);
    expect(result.scores.overall).toBeLessThan(passMark - 20);
  });
});

describe('library coverage', () => {
  const all = (pick: (scenario: Scenario) => readonly string[]) => new Set(library.flatMap(pick));

  it('has at least eight scenarios, two of them decoys that are not trafficking', () => {
    expect(library.length).toBeGreaterThanOrEqual(8);
    const decoys = library.filter((s) => s.answerKey!.determinations.every((id) => id.startsWith('not_trafficking')));
    expect(decoys.length).toBeGreaterThanOrEqual(2);
  });

  it('covers the forms the academy asked for, a child and a male victim', () => {
    const forms = all((s) => s.meta.forms);
    for (const form of ['sexual_exploitation', 'forced_labour', 'domestic_servitude']) expect(forms).toContain(form);
    expect(forms.has('forced_marriage') || forms.has('online_recruitment')).toBe(true);
    const child = library.filter((s) => s.answerKey!.conditions.includes('victim_is_minor') && s.answerKey!.referralsRequired.includes('child_protection'));
    expect(child.length).toBeGreaterThanOrEqual(1);
  });

  it('tags at least 25 distinct indicators and uses at least 12 question types', () => {
    expect(all((s) => s.taggedIndicators).size).toBeGreaterThanOrEqual(25);
    const questionTypes = new Set(library.flatMap((s) => [...s.storyJson.matchAll(/[\^"]q: ?([a-z_]+)/g)].map((m) => m[1]!)));
    expect(questionTypes.size).toBeGreaterThanOrEqual(12);
  });

  it('requires or forbids every referral in the taxonomy somewhere', () => {
    const used = all((s) => [...s.answerKey!.referralsRequired, ...s.answerKey!.referralsHarmful]);
    expect(referralIds.filter((id) => !used.has(id))).toEqual([]);
  });
});
