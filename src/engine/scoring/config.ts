// Where scoring's configuration comes from: the defaults (defaults.ts), then the academy's file
// (stories/academy.config.json), then the scenario's own header tags. The academy sets its house
// rules; a scenario written for a particular emphasis may still change its weights and pass mark
// (the design's "per scenario with an academy-wide default").
import type { Diagnostic, Scenario } from '../../content/types';
import { closest, idsOf, isId } from '../../content/taxonomy';
import { DEFAULT_SCORING_CONFIG } from './defaults';
import { COMPETENCIES, type Competency, type ScoringConfig } from './types';
import { messageOf } from '../../util/errors';
import { isRecord } from '../../util/json';
import { parseAcademyLrs, type AcademyLrs } from '../academyLrs';

/** Repo-relative path of the academy's configuration file. */
export const ACADEMY_CONFIG_PATH = 'stories/academy.config.json';

export const ACADEMY_CONFIG_VERSION = 1;

/** The academy's overrides, as read from its file (every key optional). */
export interface AcademyConfig {
  weights?: Partial<Record<Competency, number>>;
  passMark?: number;
  criticalErrorFailsQuestioning?: boolean;
  criticalDecisions?: string[];
  /** Where the page streams xAPI statements (docs/academy.md, 'Learning Record Store'). */
  lrs?: AcademyLrs;
}

export type AcademyConfigResult = { ok: true; config: AcademyConfig } | { ok: false; errors: Diagnostic[] };

/**
 * The configuration for one scenario. Throws when the combination is unusable (a negative weight,
 * all weights zero, a pass mark outside 0–100): the message names the file the bad value came from.
 */
export function resolveScoringConfig(scenario: Scenario, academy?: AcademyConfig): ScoringConfig {
  const config: ScoringConfig = {
    weights: { ...DEFAULT_SCORING_CONFIG.weights, ...academy?.weights, ...scenario.scoring.weights },
    passMark: scenario.scoring.passMark ?? academy?.passMark ?? DEFAULT_SCORING_CONFIG.passMark,
    criticalErrorFailsQuestioning: academy?.criticalErrorFailsQuestioning ?? DEFAULT_SCORING_CONFIG.criticalErrorFailsQuestioning,
    criticalDecisions: [...(scenario.scoring.criticalDecisions ?? academy?.criticalDecisions ?? DEFAULT_SCORING_CONFIG.criticalDecisions)],
  };
  const origin = (fromScenario: boolean): string => (fromScenario ? scenario.meta.source : ACADEMY_CONFIG_PATH);
  for (const competency of COMPETENCIES) {
    const weight = config.weights[competency];
    if (!Number.isFinite(weight) || weight < 0) {
      throw new Error(`${origin(scenario.scoring.weights?.[competency] !== undefined)}: weight of ${competency} must be a number >= 0, not ${weight}`);
    }
  }
  if (COMPETENCIES.every((competency) => config.weights[competency] === 0)) {
    throw new Error(`${origin(scenario.scoring.weights !== undefined)}: the weights of identification, questioning and referral are all 0; at least one must be positive`);
  }
  if (!Number.isFinite(config.passMark) || config.passMark < 0 || config.passMark > 100) {
    throw new Error(`${origin(scenario.scoring.passMark !== undefined)}: pass mark must be between 0 and 100, not ${config.passMark}`);
  }
  const unknown = config.criticalDecisions.find((id) => !isId('referrals', id));
  if (unknown !== undefined) {
    throw new Error(`${origin(scenario.scoring.criticalDecisions !== undefined)}: critical decision '${unknown}' is not a referral id of the taxonomy`);
  }
  return config;
}

const TOP_LEVEL_KEYS = ['$comment', 'version', 'weights', 'passMark', 'criticalErrorFailsQuestioning', 'criticalDecisions', 'lrs'] as const;

/**
 * Reads and validates the academy's file. Pure (text in, config or errors out) so the browser can
 * use it on a bundled copy and the CLI on the file; every error names the file and the key's line.
 */
