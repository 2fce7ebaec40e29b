// The trainee's inputs of an attempt, without what the story said in answer: the smallest record
// from which the attempt can be rebuilt, by playing the inputs into a new attempt (the story is
// deterministic: the seed and the clock come from the log). An LMS keeps only this (suspend data).
// Which events are inputs, and what each input is, is the engine's rule (attemptEvents.inputOf);
// rebuilding plays them through the engine's attempt (Playthrough), which refuses what it refuses
// live.
import { inputOf, type TraineeInput as EngineInput } from '../../engine/attemptEvents';
import type { DecisionLog } from '../../engine/log';
import { isJsonPrefix } from '../../util/json';
import { Playthrough } from '../../engine/playthrough';
import type { Scenario } from '../../content/types';

/** An input as the attempt machine receives it, with the time it was logged at. */
export type TraineeInput = EngineInput & { at: number };

export function traineeInputsOf(log: DecisionLog): TraineeInput[] {
  return log.flatMap((event) => {
    const input = inputOf(event);
    return input ? [{ ...input, at: event.at }] : [];
  });
}

/**
 * The log of the attempt these inputs make: a new attempt at `scenario`, each input sent at its own
 * time (the story's reply is stamped with the same time, as it is live within the millisecond).
 * Throws the engine's PlaythroughError / StoryFailedError, naming the refusal, for inputs the
 * story does not take (suspend data from another version of the story).
 */
export function logOfInputs(scenario: Scenario, inputs: readonly TraineeInput[]): DecisionLog {
  let now = 0;
  const playthrough = Playthrough.start(scenario, { now: () => now });
  inputs.forEach(({ at, ...input }) => {
    now = Math.max(now, at);
    playthrough.send(input as EngineInput);
  });
  return playthrough.log;
}

/** Whether `earlier` is where `later` was: the same inputs, in order, times aside. */
export function continuesInputs(earlier: readonly TraineeInput[], later: readonly TraineeInput[]): boolean {
  const timeAside = ({ at: _at, ...input }: TraineeInput) => input;
  return isJsonPrefix(earlier.map(timeAside), later.map(timeAside));
}
