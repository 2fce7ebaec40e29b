// Words for the debrief. Feedback is for a trainee who is learning: it says what happened and what
// to do instead, and takes its explanations from the taxonomy (rationale, definition, notes) so the
// game and the domain reference never drift apart. Never shaming: name the move, not the person.
import {
  determinationsById,
  indicatorsById,
  questionTypesById,
  referralsById,
  taxonomy,
} from '../../content/taxonomy';
import { readableId } from '../../util/words';

/**
 * For each harmful or premature move, the good move that does the same job safely. A judgement of
 * ours, built from the domain reference §4 (documented in docs/scoring.md).
 */
const BETTER_MOVE: Readonly<Record<string, string>> = {
  leading: 'open_invitation',
  multiple_question: 'specific_wh',
  why_didnt_you_leave: 'open_followup',
  blaming: 'validate_empathise',
  judgemental_language: 'validate_empathise',
  express_disbelief: 'validate_empathise',
  confront_inconsistency: 'summarise_check',
  minimise: 'validate_empathise',
  jargon_or_labelling: 'open_followup',
  demand_repeated_retelling: 'summarise_check',
  interrogative_pressure: 'give_control',
  threaten_sanction: 'reassure_victim_status',
  make_support_conditional: 'explain_next_steps',
  promise_unkeepable: 'explain_next_steps',
  question_in_presence_of_controller: 'ensure_privacy',
  use_controller_as_interpreter: 'use_independent_interpreter',
  use_informal_interpreter: 'use_independent_interpreter',
  contact_suspected_controller: 'safety_check',
  uninvited_physical_contact: 'explain_process',
  closed_specific: 'open_invitation',
  specific_wh: 'open_invitation',
  forced_choice: 'open_invitation',
};

export function indicatorLabel(id: string): string {
  return indicatorsById.get(id)?.label ?? id;
}

export function indicatorDefinition(id: string): string {
  return indicatorsById.get(id)?.definition ?? '';
}

export function questionLabel(id: string): string {
  return questionTypesById.get(id)?.label ?? id;
}

export function questionRationale(id: string): string {
  return questionTypesById.get(id)?.rationale ?? '';
}

export function referralLabel(id: string): string {
  return referralsById.get(id)?.label ?? id;
}

/** The referral's definition followed by its practice note, if any. */
export function referralExplanation(id: string): string {
  const entry = referralsById.get(id);
  if (!entry) return '';
  return joinSentences(entry.definition, entry.notes);
}

export function determinationLabel(id: string): string {
  return determinationsById.get(id)?.label ?? id;
}

export function determinationDefinition(id: string): string {
  return determinationsById.get(id)?.definition ?? '';
}

export function consentValueDefinition(id: string): string {
  return taxonomy.consent_values.find((entry) => entry.id === id)?.definition ?? '';
}

/** "Instead: <label>, for example “…”." for a move that has a safer alternative. */
export function insteadOf(q: string): string {
  const better = BETTER_MOVE[q];
  const entry = better === undefined ? undefined : questionTypesById.get(better);
  if (!entry) return '';
  return `Instead: ${lowerFirst(entry.label)}, for example “${entry.example}”`;
}

/** The first few labels, then "and N more", for summaries that must stay short. */
export function listLabels(labels: readonly string[], limit = 4): string {
  const shown = labels.slice(0, limit).map(lowerFirst);
  const rest = labels.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function joinSentences(...parts: ReadonlyArray<string | undefined>): string {
  return parts
    .map((part) => forTrainee(part?.trim() ?? ''))
    .filter((part) => part !== '')
    .map((part) => (/[.!?”"’)]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/**
 * Taxonomy notes are written for authors too and point at answer-key ids ("(condition
 * `controller_present_or_involved`)"); a trainee reads the sentence without the pointer, and any
 * other id in backticks as words.
 */
export function forTrainee(text: string): string {
  return text
    .replace(/\s*\((?:condition|conditions) `[^`]*`\)/g, '')
    .replace(/`([^`]*)`/g, (_, id: string) => readableId(id));
}

/** A taxonomy label inside a sentence: quoted, so labels that are not noun phrases still read well. */
export function quoted(label: string): string {
  return `“${lowerFirst(label)}”`;
}

export function lowerFirst(text: string): string {
  // Keep acronyms and quoted titles as they are: only lower a capital followed by a lower-case letter.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
