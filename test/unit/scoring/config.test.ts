import { describe, expect, it } from 'vitest';
import { parseAcademyConfig, resolveScoringConfig } from '../../../src/engine/scoring/config';
import { DEFAULT_SCORING_CONFIG } from '../../../src/engine/scoring/defaults';
import { readAcademyConfig } from '../../../src/node/academyFile';
import { score } from '../../../src/engine/scoring/score';
import { determination, logOf, referrals, scenarioWith } from './fixtures';

const FILE = 'stories/academy.config.json';

function errorsOf(text: string): string[] {
  const result = parseAcademyConfig(text, FILE);
  return result.ok ? [] : result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`);
}

describe('academy configuration file', () => {
  it('accepts the shipped file', () => {
    const result = readAcademyConfig(process.cwd());
    expect(result).toEqual({ ok: true, config: expect.objectContaining({ passMark: expect.any(Number) }) });
  });

  it('names the line of an unknown key and suggests the right one', () => {
    expect(errorsOf('{\n  "version": 1,\n  "pasMark": 60\n}')).toEqual([
      `${FILE}:3: unknown key 'pasMark' (did you mean passMark?); allowed: $comment, version, weights, passMark, criticalErrorFailsQuestioning, criticalDecisions, lrs`,
    ]);
  });

  it('rejects weights that are not numbers, negative weights and unknown competencies', () => {
    const errors = errorsOf('{\n  "version": 1,\n  "weights": {\n    "identification": "2",\n    "questioning": -1,\n    "referal": 1\n  }\n}');
    expect(errors).toEqual([
      `${FILE}:4: weights: 'identification' must be a number, not "2"`,
      `${FILE}:5: weights: 'questioning' must not be negative (-1)`,
      `${FILE}:6: weights: unknown key 'referal' (did you mean referral?); allowed: identification, questioning, referral`,
    ]);
  });

  it('rejects a pass mark outside 0–100, a wrong version and a non-boolean critical rule', () => {
    expect(errorsOf('{"version": 1, "passMark": 120}')).toEqual([`${FILE}:1: 'passMark' must be from 0 to 100, not 120`]);
    expect(errorsOf('{"version": 2}')[0]).toMatch(/'version' must be 1, not 2/);
    expect(errorsOf('{"version": 1, "criticalErrorFailsQuestioning": "yes"}')[0]).toMatch(/must be true or false/);
    expect(errorsOf('{"passMark": 50}')[0]).toMatch(/missing 'version'/);
  });

  it('reports JSON syntax errors with a line', () => {
    expect(errorsOf('{\n  "version": 1,\n  "passMark": 70,\n}')[0]).toMatch(new RegExp(`^${FILE}:\\d+: not valid JSON`));
    expect(errorsOf('[1]')[0]).toMatch(/must be a JSON object/);
  });

  it('rejects weights that are all zero', () => {
    expect(errorsOf('{"version": 1, "weights": {"identification": 0, "questioning": 0, "referral": 0}}')[0]).toMatch(/all 0/);
  });
});

describe('resolveScoringConfig', () => {
  it('layers defaults, then the academy, then the scenario', () => {
    const scenario = scenarioWith({}, { weights: { referral: 3 }, passMark: 80 });
    expect(resolveScoringConfig(scenarioWith({}))).toEqual(DEFAULT_SCORING_CONFIG);
    expect(resolveScoringConfig(scenario, { weights: { questioning: 2, referral: 9 }, passMark: 50, criticalErrorFailsQuestioning: false })).toEqual({
      weights: { identification: 1, questioning: 2, referral: 3 },
      passMark: 80,
      criticalErrorFailsQuestioning: false,
      criticalDecisions: DEFAULT_SCORING_CONFIG.criticalDecisions,
    });
  });

  it('reads the academy’s critical decisions: a list of referral ids, checked against the taxonomy', () => {
    const parsed = parseAcademyConfig('{"version": 1, "criticalDecisions": ["release_to_controller", "consular_contact"]}', FILE);
    expect(parsed).toEqual({ ok: true, config: { criticalDecisions: ['release_to_controller', 'consular_contact'] } });
    expect(errorsOf('{\n  "version": 1,\n  "criticalDecisions": ["release_to_contoller"]\n}')[0]).toMatch(
      /:3: criticalDecisions: unknown referral 'release_to_contoller' \(did you mean release_to_controller\?\)/,
    );
    expect(errorsOf('{"version": 1, "criticalDecisions": "release_to_controller"}')[0]).toMatch(/must be a list of referral ids/);
    expect(parseAcademyConfig('{"version": 1, "criticalDecisions": []}', FILE)).toEqual({ ok: true, config: { criticalDecisions: [] } });
  });

  it('throws naming the scenario file for an unusable scenario override', () => {
    expect(() => resolveScoringConfig(scenarioWith({}, { passMark: 150 }))).toThrow(/^stories\/scn_test\.ink: pass mark/);
    expect(() => resolveScoringConfig(scenarioWith({}, { weights: { identification: 0, questioning: 0, referral: 0 } }))).toThrow(/all 0/);
  });

  it('weights and pass mark change overall and passed', () => {
    const scenario = scenarioWith({ referralsRequired: ['legal_aid'] });
    const log = logOf(determination('potential_victim_labour'), referrals('legal_aid'));
    const even = score(scenario, log, resolveScoringConfig(scenario))!;
    const identificationOnly = score(scenario, log, { ...resolveScoringConfig(scenario), weights: { identification: 1, questioning: 0, referral: 0 } })!;
    expect(identificationOnly.scores.overall).toBe(even.scores.identification);
    expect(score(scenario, log, { ...resolveScoringConfig(scenario), passMark: 0 })!.passed).toBe(true);
    expect(score(scenario, log, { ...resolveScoringConfig(scenario), passMark: 100 })!.passed).toBe(false);
  });
});
