// One AttemptRecord per attempt: who played which story text under which scoring, when, how far
// they got (the state to resume from) and what they did (the decision log), and once finished the
// result. The browser's store keeps these; exports and the LRS/SCORM bridges are pure functions of
// them. Records are plain JSON so IndexedDB, files and exports hold them unchanged.
import { buildAttempt, isIsoTime, logProblem, scoringConfigProblem, type Attempt } from '../engine/attempt';
import { DIGEST_PATTERN, type Sha256Digest } from '../engine/digest';
import type { DecisionEvent } from '../engine/log';
import { parseSaveData, type SaveData } from '../engine/save';
import type { Result, ScoringConfig } from '../engine/scoring/types';
import { messageOf } from '../util/errors';
import { isRecord } from '../util/json';

/** The record schema this build writes; docs/academy.md lists every version and its migration. */
export const RECORD_SCHEMA = 1;

export interface ScenarioRef {
  id: string;
  title: string;
  /** storyContentHash of the compiled story the attempt began on. */
  contentHash: Sha256Digest;
}

interface RecordBase {
  schema: typeof RECORD_SCHEMA;
  /** Random, unique in this browser; also the attempt's xAPI registration. */
  id: string;
  /** The trainee's name or number and cohort, as entered on the menu when the attempt began. */
  trainee: string;
  cohort: string;
  scenario: ScenarioRef;
  scoring: ScoringConfig;
  /** ISO 8601 times. */
  startedAt: string;
  updatedAt: string;
  /** 1 for this trainee's first attempt at this scenario in this browser. */
  number: number;
  log: DecisionEvent[];
}

/** Still playing: the state to resume from, no result yet. */
export interface InProgressRecord extends RecordBase {
  status: 'inProgress';
  resume: SaveData;
  endedAt: null;
  ending: null;
  result: null;
}

/** Finished: nothing to resume, a result (null only for an unscored story). */
export interface CompletedRecord extends RecordBase {
  status: 'completed';
  resume: null;
  endedAt: string;
  ending: string;
  result: Result | null;
}

export type AttemptRecord = InProgressRecord | CompletedRecord;

export interface NewAttempt {
  id: string;
  trainee: string;
  cohort: string;
  scenario: ScenarioRef;
  scoring: ScoringConfig;
  number: number;
  now: Date;
  resume: SaveData;
}

export function startRecord(fields: NewAttempt): InProgressRecord {
  const { now, resume, ...rest } = fields;
  const at = now.toISOString();
  return { schema: RECORD_SCHEMA, ...rest, status: 'inProgress', startedAt: at, updatedAt: at, endedAt: null, log: [...resume.log], resume, ending: null, result: null };
}

/** The record after another input: what the store writes after every decision. */
export function withProgress(record: InProgressRecord, resume: SaveData, now: Date): InProgressRecord {
  return { ...record, resume, log: [...resume.log], updatedAt: now.toISOString() };
}

export function completeRecord(record: InProgressRecord, finished: { log: readonly DecisionEvent[]; ending: string; result: Result | null; now: Date }): CompletedRecord {
  const at = finished.now.toISOString();
  return { ...record, status: 'completed', resume: null, log: [...finished.log], ending: finished.ending, result: finished.result, updatedAt: at, endedAt: at };
}

/** The record in the attempt file format (docs/attempt-format.md): what JSON exports contain. */
export function recordToAttempt(record: AttemptRecord): Attempt {
  return buildAttempt({
    scenario: record.scenario.id,
    record: {
      id: record.id,
      trainee: record.trainee,
      cohort: record.cohort,
      title: record.scenario.title,
      contentHash: record.scenario.contentHash,
      startedAt: record.startedAt,
      endedAt: record.endedAt,
      number: record.number,
      scoring: record.scoring,
    },
    ending: record.ending,
    log: record.log,
    result: record.result,
  });
}

export type ParsedRecord = { ok: true; record: AttemptRecord } | { ok: false; reason: string };

/** Checks a value read from storage; anything else goes to quarantine with the reason. */
export function parseAttemptRecord(value: unknown): ParsedRecord {
  const fail = (reason: string): ParsedRecord => ({ ok: false, reason });
  if (!isRecord(value)) return fail('not an object');
  if (value['schema'] !== RECORD_SCHEMA) return fail(`record schema ${JSON.stringify(value['schema'])} is not one this page reads (${RECORD_SCHEMA})`);
  for (const key of ['id', 'trainee', 'cohort'] as const) if (typeof value[key] !== 'string') return fail(`'${key}' must be a string`);
  const scenario = value['scenario'];
  if (!isRecord(scenario) || typeof scenario['id'] !== 'string' || typeof scenario['title'] !== 'string') return fail(`'scenario' must name an id and a title`);
  if (typeof scenario['contentHash'] !== 'string' || !DIGEST_PATTERN.test(scenario['contentHash'])) return fail(`'scenario.contentHash' must be a sha256 digest`);
  const scoring = scoringConfigProblem(value['scoring']);
  if (scoring) return fail(`'scoring': ${scoring}`);
  for (const key of ['startedAt', 'updatedAt'] as const) {
    if (typeof value[key] !== 'string' || !isIsoTime(value[key] as string)) return fail(`'${key}' must be an ISO 8601 time`);
  }
  if (!Number.isInteger(value['number']) || (value['number'] as number) < 1) return fail(`'number' must be a whole number >= 1`);
  const log = logProblem(value['log']);
  if (log) return fail(log.reason);
  if (value['status'] === 'inProgress') {
    try {
      parseSaveData(value['resume']);
    } catch (error) {
      return fail(messageOf(error));
    }
    if (value['endedAt'] !== null || value['ending'] !== null || value['result'] !== null) return fail('an attempt in progress has no end, ending or result');
  } else if (value['status'] === 'completed') {
    if (value['resume'] !== null) return fail('a completed attempt has nothing to resume');
    if (typeof value['endedAt'] !== 'string' || !isIsoTime(value['endedAt'])) return fail(`'endedAt' must be an ISO 8601 time`);
    if (typeof value['ending'] !== 'string') return fail(`'ending' must be a string`);
    if (value['result'] !== null && !isRecord(value['result'])) return fail(`'result' must be an object or null`);
  } else return fail(`'status' must be "inProgress" or "completed"`);
  return { ok: true, record: value as unknown as AttemptRecord };
}
