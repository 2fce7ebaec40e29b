// The xAPI statements of one attempt, as a pure function of its decision log: what the game streams
// to the academy's LRS while the trainee plays, what `stories -- play --xapi` prints, and what the
// results view rebuilds a log from (rebuild.ts). Being a function of the log is what makes the
// stream idempotent: statements for a longer log begin with exactly the statements for a shorter one
// (same ids, same content), so the sender only ever appends.
//
// Each trainee input (a choice, a flag, a form, a pause) is one statement, and carries the slice of
// the log from that input up to the next one, i.e. the input and what the story showed in answer.
// That makes the stream a complete copy of the log (see rebuild.ts) without a statement for every
// line the story showed. The log must be settled when this runs (the attempt waits for the trainee),
// which is always so between inputs: an input and the story's answer to it are recorded together.
import { inputOf } from '../../engine/attemptEvents';
import type { DecisionEvent, DecisionLog } from '../../engine/log';
import { COMPETENCIES, type Competency, type Result } from '../../engine/scoring/types';
import { isoDuration } from '../lms/scormValues';
import { cmi5PublisherId } from './cmi5CourseStructure';
import { statementId } from './ids';
import type { XapiActivity, XapiAgent, XapiContext, XapiResult, XapiStatement } from './types';
import {
  ACTIVITY_TYPES,
  CMI5_CATEGORY,
  CMI5_MASTERY_EXTENSION,
  CMI5_MOVEON_CATEGORY,
  EXTENSIONS,
  VERBS,
  type VerbName,
} from './vocabulary';

export interface XapiScenario {
  id: string;
  title: string;
  /** Content hash of the compiled story: the version the attempt was played on. */
  version: string;
}

/** Launch data from a cmi5 LMS; its presence turns on the cmi5 rules (cmi5 spec §9). */
export interface Cmi5Launch {
  /** The AU's activity id, from the launch URL. cmi5-defined statements use it as their object. */
  activityId: string;
  /**
   * LMS.LaunchData's contextTemplate: the base of every statement's context (cmi5 §10.2.1). It
   * holds the session id (an extension) and the LMS's grouping activities.
   */
  contextTemplate: XapiContext;
  /** Scaled 0–1; when the LMS sets it, passed/failed carry it (cmi5 §9.6.3.1). */
  masteryScore?: number;
}

export interface XapiAttempt {
  /** One UUID per attempt (context.registration); for cmi5, the LMS's registration. */
  registration: string;
  actor: XapiAgent;
  scenario: XapiScenario;
  /** IRI prefix of the academy's activities, e.g. https://academy.example/threshold (no trailing slash). */
  activityBase: string;
  /** Wall-clock time the attempt started (epoch ms): an event's time is startedAt + its `at`. */
  startedAt: number;
  log: DecisionLog;
  /** The scored result once the attempt is complete; null while it is in progress or unscored. */
  result: Result | null;
  /** True once the attempt is over (complete, or an unscored story that ended). */
  finished: boolean;
  cmi5?: Cmi5Launch;
}

/** The log events a statement records: `events` are log[index], log[index + 1], … */
export interface LogSlice {
  index: number;
  events: DecisionEvent[];
}

/** A trainee as the statements name them: their name, and an account on the academy's activity base. */
export function traineeAgent(trainee: string, activityBase: string): XapiAgent {
  return { objectType: 'Agent', ...(trainee ? { name: trainee } : {}), account: { homePage: activityBase, name: trainee || 'anonymous' } };
}

/**
 * A scenario's activity IRI: the object of its own statements and the parent of every sub-activity
 * (a turn, a form, an indicator, a competency), so an LRS query by it with related activities finds
 * the whole attempt (plain xAPI; under cmi5 the LMS's AU id takes its place).
 */
export function scenarioActivityId(activityBase: string, scenarioId: string): string {
  return `${activityBase}/scenarios/${encodeURIComponent(scenarioId)}`;
}

/** The statements cmi5 defines (§9.3): they carry the cmi5 category. */
const CMI5_DEFINED: ReadonlySet<VerbName> = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated']);

/** A trainee input, by the engine's one rule for what the trainee (not the story) did. */
export function isTraineeInput(event: DecisionEvent): boolean {
  return inputOf(event) !== null;
}

/** One launch of the game: statements sent during it carry its id (cmi5's session id). */
export interface XapiSession {
  id: string;
}

/**
 * The statements the attempt's log stands for: `launched` (plain xAPI only: under cmi5 the LMS
 * launches), one statement per trainee input carrying its slice of the log, and once the attempt is
 * finished `completed`, `passed` or `failed` with the overall score, and one `scored` per
 * competency. `fromLogIndex` leaves out inputs before it (under cmi5, what earlier sessions sent).
 */
