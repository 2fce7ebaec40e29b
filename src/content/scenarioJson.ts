// A Scenario is plain JSON (the Vite plugin ships it that way). Reading one back from outside the
// build (an academy's exported attempt, a file on disk) checks its shape first, so a wrong file is
// refused with a reason instead of failing somewhere deep in the engine.
import type { Scenario } from './types';
import { isRecord } from '../util/json';
import { messageOf } from '../util/errors';

export class ScenarioJsonError extends Error {
  override name = 'ScenarioJsonError';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The first thing wrong with a value claimed to be a Scenario, or undefined when it is one. */
export function scenarioShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'not an object';
  const { meta, answerKey, scoring, taggedIndicators, storyJson, warnings } = value;
  if (!isRecord(meta)) return 'meta is missing';
  for (const key of ['id', 'title', 'summary', 'source'] as const) {
    if (typeof meta[key] !== 'string') return `meta.${key} is not a string`;
  }
  for (const key of ['forms', 'contentWarnings', 'objectives'] as const) {
    if (!isStringArray(meta[key])) return `meta.${key} is not a list of strings`;
  }
  if (answerKey !== null) {
    if (!isRecord(answerKey)) return 'answerKey is neither null nor an object';
    for (const key of ['determinations', 'referralsRequired', 'referralsHarmful', 'referralsUnnecessary', 'conditions'] as const) {
      if (!isStringArray(answerKey[key])) return `answerKey.${key} is not a list of strings`;
    }
  }
  if (!isRecord(scoring)) return 'scoring is missing';
  if (!isStringArray(taggedIndicators)) return 'taggedIndicators is not a list of strings';
  if (typeof storyJson !== 'string') return 'storyJson is not a string';
  if (!Array.isArray(warnings)) return 'warnings is not a list';
  return undefined;
}

export function scenarioFromJson(text: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScenarioJsonError(`not a scenario: the text is not JSON (${messageOf(error)})`);
  }
  const problem = scenarioShapeProblem(value);
  if (problem) throw new ScenarioJsonError(`not a scenario: ${problem}`);
  return value as Scenario;
}
