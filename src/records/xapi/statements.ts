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
import type { DecisionEvent, DecisionLog } from '../../engine/log';
import { COMPETENCIES, type Competency, type Result } from '../../engine/scoring/types';
import { statementId } from './ids';
import type { XapiActivity, XapiAgent, XapiContext, XapiResult, XapiStatement } from './types';
import {
  ACTIVITY_TYPES,
  CMI5_CATEGORY,
  CMI5_MASTERY_EXTENSION,
  CMI5_MOVEON_CATEGORY,
  CMI5_SESSION_EXTENSION,
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
  /** This launch's session id (context extension on every statement). */
  sessionId: string;
  /** Scaled 0–1; when the LMS sets it, passing is decided by it (cmi5 §10.2.2). */
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

/** The statements cmi5 defines (§9.3): they carry the cmi5 category. */
const CMI5_DEFINED: ReadonlySet<VerbName> = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated']);

const TRAINEE_INPUTS: ReadonlySet<DecisionEvent['type']> = new Set([
  'story.choice',
  'notebook.flagged',
  'notebook.unflagged',
  'form.determination',
  'form.referrals',
  'session.paused',
  'session.resumed',
]);

export function isTraineeInput(event: DecisionEvent): boolean {
  return TRAINEE_INPUTS.has(event.type);
}

export function statementsForAttempt(attempt: XapiAttempt): XapiStatement[] {
  const build = statementBuilder(attempt);
  const { log } = attempt;
  const inputs = log.flatMap((event, index) => (isTraineeInput(event) ? [index] : []));
  const sliceEnd = (position: number) => inputs[position + 1] ?? log.length;
  const statements: XapiStatement[] = [];

  if (!attempt.cmi5) statements.push(build.statement('launched', 'launched', 0, build.scenarioActivity));
  // What the story showed before the first input rides on `initialized`.
  statements.push(
    build.statement('initialized', 'initialized', 0, build.scenarioActivity, undefined, {
      index: 0,
      events: log.slice(0, inputs[0] ?? log.length),
    }),
  );
  inputs.forEach((logIndex, position) => {
    const slice = { index: logIndex, events: log.slice(logIndex, sliceEnd(position)) };
    statements.push(build.forInput(logIndex, slice));
  });
  if (attempt.finished) statements.push(...build.closing());
  return statements;
}

function statementBuilder(attempt: XapiAttempt) {
  const { registration, scenario, cmi5 } = attempt;
  const scenarioIri = `${attempt.activityBase}/scenarios/${encodeURIComponent(scenario.id)}`;
  const scenarioActivity: XapiActivity = {
    objectType: 'Activity',
    id: cmi5?.activityId ?? scenarioIri,
    definition: { name: { 'en-US': scenario.title }, type: ACTIVITY_TYPES.scenario },
  };
  const lastAt = attempt.log[attempt.log.length - 1]?.at ?? 0;
  const timestamp = (at: number) => new Date(attempt.startedAt + at).toISOString();

  const activityRef = (id: string): XapiActivity => ({ objectType: 'Activity', id });

  const context = (verb: VerbName, object: XapiActivity, extra: Record<string, unknown>): XapiContext => {
    const cmi5Defined = CMI5_DEFINED.has(verb);
    const moveOn = verb === 'passed' || verb === 'failed';
    const extensions: Record<string, unknown> = { [EXTENSIONS.scenarioVersion]: scenario.version, ...extra };
    if (cmi5) extensions[CMI5_SESSION_EXTENSION] = cmi5.sessionId;
    if (cmi5 && moveOn && cmi5.masteryScore !== undefined) extensions[CMI5_MASTERY_EXTENSION] = cmi5.masteryScore;
    const category = cmi5 && cmi5Defined ? [CMI5_CATEGORY, ...(moveOn ? [CMI5_MOVEON_CATEGORY] : [])].map(activityRef) : [];
    // A sub-activity (a turn, a form, an indicator, a competency) belongs to the scenario.
    const parent = object.id === scenarioActivity.id ? [] : [activityRef(scenarioActivity.id)];
    return {
      registration,
      platform: 'Threshold',
      language: 'en-US',
      ...(category.length + parent.length > 0
        ? { contextActivities: { ...(parent.length > 0 ? { parent } : {}), ...(category.length > 0 ? { category } : {}) } }
        : {}),
      extensions,
    };
  };

  const statement = (
    key: string,
    verb: VerbName,
    at: number,
    object: XapiActivity,
    result?: XapiResult,
    slice?: LogSlice,
    extensions: Record<string, unknown> = {},
  ): XapiStatement => ({
    id: statementId(registration, key),
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
    const event = slice.events[0]!;
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
    closingStatements.push(statement('terminated', 'terminated', lastAt, scenarioActivity, { duration }));
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

/** ISO 8601 duration from milliseconds, to the hundredth of a second (xAPI §4.6). */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 10) / 100);
  return `PT${seconds}S`;
}
