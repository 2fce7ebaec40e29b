// The results page's cohort from the academy's LRS: statements fetched by scenario activity and
// stored-time range, one attempt per registration, each attempt's log rebuilt from its statements
// (xapi/rebuild.ts) and verified by replay like an imported file (importCheck.ts). The LRS received
// the statements as the attempt happened, so it is the anchor: an imported file whose attempt the
// LRS holds differently, or not at all, is flagged with what differs (docs/attempt-format.md, threat
// model). Everything but loadLrsCohort is a pure function of what the LRS answered.
import type { Attempt } from '../engine/attempt';
import { buildAttempt } from '../engine/attempt';
import { shortHash, storyContentHash } from '../engine/digest';
import type { DecisionEvent, DecisionLog } from '../engine/log';
import { score } from '../engine/scoring/score';
import { COMPETENCIES, type Competency, type Result } from '../engine/scoring/types';
import { firstDifference, isJsonPrefix, showJson } from '../util/json';
import { checkAttempt, type CheckContext, type CheckedAttempt } from './importCheck';
import { cmi5PublisherId } from './xapi/cmi5CourseStructure';
import { fetchStatements, type LrsConfig } from './xapi/lrsClient';
import { byRegistration, rebuildLog } from './xapi/rebuild';
import { scenarioActivityId } from './xapi/statements';
import type { XapiAgent, XapiStatement } from './xapi/types';
import { EXTENSIONS, VERBS } from './xapi/vocabulary';

/** What the trainer asked the LRS for. */
export interface LrsCohortRequest {
  lrs: LrsConfig;
  /** The academy's activity IRI prefix (statements.ts: `<base>/scenarios/<id>`). */
  activityBase: string;
  /** The scenarios to load: one, or every scenario this build carries. */
  scenarios: readonly string[];
  /** ISO 8601 bounds on when the LRS stored the statements (xAPI `since` / `until`). */
  since?: string;
  until?: string;
}

/** One attempt's statements as the LRS holds them, and the scenario it was found under. */
export interface LrsAttemptStatements {
  registration: string;
  scenario: string;
  statements: XapiStatement[];
}

type Fetch = typeof fetch;

/**
 * Fetches the statements of every requested scenario and groups them into attempts. A scenario's
 * statements are found by either of two activities, each with related activities so that the
 * sub-activities come too: its activity under the academy's base (plain xAPI), and its AU's
 * publisher id (a cmi5 launch, whose statements name the LMS's own activity id instead but carry
 * the publisher id in their grouping, cmi5 §9.6.2.3). An attempt that began before `since` or went
 * on after `until` comes back with only part of its log: such an attempt is fetched again whole by
 * its registration, so the range picks attempts without cutting them.
 */
export async function loadLrsCohort(request: LrsCohortRequest, options: { fetch?: Fetch; pageSize?: number } = {}): Promise<LrsAttemptStatements[]> {
  const fetchOptions = options.fetch ? { fetch: options.fetch } : {};
  const limit = options.pageSize !== undefined ? { limit: options.pageSize } : {};
  const range = { ...(request.since ? { since: request.since } : {}), ...(request.until ? { until: request.until } : {}) };
  const attempts: LrsAttemptStatements[] = [];
  for (const scenario of request.scenarios) {
    for (const activity of scenarioActivities(request.activityBase, scenario)) {
      const query = { activity, relatedActivities: true, ...limit };
      const statements = await fetchStatements(request.lrs, { ...query, ...range }, fetchOptions);
      for (const [registration, group] of byRegistration(statements)) {
        if (attempts.some((found) => found.registration === registration && found.scenario === scenario)) continue;
        // By the activity too: a cmi5 registration is the trainee's whole course, every scenario in it.
        const whole = cutByRange(registration, group, request) ? await fetchStatements(request.lrs, { ...query, registration }, fetchOptions) : group;
        attempts.push({ registration, scenario, statements: whole });
      }
    }
  }
  return attempts;
}