export function statementsForLog(attempt: XapiAttempt, options: { fromLogIndex?: number } = {}): XapiStatement[] {
  const build = statementBuilder(attempt);
  const { log } = attempt;
  const from = options.fromLogIndex ?? 0;
  const inputs = log.flatMap((event, index) => (isTraineeInput(event) ? [index] : []));
  const statements: XapiStatement[] = [];
  if (!attempt.cmi5 && from === 0) statements.push(build.statement('launched', 'launched', 0, build.scenarioActivity));
  inputs.forEach((logIndex, position) => {
    if (logIndex < from) return;
    // Each slice runs from the end of the previous one: the first also carries what the story
    // showed before the first input, the last what it showed after the last.
    const sliceStart = position === 0 ? 0 : logIndex;
    const sliceEnd = inputs[position + 1] ?? log.length;
    statements.push(build.forInput(logIndex, { index: sliceStart, events: log.slice(sliceStart, sliceEnd) }));
  });
  if (attempt.finished) statements.push(...build.closing());
  return statements;
}

/** `initialized` when a session starts, `terminated` when it ends (cmi5 requires both per launch). */
export function sessionStatement(attempt: XapiAttempt, session: XapiSession, verb: 'initialized' | 'terminated', at: number): XapiStatement {
  const build = statementBuilder(attempt);
  const durationMs = verb === 'terminated' ? at : undefined;
  return build.statement(`session/${session.id}/${verb}`, verb, at, build.scenarioActivity, durationMs === undefined ? undefined : { duration: isoDuration(durationMs) });
}

/** Everything one uninterrupted attempt sends, in order: what `stories -- play --xapi` prints. */
export function statementsForWholeAttempt(attempt: XapiAttempt, session: XapiSession): XapiStatement[] {
  const lastAt = attempt.log[attempt.log.length - 1]?.at ?? 0;
  const logStatements = statementsForLog(attempt);
  const launched = attempt.cmi5 ? [] : logStatements.splice(0, 1);
  return [...launched, sessionStatement(attempt, session, 'initialized', 0), ...logStatements, sessionStatement(attempt, session, 'terminated', lastAt)];
}

