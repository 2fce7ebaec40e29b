// One rule, one place: what goes into the decision log. A trainee input becomes its own event, and
// the story's reply to it (the step the runner produced next) becomes observations: the interview
// phases entered and indicators shown, line by line, then the form asked for or the ending. The
// live attempt (machines/attemptMachine.ts), replay, verify, the headless player and the story
// explorer all build their logs with these functions, so a log means the same thing everywhere.
//
// Events come out untimed: the caller stamps each with one reading of its clock (the explorer,
// which needs no times, stamps 0).
import type { DecisionKind } from '../content/types';
import type { DecisionEvent } from './log';
import { isInterviewPhase } from './machines/interviewModel';
import type { ChoiceOption, Line, Step } from './storyRunner';

/** Everything an event carries except its time. */
export type Untimed<E> = E extends DecisionEvent ? Omit<E, 'at'> : never;
export type UntimedEvent = Untimed<DecisionEvent>;

/** A trainee input, namespaced by its source, as the attempt machine receives it. */
export type TraineeInput =
  | { type: 'trainee.choose'; index: number }
  | { type: 'trainee.flag'; indicator: string }
  | { type: 'trainee.unflag'; indicator: string }
  | { type: 'trainee.submitDetermination'; determination: string }
  | { type: 'trainee.submitReferrals'; referrals: readonly string[] }
  | { type: 'trainee.pause' }
  | { type: 'trainee.resume' };

/** Which forms have been submitted so far. */
export interface FormsAnswered {
  determination: boolean;
  referrals: boolean;
}

/**
 * The event a trainee input records. A choice records its turn (choices made before it), its index
 * among `offered` and that choice's text and tags; the caller has checked that it is on offer.
 */
export function inputEvent(input: TraineeInput, offered: readonly ChoiceOption[], turn: number): UntimedEvent {
  switch (input.type) {
    case 'trainee.choose': {
      const choice = offered[input.index];
      if (!choice) throw new RangeError(`choice ${input.index} is not on offer (${offered.length} offered)`);
      return { type: 'story.choice', turn, index: input.index, text: choice.text, tags: choice.tags };
    }
    case 'trainee.flag':
      return { type: 'notebook.flagged', indicator: input.indicator };
    case 'trainee.unflag':
      return { type: 'notebook.unflagged', indicator: input.indicator };
    case 'trainee.submitDetermination':
      return { type: 'form.determination', determination: input.determination };
    case 'trainee.submitReferrals':
      // A referral ticked twice is one referral.
      return { type: 'form.referrals', referrals: [...new Set(input.referrals)] };
    case 'trainee.pause':
      return { type: 'session.paused' };
    case 'trainee.resume':
      return { type: 'session.resumed' };
  }
}

/** The logged trainee input back as the input that made it (replay); null for an observation. */
export function inputOf(event: DecisionEvent): TraineeInput | null {
  switch (event.type) {
    case 'story.choice':
      return { type: 'trainee.choose', index: event.index };
    case 'notebook.flagged':
      return { type: 'trainee.flag', indicator: event.indicator };
    case 'notebook.unflagged':
      return { type: 'trainee.unflag', indicator: event.indicator };
    case 'form.determination':
      return { type: 'trainee.submitDetermination', determination: event.determination };
    case 'form.referrals':
      return { type: 'trainee.submitReferrals', referrals: event.referrals };
    case 'session.paused':
      return { type: 'trainee.pause' };
    case 'session.resumed':
      return { type: 'trainee.resume' };
    default:
      return null;
  }
}

/**
 * What the lines of a step show, line by line: the interview phase entered, the indicators shown,
 * then the person's answer to an offer of services (agrees / declines).
 */
export function lineEvents(lines: readonly Line[]): UntimedEvent[] {
  const events: UntimedEvent[] = [];
  for (const line of lines) {
    const phase = line.tags.phase;
    if (phase !== undefined && isInterviewPhase(phase)) events.push({ type: 'story.phaseEntered', phase });
    for (const indicator of line.tags.indicators) events.push({ type: 'story.indicatorShown', indicator, line: line.text });
    if (line.tags.agrees) events.push({ type: 'story.consentAnswered', answer: 'agrees', referrals: line.tags.agrees });
    if (line.tags.declines) events.push({ type: 'story.consentAnswered', answer: 'declines', referrals: line.tags.declines });
  }
  return events;
}

/**
 * How a step stops: the form its last line asked for, or the ending, followed by the first form a
 * scored story still owes when it ended without asking (see owedForm).
 */
export function stopEvents(step: Step, owed: DecisionKind | null): UntimedEvent[] {
  if (step.decision) return [{ type: 'story.decisionRequested', decision: step.decision }];
  if (!step.ended) return [];
  const ended: UntimedEvent = { type: 'story.ended', ending: step.ending ?? 'end' };
  return owed ? [ended, { type: 'story.decisionRequested', decision: owed }] : [ended];
}

/** The events of a whole step: its lines' observations, then how it stops. */
export function stepEvents(step: Step, owed: DecisionKind | null): UntimedEvent[] {
  return [...lineEvents(step.lines), ...stopEvents(step, owed)];
}

/** The form a scored story still owes once its story has ended: determination first, then referrals. */
export function owedForm(scored: boolean, answered: FormsAnswered): DecisionKind | null {
  if (!scored) return null;
  if (!answered.determination) return 'determination';
  if (!answered.referrals) return 'referrals';
  return null;
}

/**
 * What the story did in reply to an input: nothing (a flag, a pause), a new step (a choice, or a
 * form the story asked for and now reads on from), or, once the story has ended, the next form a
 * scored story still owes.
 */
export type StoryReply = { kind: 'none' } | { kind: 'step'; step: Step; owed: DecisionKind | null } | { kind: 'owed'; owed: DecisionKind | null };

/** One input and the story's reply to it, as log events: the input's own event, then the reply's. */
export function attemptEvents(input: TraineeInput, offered: readonly ChoiceOption[], turn: number, reply: StoryReply): UntimedEvent[] {
  return [inputEvent(input, offered, turn), ...replyEvents(reply)];
}

export function replyEvents(reply: StoryReply): UntimedEvent[] {
  switch (reply.kind) {
    case 'none':
      return [];
    case 'step':
      return stepEvents(reply.step, reply.owed);
    case 'owed':
      return reply.owed ? [{ type: 'story.decisionRequested', decision: reply.owed }] : [];
  }
}
