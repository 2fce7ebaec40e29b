// The project's own copy of the domain taxonomy (src/content/taxonomy/taxonomy.json), typed.
// Every tag value that names a domain concept is checked against these lists, and scoring reads
// valence, severity and referral rules from here rather than from the stories.
import raw from './taxonomy/taxonomy.json';

export type Valence = 'good' | 'neutral' | 'harmful';
export type PalermoElement = 'act' | 'means' | 'purpose' | 'child_status' | 'context' | 'consequence';
export type ReferralKind = 'service' | 'information' | 'police_action' | 'disposition';
export type ConsentValue =
  | 'required'
  | 'required_except_emergency'
  | 'not_required'
  | 'not_applicable'
  | 'child_protection_decides';
export type InterviewPhaseId = 'engage_explain' | 'free_account' | 'clarify' | 'close';
export type Effect = 'up' | 'down' | 'none';

export interface FormEntry {
  id: string;
  label: string;
  kind: 'exploitation' | 'modality';
  parent: string | null;
  definition: string;
}
export interface IndicatorEntry {
  id: string;
  label: string;
  definition: string;
  category: string;
  forms: string[];
  observable: 'environment' | 'disclosure' | 'both';
  palermo_element: PalermoElement;
  /** Ids of the ILO forced-labour indicators this one is evidence of. */
  ilo?: string[];
}
export interface IloIndicatorEntry {
  id: string;
  label: string;
  definition: string;
}
export interface QuestionTypeEntry {
  id: string;
  label: string;
  category: 'question' | 'behaviour';
  valence: Valence;
  phase: InterviewPhaseId | 'any';
  rationale: string;
  example: string;
  rapport_effect: Effect;
  distress_effect: Effect;
  /** Harmful types only: 1 minor, 2 serious, 3 critical. */
  severity?: 1 | 2 | 3;
}
export interface ReferralEntry {
  id: string;
  label: string;
  kind: ReferralKind;
  stage: 'immediate' | 'short_term' | 'long_term';
  definition: string;
  /** Disjunctive normal form: any inner list whose conditions all hold. */
  required_when: string[][];
  harmful_when: string[][];
  consent: { adult: ConsentValue; minor: ConsentValue };
  notes?: string;
}
export interface DeterminationEntry {
  id: string;
  label: string;
  /** null for insufficient_information: neither a yes nor a no. */
  trafficking: boolean | null;
  forms: string[];
  definition: string;
  typical_required: string[];
  typical_harmful: string[];
}
export interface IdEntry {
  id: string;
  label?: string;
  definition?: string;
}
export interface MythEntry {
  id: string;
  myth: string;
  fact: string;
}
export interface PrincipleEntry {
  id: string;
  label: string;
  definition: string;
}

export interface Taxonomy {
  schema_version: string;
  forms: FormEntry[];
  indicators: IndicatorEntry[];
  ilo_forced_labour_indicators: IloIndicatorEntry[];
  question_types: QuestionTypeEntry[];
  referrals: ReferralEntry[];
  determinations: DeterminationEntry[];
  conditions: IdEntry[];
  settings: IdEntry[];
  interview_phases: IdEntry[];
  consent_values: IdEntry[];
  principles: PrincipleEntry[];
  myths: MythEntry[];
  risk_factors: IdEntry[];
}

export const taxonomy: Taxonomy = raw as unknown as Taxonomy;

/** The taxonomy lists whose ids a tag value may be drawn from. */
export type IdListName =
  | 'forms'
  | 'indicators'
  | 'question_types'
  | 'referrals'
  | 'determinations'
  | 'conditions'
  | 'settings'
  | 'interview_phases';

function indexById<T extends { id: string }>(list: T[]): ReadonlyMap<string, T> {
  return new Map(list.map((entry) => [entry.id, entry]));
}

export const indicatorsById = indexById(taxonomy.indicators);
export const questionTypesById = indexById(taxonomy.question_types);
export const referralsById = indexById(taxonomy.referrals);
export const determinationsById = indexById(taxonomy.determinations);
export const formsById = indexById(taxonomy.forms);

export function idsOf(list: IdListName): string[] {
  return (taxonomy[list] as { id: string }[]).map((entry) => entry.id);
}

export function isId(list: IdListName, value: string): boolean {
  return idsOf(list).includes(value);
}

/** Classic edit distance, for "did you mean" hints on misspelt ids. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
