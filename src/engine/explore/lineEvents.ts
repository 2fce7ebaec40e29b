// What the story's lines between two inputs add to the decision log, and the interview after them:
// the shared rule (attemptEvents.lineEvents, the one the live attempt records with) stamped with
// time 0, and the phases folded through the interview model's own enterPhase. The explorer and its
// reference both read a step this way.
import { lineEvents as observedInLines } from '../attemptEvents';
import type { DecisionEvent } from '../log';
import type { Step } from '../storyRunner';
import { enterPhase, isInterviewPhase, type InterviewContext } from '../machines/interviewModel';

export function lineEvents(step: Step, interview: InterviewContext): { events: DecisionEvent[]; interview: InterviewContext } {
  const events = observedInLines(step.lines).map((event) => ({ ...event, at: 0 }) as DecisionEvent);
  let after = interview;
  for (const event of events) if (event.type === 'story.phaseEntered' && isInterviewPhase(event.phase)) after = enterPhase(after, event.phase);
  return { events, interview: after };
}