/** The activities a scenario's statements are found by: plain xAPI's, then cmi5's publisher id. */
function scenarioActivities(activityBase: string, scenarioId: string): string[] {
  return [scenarioActivityId(activityBase, scenarioId), cmi5PublisherId(scenarioId)];
}

/**
 * Whether the range may have cut the attempt: its log does not rebuild from the start (the first
 * input's statement carries the log from event 0), or `until` is set and the attempt has not ended
 * its session (`terminated`) within it. One more query, by registration, then gets all of it.
 */
function cutByRange(registration: string, group: readonly XapiStatement[], request: LrsCohortRequest): boolean {
  const rebuilt = rebuildLog(registration, group);
  if (!rebuilt.ok || rebuilt.log.length === 0) return true;
  return request.until !== undefined && !group.some((statement) => statement.verb.id === VERBS.terminated.id);
}

/** What the game told the LRS about the attempt's end: whether it finished and the scores it sent. */
interface LrsClaims {
  finished: boolean;
  overall?: number;
  passed?: boolean;
  competencies: Partial<Record<Competency, number>>;
}

/** One LRS attempt, rebuilt and verified by replay; reasons say what the LRS holds. */
export function checkLrsAttempt(found: LrsAttemptStatements, endpoint: string, context: CheckContext): CheckedAttempt {
  const { registration } = found;
  // Every statement the game makes names the story version it was played on; those without one are
  // not the game's (a cmi5 LMS records `launched`, `satisfied`… under the same registration and
  // publisher id, cmi5 §9.3) and say nothing about the attempt's log or scores.
  const statements = found.statements.filter((statement) => statement.context?.extensions?.[EXTENSIONS.scenarioVersion] !== undefined);
  const source = { kind: 'lrs' as const, endpoint, registration, actor: actorName(statements[0]?.actor) };
  const unverifiable = (reason: string): CheckedAttempt => ({ source, status: 'unverifiable', reason });
  const tampered = (reason: string, attempt?: Attempt): CheckedAttempt => ({ source, status: 'tampered', reason, ...(attempt ? { attempt } : {}) });
  const scenario = context.scenarios.get(found.scenario);
  if (!scenario) return unverifiable(`this build has no scenario '${found.scenario}'`);
  const rebuilt = rebuildLog(registration, statements);
  if (!rebuilt.ok) {
    const reason = `the LRS's statements do not make one log: ${rebuilt.reason}`;
    return rebuilt.cause === 'conflict' ? tampered(reason) : unverifiable(rebuilt.cause === 'gap' ? `${reason} (still queued on the trainee's device?)` : reason);
  }
  const versions = new Set(statements.map((statement) => statement.context?.extensions?.[EXTENSIONS.scenarioVersion]));
  if (versions.size > 1) return tampered(`the attempt's statements name ${versions.size} story versions`);
  const thisVersion = storyContentHash(scenario.storyJson);
  const [version] = versions;
  if (version !== thisVersion) {
    const named = typeof version === 'string' && version.startsWith('sha256:') ? shortHash(version as `sha256:${string}`) : showJson(version);
    return unverifiable(`the attempt was played on another version of '${found.scenario}' (story ${named}, this one is ${shortHash(thisVersion)})`);
  }
  const log = rebuilt.log;
  const ending = endingOf(log);
  const claims = claimsOf(statements);
  if (ending !== null && !claims.finished) return unverifiable("the LRS has not received the attempt's end yet (no 'completed' statement)");
  if (ending === null && claims.finished) return tampered("the LRS received 'completed', but the log it received never reaches an ending");
  const config = context.configFor(scenario);
  let result: Result | null;
  try {
    result = ending === null ? null : score(scenario, log, config);
  } catch {
    // Scored again by verify, which names what fails.
    result = null;
  }
  const checked = checkAttempt(buildAttempt({ scenario: found.scenario, ending, log: [...log], result }), context);
  if (checked.status !== 'verified') return { source, ...checked };
  const differences = claimDifferences(claims, result);
  if (differences.length > 0) return tampered(`the game sent ${differences.join('; ')} (edited in the LRS, or scored under another configuration)`, checked.attempt);
  return { source, ...checked };
}

