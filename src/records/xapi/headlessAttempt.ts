// The xAPI view of a headless play (`npm run stories -- play --xapi`): the statements that attempt
// would send, made by the same statements.ts the page streams with, so what a trainer inspects in
// the terminal is what an LRS would receive. Everything is derived from the play, so the same story
// and seed (or path) print the same bytes: the registration from the attempt's digest, the session
// from the registration, and every timestamp from the play's own clock counted from `startedAt`.
import type { Scenario } from '../../content/types';
import type { Attempt } from '../../engine/attempt';
import { storyContentHash } from '../../engine/digest';
import { derivedId } from './ids';
import { statementsForWholeAttempt, traineeAgent, type XapiAttempt } from './statements';
import type { XapiStatement } from './types';

/** Where a headless play's clock starts unless told otherwise: the clock's own zero. */
export const HEADLESS_STARTED_AT = '1970-01-01T00:00:00.000Z';
/** The activity IRI base of headless plays unless told otherwise (an academy passes its own). */
export const HEADLESS_ACTIVITY_BASE = 'https://academy.example/threshold';

export interface HeadlessXapiOptions {
  /** A UUID; by default one derived from the attempt's digest (another seed, another registration). */
  registration?: string;
  /** ISO 8601: when the play's clock read zero. */
  startedAt?: string;
  activityBase?: string;
}

/**
 * The XapiAttempt of an attempt file. A recorded attempt's actor is its trainee, named as the page
 * names them (name and account on the activity base); a headless play has no trainee, and its actor
 * says so.
 */
function headlessXapiAttempt(scenario: Scenario, attempt: Attempt, options: HeadlessXapiOptions = {}): XapiAttempt {
  const registration = options.registration ?? derivedId(`headless/${attempt.digest}`);
  const startedAt = Date.parse(options.startedAt ?? HEADLESS_STARTED_AT);
  if (Number.isNaN(startedAt)) throw new Error(`'${options.startedAt}' is not an ISO 8601 time`);
  const label = attempt.seed !== undefined ? `seed ${attempt.seed}` : 'scripted path';
  const activityBase = options.activityBase ?? HEADLESS_ACTIVITY_BASE;
  const trainee = attempt.record?.trainee;
  return {
    registration,
    actor: trainee
      ? traineeAgent(trainee, activityBase)
      : { objectType: 'Agent', name: `Headless trainee (${label})`, account: { homePage: activityBase, name: `headless-${attempt.seed ?? 'path'}` } },
    scenario: { id: scenario.meta.id, title: scenario.meta.title, version: storyContentHash(scenario.storyJson) },
    activityBase,
    startedAt,
    log: attempt.log,
    result: attempt.result,
    finished: attempt.ending !== null,
  };
}

/** Everything the attempt sends in one uninterrupted session, in order. */
export function headlessStatements(scenario: Scenario, attempt: Attempt, options: HeadlessXapiOptions = {}): XapiStatement[] {
  const xapi = headlessXapiAttempt(scenario, attempt, options);
  return statementsForWholeAttempt(xapi, { id: derivedId(`session/${xapi.registration}/1`) });
}
