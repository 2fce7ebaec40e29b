// Replaying a decision log through an attempt actor: the logged trainee inputs are sent to it in
// order, and everything the attempt logs in reply must be what the log says, event by event. One
// loop for every caller: verify and the headless facade (playthrough.ts), and a page restoring a
// saved session (sessionPersistence.ts), so a log means the same thing wherever it is replayed.
// Author mode's reload after an edit (replayInputs) sends the same inputs by the same rule but
// does not hold the story's reply to the old log: the story is meant to have changed.
import { inputOf } from './attemptEvents';
import type { DecisionLog } from './log';
import { refusalOf, statusOf, type AttemptActorRef } from './machines/attemptMachine';
import { firstDifference } from '../util/json';
import { messageOf } from '../util/errors';

/** A log that does not replay through the story; `eventIndex` is the first event that fails. */
export class ReplayError extends Error {
  override name = 'ReplayError';
  constructor(
    readonly eventIndex: number,
    readonly reason: string,
  ) {
    super(`replay failed at event ${eventIndex}: ${reason}`);
  }
}

/**
 * Sends `log`'s trainee inputs to `attempt` (already begun, with a clock that gives back the
 * logged times) and checks the log it rebuilds. Throws ReplayError at the first difference.
 */
export function replayInto(attempt: AttemptActorRef, log: DecisionLog): void {
  const rebuilt = (): DecisionLog => attempt.getSnapshot().context.log;
  // Events below `checked` have been compared already: each is compared once, so a replay costs in
  // proportion to the log's length (comparing from 0 before every input made 2,000 events take
  // seconds).
  let checked = 0;
  log.forEach((event, index) => {
    if (!inputOf(event)) return;
    // Everything before this input must already have been reproduced exactly.
    checked = checkSameLog(log, rebuilt(), checked, index);
    sendLoggedInput(attempt, event, index);
  });
  checkSameLog(log, rebuilt(), checked, log.length);
  if (rebuilt().length > log.length) {
    const extra = rebuilt()[log.length];
    throw new ReplayError(log.length, `the replay goes on: it also records '${extra?.type}', which the log does not have`);
  }
}

/**
 * Sends only `log`'s trainee inputs to `attempt` (already begun), each under the same rule as
 * replayInto, without comparing what the story logs in reply: author mode replays an attempt
 * against an edited story, whose lines may say something else now. Throws ReplayError at the first
 * input that no longer applies (a choice gone or reworded, a form the story no longer asks for).
 */
export function replayInputs(attempt: AttemptActorRef, log: DecisionLog): void {
  log.forEach((event, index) => {
    if (inputOf(event)) sendLoggedInput(attempt, event, index);
  });
}

/**
 * Sends the input that logged `event` (the log's `index`-th event). A choice must still be the
 * same choice: the one on offer at its index has the logged text.
 */
function sendLoggedInput(attempt: AttemptActorRef, event: DecisionLog[number], index: number): void {
  const input = inputOf(event);
  if (!input) return;
  const before = attempt.getSnapshot();
  if (event.type === 'story.choice' && before.context.stop.kind === 'choices') {
    const offered = before.context.offered[event.index];
    if (offered && offered.text !== event.text) {
      throw new ReplayError(index, `choice ${event.index} at turn ${event.turn} is now '${offered.text}', but the log says '${event.text}'`);
    }
  }
  attempt.send(input);
  const after = attempt.getSnapshot();
  if (after.status === 'error') throw new ReplayError(index, messageOf(after.error));
  if (after === before) {
    throw new ReplayError(index, refusalOf(before, input) ?? `'${input.type}' was not accepted`);
  }
  const status = statusOf(after);
  if (status.kind === 'failed') throw new ReplayError(index, status.message);
}

/**
 * Throws a ReplayError naming the first event in [from, upTo) and field where the logs differ.
 * Returns `upTo`: the events below it are known to agree.
 */
function checkSameLog(expected: DecisionLog, actual: DecisionLog, from: number, upTo: number): number {
  for (let i = from; i < upTo; i++) {
    const want = expected[i];
    const got = actual[i];
    if (!got) throw new ReplayError(i, `the log has '${want?.type}' here, but the replay did not produce it`);
    if (want?.type !== got.type) throw new ReplayError(i, `the log has '${want?.type}' here, but the replay produced '${got.type}'`);
    const difference = firstDifference(want, got);
    if (difference) {
      throw new ReplayError(
        i,
        `field '${difference.path}' differs: the log has ${JSON.stringify(difference.left) ?? 'nothing'}, the replay produced ${JSON.stringify(difference.right) ?? 'nothing'}`,
      );
    }
  }
  return upTo;
}