export function parseAcademyConfig(text: string, file: string = ACADEMY_CONFIG_PATH): AcademyConfigResult {
  const errors: Diagnostic[] = [];
  const error = (line: number, message: string): void => {
    errors.push({ severity: 'error', file, line, message });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const message = messageOf(cause);
    error(lineOfJsonError(text, message), `not valid JSON: ${message}`);
    return { ok: false, errors };
  }
  if (!isRecord(data)) {
    error(1, 'the academy configuration must be a JSON object such as {"version": 1, "passMark": 70}');
    return { ok: false, errors };
  }

  const config: AcademyConfig = {};
  for (const [key, value] of Object.entries(data)) {
    const line = lineOfKey(text, key);
    switch (key) {
      case '$comment':
        if (typeof value !== 'string') error(line, `'$comment' must be a string`);
        break;
      case 'version':
        if (value !== ACADEMY_CONFIG_VERSION) error(line, `'version' must be ${ACADEMY_CONFIG_VERSION}, not ${JSON.stringify(value)}`);
        break;
      case 'passMark':
        if (typeof value !== 'number' || !Number.isFinite(value)) error(line, `'passMark' must be a number from 0 to 100, not ${JSON.stringify(value)}`);
        else if (value < 0 || value > 100) error(line, `'passMark' must be from 0 to 100, not ${value}`);
        else config.passMark = value;
        break;
      case 'criticalErrorFailsQuestioning':
        if (typeof value !== 'boolean') error(line, `'criticalErrorFailsQuestioning' must be true or false, not ${JSON.stringify(value)}`);
        else config.criticalErrorFailsQuestioning = value;
        break;
      case 'weights': {
        const weights = parseWeights(value, text, line, error);
        if (weights) config.weights = weights;
        break;
      }
      case 'criticalDecisions': {
        const decisions = parseCriticalDecisions(value, line, error);
        if (decisions) config.criticalDecisions = decisions;
        break;
      }
      case 'lrs': {
        const from = text.indexOf('"lrs"');
        const lrs = parseAcademyLrs(value, line, (name, at) => lineOfKey(text, name, at), error, from);
        if (lrs) config.lrs = lrs;
        break;
      }
      default:
        error(line, unknownKeyMessage(key, TOP_LEVEL_KEYS));
    }
  }
  if (data['version'] === undefined) error(1, `missing 'version' (write "version": ${ACADEMY_CONFIG_VERSION})`);
  if (config.weights && COMPETENCIES.every((c) => (config.weights?.[c] ?? DEFAULT_SCORING_CONFIG.weights[c]) === 0)) {
    error(lineOfKey(text, 'weights'), `'weights' are all 0; at least one competency must count`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}

function parseWeights(
  value: unknown,
  text: string,
  line: number,
  error: (line: number, message: string) => void,
): Partial<Record<Competency, number>> | undefined {
  if (!isRecord(value)) {
    error(line, `'weights' must be an object such as {"identification": 1, "questioning": 1, "referral": 1}`);
    return undefined;
  }
  const weights: Partial<Record<Competency, number>> = {};
  const from = text.indexOf('"weights"');
  for (const [name, weight] of Object.entries(value)) {
    const weightLine = lineOfKey(text, name, from);
    if (!(COMPETENCIES as readonly string[]).includes(name)) {
      error(weightLine, `weights: ${unknownKeyMessage(name, COMPETENCIES)}`);
    } else if (typeof weight !== 'number' || !Number.isFinite(weight)) {
      error(weightLine, `weights: '${name}' must be a number, not ${JSON.stringify(weight)}`);
    } else if (weight < 0) {
      error(weightLine, `weights: '${name}' must not be negative (${weight})`);
    } else {
      weights[name as Competency] = weight;
    }
  }
  return weights;
}

/** A list of taxonomy referral ids (possibly empty: no decision fails the attempt on its own). */
function parseCriticalDecisions(value: unknown, line: number, error: (line: number, message: string) => void): string[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    error(line, `'criticalDecisions' must be a list of referral ids such as ["release_to_controller", "immigration_detention"]`);
    return undefined;
  }
  const referrals = idsOf('referrals');
  let valid = true;
  for (const id of value as string[]) {
    if (!referrals.includes(id)) {
      const hint = closest(id, referrals);
      error(line, `criticalDecisions: unknown referral '${id}'${hint ? ` (did you mean ${hint}?)` : ''}; the ids are listed in taxonomy.referrals (src/content/taxonomy/taxonomy.json)`);
      valid = false;
    }
  }
  return valid ? [...new Set(value as string[])] : undefined;
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const hint = closest(key, allowed);
  return `unknown key '${key}'${hint ? ` (did you mean ${hint}?)` : ''}; allowed: ${allowed.join(', ')}`;
}

/** 1-based line of the first `"key"` at or after `from`; 1 when it cannot be found. */
function lineOfKey(text: string, key: string, from = 0): number {
  const at = text.indexOf(JSON.stringify(key), Math.max(0, from));
  return at < 0 ? 1 : lineAt(text, at);
}

function lineOfJsonError(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line?.[1]) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position?.[1] ? lineAt(text, Number(position[1])) : 1;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
