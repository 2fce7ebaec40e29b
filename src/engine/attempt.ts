// The attempt file: what `play --json` prints, what the records layer exports and what an academy
// imports and verifies. Versioned (docs/attempt-format.md); a file that is not this shape is refused
// with the reason, naming the field or the log event, so a corrupted or hand-edited file never
// reaches the scorer half-read. Unknown fields are refused too: a reader must never guess.
import { canonicalJson, DIGEST_PATTERN, sha256Of, type Sha256Digest } from './digest';
import type { DecisionEvent } from './log';
import { keysAt, tagSpec } from '../content/tagVocabulary';
import { COMPETENCIES, type FeedbackItem, type Result, type ScoringConfig } from './scoring/types';
import { isRecord } from '../util/json';

export const ATTEMPT_FORMAT = 'threshold-attempt';
export const ATTEMPT_VERSION = 2;
export const EXPORT_FORMAT = 'threshold-export';
export const EXPORT_VERSION = 1;

/** Who played a recorded attempt, on which story text, and when (absent for a headless play). */
export interface AttemptRecordInfo {
  /** The record's id in the browser that recorded it. */
  id: string;
  /** The trainee's name or number, as they entered it. */
  trainee: string;
  cohort: string;
  /** The scenario's title when the attempt began. */
  title: string;
  /** storyContentHash of the compiled story the attempt was played on. */
  contentHash: Sha256Digest;
  /** ISO 8601 times; `endedAt` is null while the attempt is in progress. */
  startedAt: string;
  endedAt: string | null;
  /** 1 for the trainee's first attempt at this scenario in that browser, 2 for the next... */
  number: number;
  /** The scoring configuration the attempt was scored with. */
  scoring: ScoringConfig;
}

export interface Attempt {
  format: typeof ATTEMPT_FORMAT;
  version: typeof ATTEMPT_VERSION;
  /** The scenario's meta.id. */
  scenario: string;
  /** The seed of a headless play; absent for an attempt a trainee played. */
  seed?: number;
  record?: AttemptRecordInfo;
  /** The ending reached; null if the attempt stopped before one. */
  ending: string | null;
  log: DecisionEvent[];
  /** attemptDigest(this): any edit that does not recompute it is detected. */
  digest: Sha256Digest;
  /** score(scenario, log) when the attempt was recorded; null for an unscored scenario or an unfinished attempt. */
  result: Result | null;
}

/** Many attempts in one file: what the menu's JSON export writes. */
export interface AttemptExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  attempts: Attempt[];
}

export type ParsedAttempt = { ok: true; attempt: Attempt } | { ok: false; reason: string; eventIndex?: number };

/**
 * The SHA-256 of every field of the attempt except `digest` and `result`, in canonical JSON. The
 * result is not covered because verify recomputes it from the log; everything else (the log, the
 * scenario, the ending, who played and when) is only protected by this digest.
 */
export function attemptDigest(attempt: Omit<Attempt, 'digest' | 'result'> & { digest?: unknown; result?: unknown }): Sha256Digest {
  const { digest: _digest, result: _result, ...covered } = attempt;
  return sha256Of(canonicalJson(covered));
}

/** An attempt with its digest filled in: the one way attempts are made, so none lacks one. */
export function buildAttempt(fields: Omit<Attempt, 'format' | 'version' | 'digest'>): Attempt {
  const covered = { format: ATTEMPT_FORMAT, version: ATTEMPT_VERSION, ...fields } as const;
  return { ...covered, digest: attemptDigest(covered) };
}

const ATTEMPT_KEYS: ReadonlySet<string> = new Set(['format', 'version', 'scenario', 'seed', 'record', 'ending', 'log', 'digest', 'result']);
const RECORD_KEYS: ReadonlySet<string> = new Set(['id', 'trainee', 'cohort', 'title', 'contentHash', 'startedAt', 'endedAt', 'number', 'scoring']);
const EXPORT_KEYS: ReadonlySet<string> = new Set(['format', 'version', 'exportedAt', 'attempts']);

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
  if (value['version'] === 1) {
    return { ok: false, reason: `attempt format version 1 has no digest, so edits to it cannot be detected; play or export it again with this build (version ${ATTEMPT_VERSION})` };
  }
  if (value['version'] !== ATTEMPT_VERSION) {
    return { ok: false, reason: `attempt format version ${JSON.stringify(value['version'])} is not supported (this build reads version ${ATTEMPT_VERSION})` };
  }
  const unknown = unknownKey(value, ATTEMPT_KEYS);
  if (unknown !== undefined) return { ok: false, reason: `unknown field '${unknown}'` };
  if (typeof value['scenario'] !== 'string' || value['scenario'] === '') return { ok: false, reason: `'scenario' must be a scenario id` };
  if (value['seed'] !== undefined && !Number.isInteger(value['seed'])) return { ok: false, reason: `'seed' must be a whole number` };
  if (value['record'] !== undefined) {
    const problem = recordProblem(value['record']);
    if (problem) return { ok: false, reason: `'record': ${problem}` };
  }
  if (value['ending'] !== null && typeof value['ending'] !== 'string') return { ok: false, reason: `'ending' must be a string or null` };
  const logCheck = logProblem(value['log']);
  if (logCheck) return { ok: false, ...logCheck };
  if (typeof value['digest'] !== 'string' || !DIGEST_PATTERN.test(value['digest'])) {
    return { ok: false, reason: `'digest' must be "sha256:" and 64 hex digits` };
  }
  if (!('result' in value)) return { ok: false, reason: `'result' is missing (null for an unscored scenario)` };
  const resultProblem = value['result'] === null ? undefined : resultShapeProblem(value['result']);
  if (resultProblem) return { ok: false, reason: `'result': ${resultProblem}` };
  return { ok: true, attempt: value as unknown as Attempt };
}

