// What the story's lines between two inputs add to the decision log (phases entered, indicators
// shown), and the interview after them: the same events the live attempt records, folded through
// the interview model's own enterPhase. The explorer and its reference both read a step this way.
import type { DecisionEvent } from '../log';
import type { Step } from '../storyRunner';
import { enterPhase, isInterviewPhase, type InterviewContext } from '../machines/interviewModel';

export function lineEvents(step: Step, interview: InterviewContext): { events: DecisionEvent[]; interview: InterviewContext } {
  const events: DecisionEvent[] = [];
  let after = interview;
  for (const line of step.lines) {
    if (line.tags.phase && isInterviewPhase(line.tags.phase)) {
      events.push({ type: 'story.phaseEntered', at: 0, phase: line.tags.phase });
      after = enterPhase(after, line.tags.phase);
    }
    for (const indicator of line.tags.indicators) events.push({ type: 'story.indicatorShown', at: 0, indicator, line: line.text });
  }
  return { events, interview: after };
}