/** The ending the log reaches, or null while the attempt is unfinished. */
function endingOf(log: DecisionLog): string | null {
  const ended = [...log].reverse().find((event): event is Extract<DecisionEvent, { type: 'story.ended' }> => event.type === 'story.ended');
  return ended ? ended.ending : null;
}

function claimsOf(statements: readonly XapiStatement[]): LrsClaims {
  const claims: LrsClaims = { finished: false, competencies: {} };
  for (const statement of statements) {
    const verb = statement.verb.id;
    if (verb === VERBS.completed.id) claims.finished = true;
    if (verb === VERBS.passed.id || verb === VERBS.failed.id) {
      claims.passed = verb === VERBS.passed.id;
      if (statement.result?.score?.raw !== undefined) claims.overall = statement.result.score.raw;
    }
    const competency = statement.context?.extensions?.[EXTENSIONS.competency];
    if (verb === VERBS.scored.id && COMPETENCIES.includes(competency as Competency) && statement.result?.score?.raw !== undefined) {
      claims.competencies[competency as Competency] = statement.result.score.raw;
    }
  }
  return claims;
}

/** Where the scores the game sent differ from the replay's, in words. */
function claimDifferences(claims: LrsClaims, result: Result | null): string[] {
  if (!result) return claims.overall !== undefined || claims.passed !== undefined ? ['a score for an attempt the replay leaves unscored'] : [];
  const differences: string[] = [];
  if (claims.overall !== result.scores.overall) differences.push(`overall ${showJson(claims.overall)}, the replay scores ${result.scores.overall}`);
  if (claims.passed !== result.passed) differences.push(`${claims.passed === undefined ? 'no pass or fail' : claims.passed ? 'passed' : 'failed'}, the replay ${result.passed ? 'passes' : 'fails'} it`);
  for (const competency of COMPETENCIES) {
    const sent = claims.competencies[competency];
    if (sent !== result.scores[competency]) differences.push(`${competency} ${showJson(sent)}, the replay scores ${result.scores[competency]}`);
  }
  return differences;
}

function actorName(actor: XapiAgent | undefined): string {
  if (!actor) return '';
  if (actor.name) return actor.name;
  return 'account' in actor ? actor.account.name : actor.mbox.replace(/^mailto:/, '');
}

/**
 * The imported files' attempts held against an LRS load. A verified file attempt whose registration
 * (its record id) the LRS holds must be the same attempt: same log, same ending, same result, or it
 * is marked `disagrees` with what differs. One the LRS does not hold although the load covers it
 * (its scenario was loaded and it started inside the range) disagrees too: the LRS never received it.
 * An identical one is marked confirmed, so the cohort counts it once.
 */
export function anchorToLrs(files: readonly CheckedAttempt[], lrs: readonly CheckedAttempt[], request: LrsCohortRequest): CheckedAttempt[] {
  const held = new Map(lrs.flatMap((entry) => (entry.source.kind === 'lrs' ? [[entry.source.registration, entry] as const] : [])));
  return files.map((entry) => {
    const attempt = entry.attempt;
    const registration = attempt?.record?.id;
    if (entry.status !== 'verified' || !attempt || !registration) return entry;
    const inLrs = held.get(registration);
    if (!inLrs) {
      return covers(request, attempt)
        ? { ...entry, status: 'disagrees', reason: `the LRS holds no statements of this attempt (registration ${registration}): it never received it as it was played` }
        : entry;
    }
    if (!inLrs.attempt) return { ...entry, status: 'disagrees', reason: `the LRS's copy of this attempt cannot be rebuilt (${inLrs.reason ?? 'unreadable'}), so the file cannot be confirmed` };
    // A file exported while the attempt was in progress is an earlier snapshot of what the LRS holds.
    if (attempt.ending === null && isJsonPrefix(attempt.log, inLrs.attempt.log)) return { ...entry, confirmedByLrs: true };
    const differences = attemptDifferences(attempt, inLrs.attempt);
    // The game sends the trainee's name as the actor's (none for an anonymous attempt).
    const actor = inLrs.source.kind === 'lrs' ? inLrs.source.actor : '';
    if (attempt.record && attempt.record.trainee !== '' && attempt.record.trainee !== actor) differences.unshift(`trainee: the file has ${showJson(attempt.record.trainee)}, the LRS ${showJson(actor)}`);
    if (differences.length === 0) return { ...entry, confirmedByLrs: true };
    return { ...entry, status: 'disagrees', reason: `differs from what the LRS received: ${differences.join('; ')}` };
  });
}