/** One entry per attempt in a file: a single attempt file gives one, an export file one per attempt. */
export type AttemptsInFile = { ok: true; exportedAt?: string; attempts: ParsedAttempt[] } | { ok: false; reason: string };

/** Reads either an attempt file or an export; each attempt of an export is parsed on its own. */
export function parseAttemptsFile(value: unknown): AttemptsInFile {
  if (!isRecord(value) || value['format'] !== EXPORT_FORMAT) return { ok: true, attempts: [parseAttempt(value)] };
  if (value['version'] !== EXPORT_VERSION) {
    return { ok: false, reason: `export format version ${JSON.stringify(value['version'])} is not supported (this build reads version ${EXPORT_VERSION})` };
  }
  const unknown = unknownKey(value, EXPORT_KEYS);
  if (unknown !== undefined) return { ok: false, reason: `unknown field '${unknown}'` };
  if (typeof value['exportedAt'] !== 'string' || !isIsoTime(value['exportedAt'])) return { ok: false, reason: `'exportedAt' must be an ISO 8601 time` };
  if (!Array.isArray(value['attempts'])) return { ok: false, reason: `'attempts' must be a list of attempts` };
  return { ok: true, exportedAt: value['exportedAt'], attempts: value['attempts'].map(parseAttempt) };
}

function recordProblem(record: unknown): string | undefined {
  if (!isRecord(record)) return 'must be an object';
  const unknown = unknownKey(record, RECORD_KEYS);
  if (unknown !== undefined) return `unknown field '${unknown}'`;
  for (const key of ['id', 'trainee', 'cohort', 'title'] as const) {
    if (typeof record[key] !== 'string') return `'${key}' must be a string`;
  }
  if (typeof record['contentHash'] !== 'string' || !DIGEST_PATTERN.test(record['contentHash'])) return `'contentHash' must be "sha256:" and 64 hex digits`;
  if (typeof record['startedAt'] !== 'string' || !isIsoTime(record['startedAt'])) return `'startedAt' must be an ISO 8601 time`;
  if (record['endedAt'] !== null && (typeof record['endedAt'] !== 'string' || !isIsoTime(record['endedAt']))) return `'endedAt' must be an ISO 8601 time or null`;
  if (!Number.isInteger(record['number']) || (record['number'] as number) < 1) return `'number' must be a whole number >= 1`;
  const scoring = scoringConfigProblem(record['scoring']);
  if (scoring) return `'scoring': ${scoring}`;
  return undefined;
}

/**
 * The shape of a ScoringConfig's core fields. Other fields are allowed here (scoring gains options
 * over time): verify compares the whole configuration with the academy's, field by field.
 */
export function scoringConfigProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'must be a scoring configuration object';
  const weights = value['weights'];
  if (!isRecord(weights) || unknownKey(weights, new Set(COMPETENCIES)) !== undefined || COMPETENCIES.some((c) => typeof weights[c] !== 'number')) {
    return `'weights' must give a number for each of ${COMPETENCIES.join(', ')}`;
  }
  if (typeof value['passMark'] !== 'number') return `'passMark' must be a number`;
  if (typeof value['criticalErrorFailsQuestioning'] !== 'boolean') return `'criticalErrorFailsQuestioning' must be true or false`;
  return undefined;
}

/** An ISO 8601 date-time with a zone, e.g. `2026-12-01T10:00:00.000Z`. */
export function isIsoTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text));
}

function unknownKey(value: Record<string, unknown>, known: ReadonlySet<string>): string | undefined {
  return Object.keys(value).find((key) => !known.has(key));
}

/** Why `log` is not a decision log (naming the first bad event), or undefined when it is one. */
export function logProblem(log: unknown): { reason: string; eventIndex?: number } | undefined {
  if (!Array.isArray(log)) return { reason: `'log' must be an array of decision events` };
  for (const [index, event] of log.entries()) {
    const problem = eventProblem(event);
    if (problem) return { reason: `log event ${index}: ${problem}`, eventIndex: index };
  }
  return undefined;
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

