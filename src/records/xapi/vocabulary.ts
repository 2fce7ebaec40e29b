// Every IRI Threshold puts in an xAPI statement, in one place. ADL's verbs where one exists; the
// project's own vocabulary (flagging an indicator, the log event a statement carries) under the
// `urn:threshold:` namespace, which is stable across academies and builds. Activity ids are built
// from the academy's configured base, so each academy's LRS groups its own activities.

export const XAPI_VERSION = '1.0.3';

const adl = (verb: string) => `http://adlnet.gov/expapi/verbs/${verb}`;

export const VERBS = {
  launched: { id: adl('launched'), display: { 'en-US': 'launched' } },
  initialized: { id: adl('initialized'), display: { 'en-US': 'initialized' } },
  answered: { id: adl('answered'), display: { 'en-US': 'answered' } },
  suspended: { id: adl('suspended'), display: { 'en-US': 'suspended' } },
  resumed: { id: adl('resumed'), display: { 'en-US': 'resumed' } },
  completed: { id: adl('completed'), display: { 'en-US': 'completed' } },
  passed: { id: adl('passed'), display: { 'en-US': 'passed' } },
  failed: { id: adl('failed'), display: { 'en-US': 'failed' } },
  scored: { id: adl('scored'), display: { 'en-US': 'scored' } },
  terminated: { id: adl('terminated'), display: { 'en-US': 'terminated' } },
  flagged: { id: 'urn:threshold:verb:flagged', display: { 'en-US': 'flagged' } },
  unflagged: { id: 'urn:threshold:verb:unflagged', display: { 'en-US': 'unflagged' } },
} as const;

export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  indicator: 'urn:threshold:activity-type:indicator',
} as const;

export const EXTENSIONS = {
  /** The decision-log events this statement records, from `index` (see rebuild.ts). */
  logSlice: 'urn:threshold:extension:log-slice',
  /** The scenario's content hash: which version of the story was played. */
  scenarioVersion: 'urn:threshold:extension:scenario-version',
  /** A choice's question or behaviour type (the `q` tag, taxonomy.question_types). */
  questionType: 'urn:threshold:extension:question-type',
  /** The competency a choice counts towards (identification, questioning or referral). */
  competency: 'urn:threshold:extension:competency',
} as const;

/** The cmi5 category every cmi5-defined statement carries (cmi5 spec, §9.6.2.1). */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
/** Statements about passing or failing under a mastery score carry this category too (§9.6.2.2). */
export const CMI5_MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const CMI5_SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const CMI5_MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** Namespace for the statement ids Threshold derives (UUID v5), so a resend is the same statement. */
export const STATEMENT_ID_NAMESPACE = '0b6f8e0e-8c1f-4f55-9f0a-6f2f3c1f7d21';
