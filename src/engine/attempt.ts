// The attempt file: what `play --json` prints and what an academy imports and verifies. Versioned
// (docs/attempt-format.md); a file that is not this shape is refused with the reason, naming the
// field or the log event, so a corrupted or hand-edited file never reaches the scorer half-read.
import type { DecisionEvent } from './log';
import { keysAt, tagSpec } from '../content/tagVocabulary';
import type { FeedbackItem, Result } from './scoring/types';
import { isRecord } from '../util/json';

export const ATTEMPT_FORMAT = 'threshold-attempt';
export const ATTEMPT_VERSION = 1;

export interface Attempt {
  format: typeof ATTEMPT_FORMAT;
  version: typeof ATTEMPT_VERSION;
  /** The scenario's meta.id. */
  scenario: string;
  /** The seed of a headless play; absent for an attempt a trainee played. */
  seed?: number;
  /** The ending reached; null if the attempt stopped before one. */
  ending: string | null;
  log: DecisionEvent[];
  /** score(scenario, log) when the attempt was recorded; null for an unscored scenario. */
  result: Result | null;
}

export type ParsedAttempt = { ok: true; attempt: Attempt } | { ok: false; reason: string; eventIndex?: number };

/** The fields of each event type and what each must be: the log is checked against this. */
const EVENT_FIELDS: Readonly<Record<DecisionEvent['type'], Readonly<Record<string, FieldKind>>>> = {
  'story.choice': { turn: 'integer', index: 'integer', text: 'string', tags: 'choiceTags' },
  'story.indicatorShown': { indicator: 'string', line: 'string' },
  'story.phaseEntered': { phase: 'string' },
  'story.consentAnswered': { answer: 'consentAnswer', referrals: 'strings' },
  'story.decisionRequested': { decision: 'decision' },
  'story.ended': { ending: 'string' },
  'notebook.flagged': { indicator: 'string' },
  'notebook.unflagged': { indicator: 'string' },
  'form.determination': { determination: 'string' },
  'form.referrals': { referrals: 'strings' },
  'session.paused': {},
  'session.resumed': {},
};

type FieldKind = 'integer' | 'string' | 'strings' | 'choiceTags' | 'decision' | 'consentAnswer';

export function parseAttempt(value: unknown): ParsedAttempt {
  if (!isRecord(value)) return { ok: false, reason: 'an attempt must be a JSON object' };
  if (value['format'] !== ATTEMPT_FORMAT) {
    return { ok: false, reason: `'format' must be "${ATTEMPT_FORMAT}", not ${JSON.stringify(value['format'])}` };
  }
  if (value['version'] !== ATTEMPT_VERSION) {
    return { ok: false, reason: `attempt format version ${JSON.stringify(value['version'])} is not supported (this build reads version ${ATTEMPT_VERSION})` };
  }
  if (typeof value['scenario'] !== 'string' || value['scenario'] === '') return { ok: false, reason: `'scenario' must be a scenario id` };
  if (value['seed'] !== undefined && !Number.isInteger(value['seed'])) return { ok: false, reason: `'seed' must be a whole number` };
  if (value['ending'] !== null && typeof value['ending'] !== 'string') return { ok: false, reason: `'ending' must be a string or null` };
  if (!Array.isArray(value['log'])) return { ok: false, reason: `'log' must be an array of decision events` };
  for (const [index, event] of value['log'].entries()) {
    const problem = eventProblem(event);
    if (problem) return { ok: false, reason: `log event ${index}: ${problem}`, eventIndex: index };
  }
  if (!('result' in value)) return { ok: false, reason: `'result' is missing (null for an unscored scenario)` };
  const resultProblem = value['result'] === null ? undefined : resultShapeProblem(value['result']);
  if (resultProblem) return { ok: false, reason: `'result': ${resultProblem}` };
  return { ok: true, attempt: value as unknown as Attempt };
}

function eventProblem(event: unknown): string | undefined {
  if (!isRecord(event)) return 'not an object';
  const type = event['type'];
  if (typeof type !== 'string' || !(type in EVENT_FIELDS)) return `unknown event type ${JSON.stringify(type)}`;
  if (typeof event['at'] !== 'number' || !Number.isFinite(event['at']) || event['at'] < 0) return `'at' must be a time in ms (a number >= 0)`;
  const fields = EVENT_FIELDS[type as DecisionEvent['type']];
  for (const key of Object.keys(event)) {
    if (key !== 'type' && key !== 'at' && !(key in fields)) return `'${type}' has no field '${key}'`;
  }
  for (const [key, kind] of Object.entries(fields)) {
    if (!fieldMatches(event[key], kind)) return `'${type}' needs '${key}' to be ${describe(kind)}`;
  }
  return undefined;
}

function fieldMatches(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'integer':
      return Number.isInteger(value) && (value as number) >= 0;
    case 'string':
      return typeof value === 'string';
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'decision':
      return value === 'determination' || value === 'referrals';
    case 'consentAnswer':
      return value === 'agrees' || value === 'declines';
    case 'choiceTags':
      return isRecord(value) && Object.entries(value).every(([key, tag]) => isChoiceTagValue(key, tag));
  }
}

/** A logged choice tag is a choice key of the vocabulary with a value of its parsed kind. */
function isChoiceTagValue(key: string, value: unknown): boolean {
  const spec = tagSpec(key);
  if (!spec || spec.position !== 'choice') return false;
  switch (spec.value.kind) {
    case 'signedInteger':
      return Number.isInteger(value);
    case 'taxonomyIds':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    default:
      return typeof value === 'string';
  }
}

function describe(kind: FieldKind): string {
  return {
    integer: 'a whole number >= 0',
    string: 'a string',
    strings: 'a list of strings',
    decision: '"determination" or "referrals"',
    consentAnswer: '"agrees" or "declines"',
    choiceTags: `choice tags ({${keysAt('choice').map((key) => `${key}?`).join(', ')}})`,
  }[kind];
}

const FEEDBACK_FIELDS: ReadonlyArray<keyof FeedbackItem> = ['competency', 'delta', 'eventIndex', 'what', 'why', 'kind'];

/** Only the shape: the values are checked by recomputing them. */
function resultShapeProblem(result: unknown): string | undefined {
  if (!isRecord(result)) return 'must be an object or null';
  if (!isRecord(result['scores'])) return `'scores' must be an object`;
  if (typeof result['passed'] !== 'boolean') return `'passed' must be true or false`;
  if (!Array.isArray(result['feedback'])) return `'feedback' must be a list`;
  for (const [index, item] of result['feedback'].entries()) {
    if (!isRecord(item) || FEEDBACK_FIELDS.some((field) => !(field in item))) {
      return `feedback item ${index} must have ${FEEDBACK_FIELDS.join(', ')}`;
    }
  }
  return undefined;
}

