// A scripted decision path: the steps a trainee takes through a scenario (choices by their text,
// notebook flags, form answers), in the format `explore --json` prints as `bestPath`, plus what a
// trainer expects at the end. Trainers keep such files as regression tests of their stories
// (`npm run stories -- play <story> --path <file.json>`, docs/authoring.md "Scripted playthroughs").
import type { Scores } from './scoring/types';
import { messageOf } from '../util/errors';
import { isRecord } from '../util/json';

/**
 * One step of a path. The explorer's bestPath steps are these (a choice there also carries its
 * `index` and `q`, which are kept for reading; the choice is found by its text).
 */
export type ScriptedStep =
  | { kind: 'choice'; text: string; index?: number; q?: string }
  | { kind: 'flags'; indicators: string[] }
  | { kind: 'determination'; determination: string }
  | { kind: 'referrals'; referrals: string[] };

/** What the attempt must come to; every field is optional, and only given fields are checked. */
export interface PathExpectation {
  ending?: string;
  passed?: boolean;
  scores?: Partial<Scores>;
  /** taxonomyId of the first feedback item (a critical decision comes first). */
  firstFeedback?: string;
}

export interface ScriptedPath {
  /** The scenario id the path was written for, when the file says. */
  scenario?: string;
  description?: string;
  steps: ScriptedStep[];
  expect?: PathExpectation;
}

export class ScriptedPathError extends Error {
  override name = 'ScriptedPathError';
}

const SCORE_KEYS = ['identification', 'questioning', 'referral', 'overall'] as const;
const EXPECT_KEYS = ['ending', 'passed', 'scores', 'firstFeedback'] as const;
const TOP_KEYS = ['scenario', 'description', 'steps', 'bestPath', 'expect', '$comment'] as const;

/**
 * Reads a path file: an array of steps, an object with `steps`, or the whole `explore --json`
 * report (its `bestPath`). Throws ScriptedPathError naming the step and field that are wrong.
 */
export function parseScriptedPath(text: string): ScriptedPath {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ScriptedPathError(`not valid JSON: ${messageOf(error)}`);
  }
  if (Array.isArray(data)) return { steps: parseSteps(data) };
  if (!isRecord(data)) throw new ScriptedPathError('a path file is a list of steps, or an object with "steps" (or the "bestPath" explore --json prints)');
  const report = 'bestPath' in data && !('steps' in data);
  if (!report) {
    const unknown = Object.keys(data).find((key) => !(TOP_KEYS as readonly string[]).includes(key));
    if (unknown !== undefined) throw new ScriptedPathError(`unknown key '${unknown}'; a path file has ${TOP_KEYS.filter((k) => k !== 'bestPath').join(', ')}`);
  }
  const steps = report ? data['bestPath'] : data['steps'];
  if (!Array.isArray(steps)) throw new ScriptedPathError(report ? "'bestPath' is not a list of steps (was the story unscored?)" : "'steps' must be a list of steps");
  const path: ScriptedPath = { steps: parseSteps(steps) };
  if (typeof data['scenario'] === 'string') path.scenario = data['scenario'];
  else if (data['scenario'] !== undefined) throw new ScriptedPathError("'scenario' must be a scenario id");
  if (!report && data['description'] !== undefined) {
    if (typeof data['description'] !== 'string') throw new ScriptedPathError("'description' must be a string");
    path.description = data['description'];
  }
  if (!report && data['expect'] !== undefined) path.expect = parseExpectation(data['expect']);
  return path;
}

function parseSteps(steps: readonly unknown[]): ScriptedStep[] {
  return steps.map((step, i) => {
    const where = `step ${i + 1}`;
    if (!isRecord(step)) throw new ScriptedPathError(`${where}: a step is an object with a "kind"`);
    switch (step['kind']) {
      case 'choice': {
        const text = step['text'];
        const index = step['index'];
        if (typeof text !== 'string' || text === '') throw new ScriptedPathError(`${where}: a choice step needs the choice's "text"`);
        if (index !== undefined && (!Number.isInteger(index) || (index as number) < 0)) throw new ScriptedPathError(`${where}: "index" must be a whole number >= 0`);
        const q = step['q'];
        return { kind: 'choice', text, ...(index !== undefined ? { index: index as number } : {}), ...(typeof q === 'string' ? { q } : {}) };
      }
      case 'flags':
        return { kind: 'flags', indicators: strings(step['indicators'], `${where}: "indicators"`) };
      case 'determination': {
        const determination = step['determination'];
        if (typeof determination !== 'string' || determination === '') throw new ScriptedPathError(`${where}: a determination step needs "determination"`);
        return { kind: 'determination', determination };
      }
      case 'referrals':
        return { kind: 'referrals', referrals: strings(step['referrals'], `${where}: "referrals"`) };
      default:
        throw new ScriptedPathError(`${where}: unknown kind ${JSON.stringify(step['kind'])}; a step is a choice, flags, determination or referrals`);
    }
  });
}

function parseExpectation(value: unknown): PathExpectation {
  if (!isRecord(value)) throw new ScriptedPathError("'expect' must be an object such as {\"ending\": \"safe\", \"passed\": true}");
  const unknown = Object.keys(value).find((key) => !(EXPECT_KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new ScriptedPathError(`expect: unknown key '${unknown}'; allowed: ${EXPECT_KEYS.join(', ')}`);
  const expectation: PathExpectation = {};
  if (value['ending'] !== undefined) {
    if (typeof value['ending'] !== 'string') throw new ScriptedPathError('expect.ending must be an ending name');
    expectation.ending = value['ending'];
  }
  if (value['passed'] !== undefined) {
    if (typeof value['passed'] !== 'boolean') throw new ScriptedPathError('expect.passed must be true or false');
    expectation.passed = value['passed'];
  }
  if (value['firstFeedback'] !== undefined) {
    if (typeof value['firstFeedback'] !== 'string') throw new ScriptedPathError('expect.firstFeedback must be a taxonomy id');
    expectation.firstFeedback = value['firstFeedback'];
  }
  if (value['scores'] !== undefined) {
    const scores = value['scores'];
    if (!isRecord(scores)) throw new ScriptedPathError('expect.scores must be an object such as {"overall": 100}');
    const expected: Partial<Scores> = {};
    for (const [key, score] of Object.entries(scores)) {
      if (!(SCORE_KEYS as readonly string[]).includes(key)) throw new ScriptedPathError(`expect.scores: unknown key '${key}'; allowed: ${SCORE_KEYS.join(', ')}`);
      if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) throw new ScriptedPathError(`expect.scores.${key} must be a whole number from 0 to 100`);
      expected[key as (typeof SCORE_KEYS)[number]] = score;
    }
    expectation.scores = expected;
  }
  return expectation;
}

function strings(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new ScriptedPathError(`${what} must be a list of ids`);
  return [...value] as string[];
}