function statementBuilder(attempt: XapiAttempt) {
  const { registration, scenario, cmi5 } = attempt;
  const scenarioIri = scenarioActivityId(attempt.activityBase, scenario.id);
  const publisherId = cmi5PublisherId(scenario.id);
  const scenarioActivity: XapiActivity = {
    objectType: 'Activity',
    id: cmi5?.activityId ?? scenarioIri,
    definition: { name: { 'en-US': scenario.title }, type: ACTIVITY_TYPES.scenario },
  };
  const lastAt = attempt.log[attempt.log.length - 1]?.at ?? 0;
  const timestamp = (at: number) => new Date(attempt.startedAt + at).toISOString();

  const activityRef = (id: string): XapiActivity => ({ objectType: 'Activity', id });

  const context = (verb: VerbName, object: XapiActivity, extra: Record<string, unknown>): XapiContext => {
    const template = cmi5?.contextTemplate ?? {};
    const cmi5Defined = CMI5_DEFINED.has(verb);
    const moveOn = verb === 'passed' || verb === 'failed' || verb === 'completed';
    const extensions: Record<string, unknown> = { ...template.extensions, [EXTENSIONS.scenarioVersion]: scenario.version, ...extra };
    if (cmi5 && (verb === 'passed' || verb === 'failed') && cmi5.masteryScore !== undefined) extensions[CMI5_MASTERY_EXTENSION] = cmi5.masteryScore;
    const category = [
      ...(template.contextActivities?.category ?? []),
      ...(cmi5 && cmi5Defined ? [CMI5_CATEGORY, ...(moveOn ? [CMI5_MOVEON_CATEGORY] : [])].map(activityRef) : []),
    ];
    // A sub-activity (a turn, a form, an indicator, a competency) belongs to the scenario.
    const parent = [...(template.contextActivities?.parent ?? []), ...(object.id === scenarioActivity.id ? [] : [activityRef(scenarioActivity.id)])];
    // The AU's publisher id, by which a trainer's query finds cmi5 attempts (lrsCohort.ts): the LMS
    // must put it in the template (cmi5 §9.6.2.3); added when an LMS did not, never duplicated.
    const templateGrouping = template.contextActivities?.grouping ?? [];
    const publisher = cmi5 && !templateGrouping.some((activity) => activity.id === publisherId) ? [activityRef(publisherId)] : [];
    const grouping = [...templateGrouping, ...publisher];
    const contextActivities = {
      ...(parent.length > 0 ? { parent } : {}),
      ...(grouping.length > 0 ? { grouping } : {}),
      ...(category.length > 0 ? { category } : {}),
    };
    return {
      ...template,
      registration,
      platform: 'Threshold',
      language: 'en-US',
      ...(Object.keys(contextActivities).length > 0 ? { contextActivities } : {}),
      extensions,
    };
  };

  // Statement ids derive from the registration, but under cmi5 the registration is the trainee's
  // enrolment in the whole course (cmi5 §8.1), shared by every scenario's AU: the scenario's id in
  // the key keeps two scenarios' statements from having the same ids (the LRS would refuse the second).
  const statementKey = (key: string): string => (cmi5 ? `${scenario.id}/${key}` : key);

  const statement = (
    key: string,
    verb: VerbName,
    at: number,
    object: XapiActivity,
    result?: XapiResult,
    slice?: LogSlice,
    extensions: Record<string, unknown> = {},
  ): XapiStatement => ({
    id: statementId(registration, statementKey(key)),
    actor: attempt.actor,
    verb: VERBS[verb],
    object,
    ...(result ? { result } : {}),
    context: context(verb, object, { ...extensions, ...(slice ? { [EXTENSIONS.logSlice]: slice } : {}) }),
    timestamp: timestamp(at),
  });

  const subActivity = (path: string, name: string, type: string, interaction = false): XapiActivity => ({
    objectType: 'Activity',
    id: `${scenarioIri}/${path}`,
    definition: { name: { 'en-US': name }, type, ...(interaction ? { interactionType: 'other' as const } : {}) },
  });

  const forInput = (logIndex: number, slice: LogSlice): XapiStatement => {
    const event = attempt.log[logIndex]!;
    const key = `event/${logIndex}`;
    switch (event.type) {
      case 'story.choice': {
        const competency = choiceCompetency(event.tags);
        const extensions = {
          ...(event.tags.q ? { [EXTENSIONS.questionType]: event.tags.q } : {}),
          ...(competency ? { [EXTENSIONS.competency]: competency } : {}),
        };
        return statement(
          key,
          'answered',
          event.at,
          subActivity(`turns/${event.turn}`, `Turn ${event.turn + 1}`, ACTIVITY_TYPES.interaction, true),
          { response: event.text },
          slice,
          extensions,
        );
      }
      case 'notebook.flagged':
      case 'notebook.unflagged':
        return statement(
          key,
          event.type === 'notebook.flagged' ? 'flagged' : 'unflagged',
          event.at,
          subActivity(`indicators/${encodeURIComponent(event.indicator)}`, event.indicator, ACTIVITY_TYPES.indicator),
          undefined,
          slice,
          { [EXTENSIONS.competency]: 'identification' },
        );
      case 'form.determination':
        return statement(
          key,
          'answered',
          event.at,
          subActivity('determination', 'Determination', ACTIVITY_TYPES.interaction, true),
          { response: event.determination },
          slice,
          { [EXTENSIONS.competency]: 'identification' },
        );
      case 'form.referrals':
        return statement(
          key,
          'answered',
          event.at,
          subActivity('referrals', 'Referrals', ACTIVITY_TYPES.interaction, true),
          // The cmi.interaction convention for several answers: `[,]` between them.
          { response: event.referrals.join('[,]') },
          slice,
          { [EXTENSIONS.competency]: 'referral' },
        );
      case 'session.paused':
        return statement(key, 'suspended', event.at, scenarioActivity, undefined, slice);
      case 'session.resumed':
        return statement(key, 'resumed', event.at, scenarioActivity, undefined, slice);
      default:
        throw new Error(`xAPI: log event ${logIndex} ('${event.type}') is not a trainee input`);
    }
  };

  const closing = (): XapiStatement[] => {
    const duration = isoDuration(lastAt);
    const closingStatements: XapiStatement[] = [];
    const { result } = attempt;
    if (result) {
      const overall = result.scores.overall;
      const score = { scaled: overall / 100, raw: overall, min: 0, max: 100 };
      closingStatements.push(statement('completed', 'completed', lastAt, scenarioActivity, { completion: true, duration }));
      closingStatements.push(
        statement('outcome', result.passed ? 'passed' : 'failed', lastAt, scenarioActivity, {
          score,
          success: result.passed,
          duration,
        }),
      );
      for (const competency of COMPETENCIES) {
        const raw = result.scores[competency];
        closingStatements.push(
          statement(
            `scored/${competency}`,
            'scored',
            lastAt,
            subActivity(`competencies/${competency}`, competencyName(competency), ACTIVITY_TYPES.objective),
            { score: { scaled: raw / 100, raw, min: 0, max: 100 } },
            undefined,
            { [EXTENSIONS.competency]: competency },
          ),
        );
      }
    } else {
      // An unscored story that ended: completed, with no score and no pass or fail.
      closingStatements.push(statement('completed', 'completed', lastAt, scenarioActivity, { completion: true, duration }));
    }
    return closingStatements;
  };

  return { scenarioActivity, statement, forInput, closing };
}

function choiceCompetency(tags: { q?: string; hotspot?: string }): Competency | undefined {
  if (tags.q) return 'questioning';
  if (tags.hotspot) return 'identification';
  return undefined;
}

function competencyName(competency: Competency): string {
  switch (competency) {
    case 'identification':
      return 'Victim identification';
    case 'questioning':
      return 'Trauma-informed questioning';
    case 'referral':
      return 'Referral decisions';
  }
}
