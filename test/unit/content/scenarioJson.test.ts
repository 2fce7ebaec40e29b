import { describe, expect, it } from 'vitest';
import { scenarioFromJson } from '../../../src/content/scenarioJson';
import { loadStoryFile } from '../../../src/node/load';
import { FIXTURES, repoRoot, scenarioOf } from './helpers';

describe('scenarioFromJson', () => {
  const scenario = scenarioOf(loadStoryFile(`${FIXTURES}/good_scored.ink`, repoRoot));

  it('round-trips a compiled scenario through JSON', () => {
    expect(scenarioFromJson(JSON.stringify(scenario))).toEqual(scenario);
  });

  it('accepts an unscored scenario (answerKey null)', () => {
    const unscored = scenarioOf(loadStoryFile(`${FIXTURES}/plain.ink`, repoRoot));
    expect(scenarioFromJson(JSON.stringify(unscored)).answerKey).toBeNull();
  });

  it('refuses text that is not JSON, and JSON of the wrong shape, saying what is wrong', () => {
    expect(() => scenarioFromJson('{oops')).toThrow(/^not a scenario: the text is not JSON/);
    expect(() => scenarioFromJson(JSON.stringify({ ...scenario, storyJson: 3 }))).toThrow('not a scenario: storyJson is not a string');
    expect(() => scenarioFromJson(JSON.stringify({ ...scenario, answerKey: { determinations: 'x' } }))).toThrow(
      'not a scenario: answerKey.determinations is not a list of strings',
    );
    expect(() => scenarioFromJson('[]')).toThrow('not a scenario: not an object');
  });
});
