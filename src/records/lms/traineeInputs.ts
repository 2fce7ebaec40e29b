// The trainee's inputs of an attempt, without what the story said in answer: the smallest record
// from which the attempt can be rebuilt, by playing the inputs into a new attempt (the story is
// deterministic: the seed and the clock come from the log). An LMS keeps only this (suspend data).
// Which events are inputs, and what each input is, is the engine's rule (attemptEvents.inputOf).
import { inputOf, type TraineeInput as EngineInput } from '../../engine/attemptEvents';
import type { DecisionLog } from '../../engine/log';

/** An input as the attempt machine receives it, with the time it was logged at. */
export type TraineeInput = EngineInput & { at: number };

export function traineeInputsOf(log: DecisionLog): TraineeInput[] {
  return log.flatMap((event) => {
    const input = inputOf(event);
    return input ? [{ ...input, at: event.at }] : [];
  });
}
