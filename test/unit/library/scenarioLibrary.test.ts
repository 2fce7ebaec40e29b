// The scenario library's proof (issue: eight scored scenarios): every shipped scenario passes when
// played with care and fails when played carelessly, and together they cover the taxonomy the way
// an academy needs (forms, indicators, question types, every referral).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAllStories } from '../../../src/node/load';
import type { Scenario } from '../../../src/content/types';
import { resolveScoringConfig } from '../../../src/engine/scoring/config';
import { playWith, referralIds } from './policies';
import { keyPracticeProblems } from './keyPractice';
import { briefingSpoilers } from './briefing';
import { referralsById } from '../../../src/content/taxonomy';
import { parseScriptedPath, type ScriptedPath } from '../../../src/engine/scriptedPath';
import { playScriptedPath, unmetExpectations } from '../../../src/engine/scriptedPlay';
import { failingDecisions } from '../../../src/engine/scoring/criticalDecisions';
import { isDecoy } from '../../../src/engine/scoring/overCall';
import { score } from '../../../src/engine/scoring/score';

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

describe.each(scored.map((scenario) => [scenario.meta.id, scenario] as const))('%s: answer key and briefing', (_id, scenario) => {
  it('the answer key follows practice (non-punishment, consent, consular contact, child protection)', () => {
    expect(keyPracticeProblems(scenario)).toEqual([]);
  });

  it('the briefing names no determination, form or indicator the story shows', () => {
    expect(briefingSpoilers(scenario)).toEqual([]);
  });

  it('its teaching points, if any, are kept for the debrief and are not in the briefing', () => {
    const briefing = [scenario.meta.summary, ...scenario.meta.contentWarnings, ...scenario.meta.objectives];
    for (const point of scenario.meta.teachingPoints ?? []) expect(briefing).not.toContain(point);
  });
});

/** The regression paths kept for a scenario (docs/authoring.md, "Scripted playthroughs"). */
function pathsOf(id: string): Map<string, ScriptedPath> {
  const dir = join(repoRoot, 'test/fixtures/paths', id);
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')).sort() : [];
  return new Map(files.map((file) => [file.replace(/\.json$/, ''), parseScriptedPath(readFileSync(join(dir, file), 'utf8'))]));
}

describe.each(scored.map((scenario) => [scenario.meta.id, scenario] as const))('%s: scripted paths', (id, scenario) => {
  const paths = pathsOf(id);
  const config = resolveScoringConfig(scenario);
  const run = (path: ScriptedPath) => {
    const played = playScriptedPath(scenario, path.steps);
    return { played, result: score(scenario, played.log, config)! };
  };

  it('keeps a careful path (100, passed) and a careless path (not passed)', () => {
    expect(paths.get('careful')?.expect).toMatchObject({ passed: true, scores: { overall: 100 } });
    expect(paths.get('careless')?.expect).toMatchObject({ passed: false });
  });

  it.each([...paths.keys()])('%s.json still fits the story and comes to what it expects', (name) => {
    const path = paths.get(name)!;
    expect(path.scenario).toBe(id);
    const { played, result } = run(path);
    expect(unmetExpectations(path.expect ?? {}, played.ending, result)).toEqual([]);
  });

  it.runIf(isDecoy(scenario.answerKey!))('the careful path with a trafficking determination fails under the over-call policy', () => {
    const careful = paths.get('careful')!;
    const steps = careful.steps.map((step) => (step.kind === 'determination' ? { ...step, determination: 'potential_victim_labour' } : step));
    const { result } = run({ steps });
    expect(result.passed).toBe(false);
    expect(result.feedback[0]).toMatchObject({ competency: 'identification', critical: true, taxonomyId: 'potential_victim_labour' });
  });

  const critical = [...failingDecisions(scenario.answerKey!, config.criticalDecisions)];
  it.each(critical)('the careful path plus %s on the referral form fails, the critical decision named first', (decision) => {
    const careful = paths.get('careful')!;
    const steps = careful.steps.map((step) => (step.kind === 'referrals' ? { ...step, referrals: [...step.referrals, decision] } : step));
    const { result } = run({ steps });
    expect(result.passed).toBe(false);
    expect(result.feedback[0]).toMatchObject({ critical: true, taxonomyId: decision });
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

  it('requires or forbids every first-contact referral in the taxonomy somewhere', () => {
    const used = all((s) => [...s.answerKey!.referralsRequired, ...s.answerKey!.referralsHarmful]);
    // Long-term support (vocational training) is not a first-contact decision (domain §9.15).
    const firstContact = referralIds.filter((id) => referralsById.get(id)?.stage !== 'long_term');
    expect(firstContact.filter((id) => !used.has(id))).toEqual([]);
  });
});
