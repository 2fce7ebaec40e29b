// What the story's lines between two inputs add to the decision log, and the interview after them:
// the shared rule (attemptEvents.lineEvents, the one the live attempt records with) stamped with
// time 0, and the phases folded through the interview model's own enterPhase. The explorer and its
// reference both read a step this way.
import { inputEvent, lineEvents as observedInLines, stopEvents, type TraineeInput, type UntimedEvent } from '../attemptEvents';
import type { DecisionEvent } from '../log';
import type { ChoiceOption, Step } from '../storyRunner';
import { enterPhase, isInterviewPhase, type InterviewContext } from '../machines/interviewModel';

export function lineEvents(step: Step, interview: InterviewContext): { events: DecisionEvent[]; interview: InterviewContext } {
  const events = observedInLines(step.lines).map((event) => ({ ...event, at: 0 }) as DecisionEvent);
  let after = interview;
  for (const event of events) if (event.type === 'story.phaseEntered' && isInterviewPhase(event.phase)) after = enterPhase(after, event.phase);
  return { events, interview: after };
}

const at0 = (event: UntimedEvent): DecisionEvent => ({ ...event, at: 0 }) as DecisionEvent;

/** A trainee input's log event (attemptEvents.inputEvent: a choice among `offered`, a flag, a form), at time 0. */
export function traineeEvent(input: TraineeInput, offered: readonly ChoiceOption[] = []): DecisionEvent {
  return at0(inputEvent(input, offered, 0));
}

/**
 * How a step stops (attemptEvents.stopEvents: the form its last line asked for, or the ending), at
 * time 0. Forms a scored story still owes after its end are filled in by the explorer itself.
 */
export function stopEvent(step: Step): DecisionEvent[] {
  return stopEvents(step, null).map(at0);
}
