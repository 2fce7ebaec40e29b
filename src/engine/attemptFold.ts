// An attempt played by calling the attempt's own rules directly, without an actor. The headless
// player plays thousands of attempts (the tests, `stories play`, the benchmark), and there an actor
// system per attempt, with a statechart macrostep for every input and every child event, cost more
// than the story itself.
//
// Every rule here is the attempt machine's (machines/attemptMachine.ts): the functions its actions
// call (machines/attemptStory.ts), the refusals its guards test (machines/attemptRules.ts), the route
// out of a stop (statusAtStop), and its children's pure rules (interviewStep, investigationStep).
// What is plain here is only where the attempt is: `paused`, and the status read off the stop. Every
// headless log is replayed through the actor in the tests (test/unit/integration/playAllStories),
// so the two cannot drift apart unnoticed.
import type { Scenario } from '../content/types';
import type { TraineeInput } from './attemptEvents';
import type { Clock } from './clock';
import type { DecisionLog } from './log';
import { refusalFor, statusAtStop, type AttemptStatus } from './machines/attemptRules';
import {
  beginStory,
  chooseInStory,
  flagIndicator,
  initialAttemptData,
  recordInput,
  submitForm,
  unflagIndicator,
  type AttemptChanges,
  type AttemptData,
  type ChildPort,
  type TranscriptEntry,
} from './machines/attemptStory';
import { initialInterviewState, interviewStep, type InterviewEvent, type InterviewState } from './machines/interviewModel';
import {
  initialInvestigationContext,
  investigationStep,
  type InvestigationContext,
  type InvestigationEvent,
} from './machines/investigationModel';
import { attemptView, PlaythroughError, StoryFailedError, TraineeInputs, type PlaythroughOptions, type PlaythroughView } from './playthrough';

/** A child as a plain value moved by its actor's pure rule; after `finalEvent` it takes nothing more (a final state). */
class RuleChild<Context, Event extends { type: string }> implements ChildPort<Context, Event> {
  private snapshot: { context: Context };
  private done = false;

  constructor(
    private readonly step: (context: Context, event: Event) => Context,
    context: Context,
    private readonly finalEvent: Event['type'] | null = null,
  ) {
    this.snapshot = { context };
  }

  send(event: Event): void {
    if (this.done) return;
    const next = this.step(this.snapshot.context, event);
    if (next !== this.snapshot.context) this.snapshot = { context: next };
    if (event.type === this.finalEvent) this.done = true;
  }

  getSnapshot(): { context: Context } {
    return this.snapshot;
  }
}

export class AttemptFold extends TraineeInputs {
  private paused = false;
  private cachedView: PlaythroughView | null = null;

  private constructor(private data: AttemptData) {
    super();
  }

  /** Start a new attempt: the story runs up to its first choice, form or ending. */
  static start(scenario: Scenario, clock: Clock, options: PlaythroughOptions = {}): AttemptFold {
    const fold = new AttemptFold({
      ...initialAttemptData({ scenario, clock, ...options }),
      interview: new RuleChild<InterviewState, InterviewEvent>(interviewStep, initialInterviewState(), 'ink.ended'),
      investigation: new RuleChild<InvestigationContext, InvestigationEvent>(investigationStep, initialInvestigationContext()),
    });
    fold.apply(beginStory(fold.data));
    return fold;
  }

  get log(): DecisionLog {
    return this.data.log;
  }

  /** Every line shown and every choice and form answer, in order (what TranscriptRecorder reads). */
  get transcript(): readonly TranscriptEntry[] {
    return this.data.transcript;
  }

  /** Where the attempt is: the machine's state, worked out the way its `route` state does. */
  status(): AttemptStatus {
    return this.paused ? { kind: 'paused' } : statusAtStop(this.data.stop);
  }

  view(): PlaythroughView {
    return (this.cachedView ??= attemptView(this.data, this.status()));
  }

  send(input: TraineeInput): void {
    // The view's choices are the machine's choicesOf, worked out once per input for both.
    const view = this.view();
    const refusal = refusalFor(this.status(), { choices: view.choices, flags: view.flags }, input);
    if (refusal !== null) throw new PlaythroughError(refusal);
    this.apply(this.changesFor(input));
    if (input.type === 'trainee.pause' || input.type === 'trainee.resume') this.paused = input.type === 'trainee.pause';
  }

  /** The attempt machine's action for an input it accepts. */
  private changesFor(input: TraineeInput): AttemptChanges {
    switch (input.type) {
      case 'trainee.choose':
        return chooseInStory(this.data, input);
      case 'trainee.flag':
        return flagIndicator(this.data, input);
      case 'trainee.unflag':
        return unflagIndicator(this.data, input);
      case 'trainee.submitDetermination':
      case 'trainee.submitReferrals':
        return submitForm(this.data, input);
      case 'trainee.pause':
      case 'trainee.resume':
        return recordInput(this.data, input);
    }
  }

  private apply(changes: AttemptChanges): void {
    // A new object per input, as the actor's snapshots are: a view taken earlier keeps the log, lines and
    // choices it was taken with (the children are live in both, as an actor's child refs are).
    this.data = { ...this.data, ...changes };
    this.cachedView = null;
    const status = this.status();
    if (status.kind === 'failed') throw new StoryFailedError(status.message, status.inkPath);
  }
}
