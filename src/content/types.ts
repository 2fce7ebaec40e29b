// The shapes the content layer hands to the engine. Everything here is plain data (JSON-safe), so a
// compiled scenario can be written to disk at build time and loaded by the browser unchanged.
import type { DECISION_KINDS, DIFFICULTIES, ParsedTags } from './tagVocabulary';

/** A problem found in a story, always tied to a file (repo-relative, forward slashes) and a line. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Repo-relative path of the file the problem is in, e.g. `stories/hotel.ink`. */
  file: string;
  /** 1-based line number; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
  /**
   * Set by checks that run the story, which only know a place in the compiled story (an inkjs path
   * or a knot name): the CLI maps it to `line` from the sources (content/inkLocation.ts).
   */
  inkPath?: string;
}

/**
 * Tags on an output line, parsed and validated: the line keys of the vocabulary (tagVocabulary.ts),
 * `indicators` always present (every id tagged on the line).
 */
export type LineTags = ParsedTags<'line'>;

/** Tags on a choice, parsed and validated: the choice keys of the vocabulary. */
export type ChoiceTags = ParsedTags<'choice'>;

export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface ScenarioMeta {
  id: string;
  title: string;
  summary: string;
  /** Forms of trafficking the scenario portrays (taxonomy.forms); empty for a decoy. */
  forms: string[];
  setting?: string;
  minutes?: number;
  difficulty?: (typeof DIFFICULTIES)[number];
  contentWarnings: string[];
  scene?: string;
  objectives: string[];
  /** What this scenario teaches, shown only in the debrief (it would give the case away before). */
  teachingPoints?: string[];
  /** Repo-relative path of the root .ink file. */
  source: string;
  /**
   * `# exploration: partial`: the author accepts that `check` may not explore every path (the story
   * is too large for the explorer's budget); a search cut short is then a warning, not an error.
   */
  partialExplorationAccepted?: boolean;
}

/** What a trainee should conclude and do; absent for stories that are not scored. */
export interface AnswerKey {
  /** Accepted determinations (a case can fit more than one). */
  determinations: string[];
  referralsRequired: string[];
  referralsHarmful: string[];
  /** Over-referral: not harmful, but costs a little. */
  referralsUnnecessary: string[];
  /** Facts of the case that drive referral and consent rules (taxonomy.conditions). */
  conditions: string[];
  /**
   * People who must each be screened in private before a determination (`screen` header tag);
   * a choice tagged `screens: <person>` screens one. Absent or empty: no screening item.
   */
  peopleToScreen?: string[];
}

/** Per-scenario overrides of the scoring defaults, from header tags. */
export interface ScoringOverrides {
  weights?: Partial<Record<'identification' | 'questioning' | 'referral', number>>;
  passMark?: number;
  /** Replaces the academy's list of critical decisions for this scenario (`critical_decisions`). */
  criticalDecisions?: string[];
}

export interface Scenario {
  meta: ScenarioMeta;
  /** null: the story has no answer key and is played unscored. */
  answerKey: AnswerKey | null;
  scoring: ScoringOverrides;
  /** Every indicator id tagged anywhere in the story (for explorer and validation). */
  taggedIndicators: string[];
  /** inkjs runtime JSON (the output of Story.ToJson()). */
  storyJson: string;
  /** Warnings that did not stop the story from loading. */
  warnings: Diagnostic[];
}

/** What the menu and briefing need: a scenario without its story JSON (loaded when it is played). */
export type ScenarioSummary = Omit<Scenario, 'storyJson'>;

/** A scenario without its story JSON: what the menu's catalog lists. */
export function summaryOf(scenario: Scenario): ScenarioSummary {
  const { storyJson: _omitted, ...summary } = scenario;
  return summary;
}

/** The menu's view of one story: a playable scenario's summary, or the errors that prevent it. */
export type CatalogEntry = { ok: true; scenario: ScenarioSummary } | Extract<LoadResult, { ok: false }>;

/** The result of loading one story: either a playable scenario, or the errors that prevent it. */
export type LoadResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; source: string; errors: Diagnostic[]; warnings: Diagnostic[] };

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return d.severity === 'warning' ? `${where}: warning: ${d.message}` : `${where}: ${d.message}`;
}
