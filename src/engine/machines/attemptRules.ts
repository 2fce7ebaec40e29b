// What a trainee input needs to be accepted, as pure functions returning the reason it is refused
// (null: accepted). The attempt machine's guards are these functions (`=== null`), and the headless
// facade (playthrough.ts) reports the same reasons when it is refused, so "why not" is decided once.
//
// The rules that depend on where the attempt is (paused, a form pending, ended) are the machine's
// own structure: `refusalFor` only words them for a caller, from the state it is in.
import type { DecisionKind } from '../../content/types';
import { determinationsById, indicatorsById, referralsById } from '../../content/taxonomy';
import type { TraineeInput } from '../attemptEvents';
import type { ChoiceOption } from '../storyRunner';
import type { StoryStop } from './attemptStory';
import { choiceAvailability, type ChoiceAvailability, type InterviewContext } from './interviewModel';

/** A choice as the game shows it: available, or visibly unavailable with the reason. */
export type ChoiceView = ChoiceOption & ChoiceAvailability;

/** The choices on offer with what the interview allows now (the distress hold). */
export function offeredChoices(offered: readonly ChoiceOption[], interview: InterviewContext): ChoiceView[] {
  const availability = choiceAvailability(
    interview,
    offered.map((choice) => choice.tags),
  );
  return offered.map(({ index, text, tags }, i) => {
    const allowed = availability[i] ?? { available: true };
    return allowed.available ? { index, text, tags, available: true } : { index, text, tags, available: false, reason: allowed.reason };
  });
}

export function choiceRefusal(choices: readonly ChoiceView[], index: number): string | null {
  const choice = choices[index];
  if (!Number.isInteger(index) || !choice) {
    return `choice ${index} does not exist: ${choices.length} on offer (0-${choices.length - 1})`;
  }
  if (!choice.available) return `choice ${index} ('${choice.text}') is not available now: ${choice.reason}`;
  return null;
}

export function flagRefusal(flags: readonly string[], indicator: string): string | null {
  if (!indicatorsById.has(indicator)) return `'${indicator}' is not an indicator in the taxonomy`;
  if (flags.includes(indicator)) return `'${indicator}' is already flagged`;
  return null;
}

export function unflagRefusal(flags: readonly string[], indicator: string): string | null {
  return flags.includes(indicator) ? null : `'${indicator}' is not flagged`;
}

export function determinationRefusal(determination: string): string | null {
  return determinationsById.has(determination) ? null : `'${determination}' is not a determination in the taxonomy`;
}

export function referralsRefusal(referrals: readonly string[]): string | null {
  const unknown = referrals.filter((id) => !referralsById.has(id));
  return unknown.length > 0 ? `not referrals in the taxonomy: ${unknown.join(', ')}` : null;
}

/** Where an attempt is, as far as accepting input goes (the attempt machine's states). */
export type AttemptStatus =
  | { kind: 'ready' }
  | { kind: 'choosing' }
  | { kind: 'form'; form: DecisionKind }
  | { kind: 'paused' }
  | { kind: 'ended' }
  /** `inkPath`: where in the compiled story it failed, for tools that map it to a file and line. */
  | { kind: 'failed'; message: string; inkPath: string | null };

/**
 * Where the attempt goes once the story has stopped (the attempt machine's `route` state reads this,
 * and so does the headless attempt): a failure or the ending, a form the story waits for or still
 * owes, or the choices on offer.
 */
export function statusAtStop(stop: StoryStop): Exclude<AttemptStatus, { kind: 'ready' | 'paused' }> {
  switch (stop.kind) {
    case 'failed':
      return { kind: 'failed', message: stop.message, inkPath: stop.inkPath };
    case 'ended':
      return { kind: 'ended' };
    case 'form':
      return { kind: 'form', form: stop.form };
    case 'choices':
      return { kind: 'choosing' };
  }
}

/** What the attempt holds that the input rules read. */
export interface RuleContext {
  choices: readonly ChoiceView[];
  flags: readonly string[];
}

const DOING: Record<TraineeInput['type'], string> = {
  'trainee.choose': 'choose',
  'trainee.flag': 'flag an indicator',
  'trainee.unflag': 'unflag an indicator',
  'trainee.submitDetermination': 'submit a determination',
  'trainee.submitReferrals': 'submit referrals',
  'trainee.pause': 'pause',
  'trainee.resume': 'resume',
};

/** Why `input` is refused where the attempt is now, or null if it is accepted. */
export function refusalFor(status: AttemptStatus, context: RuleContext, input: TraineeInput): string | null {
  const doing = DOING[input.type];
  if (status.kind === 'ready') return `cannot ${doing}: the story has not started`;
  if (status.kind === 'failed') return `cannot ${doing}: the story stopped with an error: ${status.message}`;
  if (input.type === 'trainee.resume') return status.kind === 'paused' ? null : 'the attempt is not paused';
  if (status.kind === 'paused') return input.type === 'trainee.pause' ? 'the attempt is already paused' : `cannot ${doing}: the attempt is paused`;
  if (status.kind === 'ended') {
    return input.type === 'trainee.pause' ? 'the attempt is complete: there is nothing to pause' : `cannot ${doing}: the attempt is complete`;
  }
  switch (input.type) {
    case 'trainee.pause':
      return null;
    case 'trainee.flag':
      return flagRefusal(context.flags, input.indicator);
    case 'trainee.unflag':
      return unflagRefusal(context.flags, input.indicator);
    case 'trainee.choose':
      if (status.kind === 'form') return `the story is waiting for the ${status.form} form: submit it before choosing`;
      return choiceRefusal(context.choices, input.index);
    case 'trainee.submitDetermination':
      return formRefusal(status, 'determination') ?? determinationRefusal(input.determination);
    case 'trainee.submitReferrals':
      return formRefusal(status, 'referrals') ?? referralsRefusal(input.referrals);
  }
}

function formRefusal(status: AttemptStatus, form: DecisionKind): string | null {
  if (status.kind === 'form' && status.form === form) return null;
  return status.kind === 'form'
    ? `the story is waiting for the ${status.form} form, not the ${form} form`
    : `the story has not asked for the ${form} form`;
}