/** Does the load cover this file attempt: its scenario was asked for and it started in the range? */
function covers(request: LrsCohortRequest, attempt: Attempt): boolean {
  const started = attempt.record ? Date.parse(attempt.record.startedAt) : Number.NaN;
  if (!request.scenarios.includes(attempt.scenario) || Number.isNaN(started)) return false;
  if (request.since && started < Date.parse(request.since)) return false;
  if (request.until && started > Date.parse(request.until)) return false;
  return true;
}

/** Where a file's attempt and the LRS's differ: the log (first event), the ending, the scores. */
function attemptDifferences(file: Attempt, lrs: Attempt): string[] {
  const differences: string[] = [];
  const log = logDifference(file.log, lrs.log);
  if (log) differences.push(log);
  if (file.ending !== lrs.ending) differences.push(`ending: the file has ${showJson(file.ending)}, the LRS ${showJson(lrs.ending)}`);
  const scores = (attempt: Attempt) => (attempt.result ? { passed: attempt.result.passed, ...attempt.result.scores } : null);
  const result = firstDifference(scores(file), scores(lrs), 'result');
  if (result) differences.push(`${result.path}: the file has ${showJson(result.left)}, the LRS ${showJson(result.right)}`);
  return differences;
}

function logDifference(file: DecisionLog, lrs: DecisionLog): string | undefined {
  const shared = Math.min(file.length, lrs.length);
  for (let index = 0; index < shared; index++) {
    const difference = firstDifference(file[index], lrs[index], `log[${index}]`);
    if (difference) return `${difference.path} (${lrs[index]!.type}): the file has ${showJson(difference.left)}, the LRS ${showJson(difference.right)}`;
  }
  if (file.length > lrs.length) return `the LRS received only the first ${lrs.length} of the file's ${file.length} log events (the rest not yet sent from the trainee's device, or added afterwards)`;
  if (file.length < lrs.length) return `the file stops after ${file.length} log events; the LRS received ${lrs.length}`;
  return undefined;
}

/**
 * The attempts the cohort's figures count: verified ones, each once. An LRS-confirmed file is the
 * LRS's; the same attempt in several files (the same export dropped twice, a trainee's own export
 * beside the shared computer's "all attempts" one, or one exported mid-attempt and again at the end)
 * counts once, as its furthest version: the one with the longest log.
 */
export function cohortAttempts(checked: readonly CheckedAttempt[]): Attempt[] {
  const counted = new Map<string, Attempt>();
  for (const entry of checked) {
    if (entry.status !== 'verified' || !entry.attempt || entry.confirmedByLrs) continue;
    // The record's id is made once per attempt by the browser that recorded it (with the scenario,
    // in case an id is shared across a course's scenarios); an attempt without one (played headless,
    // or rebuilt from an LRS) is the same attempt only if it is the same, digest and all.
    const key = entry.attempt.record ? `record:${entry.attempt.scenario}:${entry.attempt.record.id}` : `digest:${entry.attempt.digest}`;
    const earlier = counted.get(key);
    if (!earlier || entry.attempt.log.length > earlier.log.length) counted.set(key, entry.attempt);
  }
  return [...counted.values()];
}
