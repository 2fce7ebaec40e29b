// One attempt at one scenario, headless: the story runner, the interview and investigation actors,
// the decision log and a clock, kept in step. The browser and the headless player drive it the same
// way (view → an input → view), so what is scored in tests is what a trainee plays.
//
// The log is the record: every trainee input appends one event (story.choice, notebook.*, form.*,
// session.*), and the story's reactions to it are appended as observations (indicatorShown,
// phaseEntered, decisionRequested, ended). Every event takes exactly one reading of the clock,
// which is what lets replay() feed the logged times back in and rebuild the log byte for byte.
import { createActor, type Actor, type Snapshot } from 'xstate';
import { determinationsById, indicatorsById, referralsById } from '../content/taxonomy';
import type { DecisionKind, Scenario } from '../content/types';
import { recordedClock, type Clock } from './clock';
import { checkAppendable, type DecisionEvent, type DecisionLog } from './log';
import { interviewMachine } from './machines/interviewMachine';
import { choiceAvailability, isInterviewPhase, type ChoiceAvailability } from './machines/interviewModel';
import { investigationMachine } from './machines/investigationMachine';
import { parseSaveData, SAVE_VERSION, SaveDataError, type SaveData } from './save';
import { StoryRunner, type ChoiceOption, type Line, type StoryRunnerOptions } from './storyRunner';

/** A choice as the game shows it: available, or visibly unavailable with the reason. */
export type ChoiceView = ChoiceOption & ChoiceAvailability;

export interface InterviewView {
  phase: string;
  rapport: number;
  distress: number;
  overwhelmed: boolean;
  missedDistressResponses: number;
}

export interface PlaythroughView {
  scenarioId: string;
  /** Lines of the current step: what the story said since the trainee's last input. */
  lines: Line[];
  /** Every line shown so far in this attempt. */
  transcript: Line[];
  /** Empty while a form is pending and after the ending (still listed while paused). */
  choices: ChoiceView[];
  /** The form the trainee must fill in before anything else (also after the ending, if owed). */
  pendingDecision: DecisionKind | null;
  ended: boolean;
  ending: string | null;
  /** Ended, and no form is owed: the attempt can be scored. */
  complete: boolean;
  paused: boolean;
  /** The notebook: indicator ids flagged now, in the order flagged. */
  flags: string[];
  shownIndicators: string[];
  inspectedHotspots: string[];
  interview: InterviewView;
}

/** The trainee asked for something the attempt does not allow now; the message says why. */
export class PlaythroughError extends Error {
  override name = 'PlaythroughError';
}

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

export interface PlaythroughOptions {
  /** Host functions for EXTERNALs; every other EXTERNAL runs its Ink fallback. */
  externals?: StoryRunnerOptions['externals'];
}

type InterviewActor = Actor<typeof interviewMachine>;
type InvestigationActor = Actor<typeof investigationMachine>;

/** Everything an event carries except its time, which the playthrough stamps from its clock. */
type Untimed<E> = E extends DecisionEvent ? Omit<E, 'at'> : never;

const TRAINEE_EVENTS: ReadonlySet<DecisionEvent['type']> = new Set([
  'story.choice',
  'notebook.flagged',
  'notebook.unflagged',
  'form.determination',
  'form.referrals',
  'session.paused',
  'session.resumed',
]);

export class Playthrough {
  /** Only ever appended to (by record()); exposed read-only as `log`. */
  private eventLog: DecisionEvent[] = [];
  private currentLines: Line[] = [];
  private shownLines: Line[] = [];
  /** What the log says so far, kept up to date by record() so no input rescans the whole log
   *  (a rescan per input made replaying a 2,000-event log take seconds). */
  private derived: LogFacts = emptyFacts();

  private constructor(
    private readonly scenario: Scenario,
    private readonly runner: StoryRunner,
    private readonly interview: InterviewActor,
    private readonly investigation: InvestigationActor,
    private readonly clock: Clock,
  ) {}

  /** Start a new attempt: the story runs up to its first choice, form or ending. */
  static start(scenario: Scenario, clock: Clock, options: PlaythroughOptions = {}): Playthrough {
    const playthrough = new Playthrough(
      scenario,
      newRunner(scenario, options),
      createActor(interviewMachine).start(),
      createActor(investigationMachine).start(),
      clock,
    );
    playthrough.mirrorInterview();
    playthrough.advance();
    return playthrough;
  }

  /** Resume from save(). `clock` must carry on from the last logged time (see resumingClock). */
  static restore(scenario: Scenario, save: SaveData | unknown, clock: Clock, options: PlaythroughOptions = {}): Playthrough {
    const data = parseSaveData(save);
    if (data.scenarioId !== scenario.meta.id) {
      throw new SaveDataError(`save: it belongs to scenario '${data.scenarioId}', not '${scenario.meta.id}'`);
    }
    const runner = newRunner(scenario, options);
    let interview: InterviewActor;
    let investigation: InvestigationActor;
    try {
      runner.loadState(data.inkState);
      interview = createActor(interviewMachine, { snapshot: data.interview as Snapshot<unknown> }).start();
      investigation = createActor(investigationMachine, { snapshot: data.investigation as Snapshot<unknown> }).start();
    } catch (error) {
      throw new SaveDataError(`save: cannot be restored: ${error instanceof Error ? error.message : String(error)}`);
    }
    const playthrough = new Playthrough(scenario, runner, interview, investigation, clock);
    try {
      for (const event of data.log) playthrough.append(event);
    } catch (error) {
      throw new SaveDataError(`save: its log cannot be read: ${messageOf(error)}`);
    }
    playthrough.currentLines = [...data.lines];
    playthrough.shownLines = [...data.transcript];
    return playthrough;
  }

  /**
   * Rebuild an attempt from its log: re-apply the trainee's inputs in order, re-deriving the
   * story's observations, with the logged times as the clock. Throws ReplayError at the first event
   * that does not replay, or that the rebuilt log does not reproduce.
   */
  static replay(scenario: Scenario, log: DecisionLog, options: PlaythroughOptions = {}): Playthrough {
    const clock = recordedClock(log.map((event) => event.at));
    let playthrough: Playthrough;
    try {
      playthrough = Playthrough.start(scenario, clock, options);
    } catch (error) {
      throw new ReplayError(0, `the story does not start: ${messageOf(error)}`);
    }
    // Events below `checked` have been compared once already: each event is compared once, so a
    // replay costs in proportion to the log's length.
    let checked = 0;
    log.forEach((event, index) => {
      if (!TRAINEE_EVENTS.has(event.type)) return;
      // Everything before this input must already have been reproduced exactly.
      checked = checkSameLog(log, playthrough.eventLog, checked, index);
      try {
        playthrough.apply(event, index);
      } catch (error) {
        throw error instanceof ReplayError ? error : new ReplayError(index, messageOf(error));
      }
    });
    checkSameLog(log, playthrough.eventLog, checked, log.length);
    if (playthrough.eventLog.length > log.length) {
      const extra = playthrough.eventLog[log.length];
      throw new ReplayError(log.length, `the replay goes on: it also records '${extra?.type}', which the log does not have`);
    }
    return playthrough;
  }

  /** The log so far, read-only. It is the live log: a reference kept across inputs grows with it. */
  get log(): DecisionLog {
    return this.eventLog;
  }

  view(): PlaythroughView {
    const interview = this.interview.getSnapshot().context;
    const investigation = this.investigation.getSnapshot().context;
    const ending = this.derived.ending;
    const pendingDecision = this.pendingDecision();
    const ended = ending !== null;
    return {
      scenarioId: this.scenario.meta.id,
      lines: [...this.currentLines],
      transcript: [...this.shownLines],
      choices: ended || pendingDecision ? [] : this.choices(),
      pendingDecision,
      ended,
      ending,
      complete: ended && pendingDecision === null,
      paused: this.paused(),
      flags: [...this.derived.flags],
      shownIndicators: [...investigation.shownIndicators],
      inspectedHotspots: [...investigation.inspectedHotspots],
      interview: {
        phase: interview.phase,
        rapport: interview.rapport,
        distress: interview.distress,
        overwhelmed: interview.overwhelmed,
        missedDistressResponses: interview.missedDistressResponses,
      },
    };
  }

  choose(index: number): void {
    this.requireActive('choose');
    if (this.derived.ending !== null) throw new PlaythroughError('the story has ended: there is nothing left to choose');
    const pending = this.pendingDecision();
    if (pending) throw new PlaythroughError(`the story is waiting for the ${pending} form: submit it before choosing`);
    const choices = this.choices();
    const choice = choices[index];
    if (!Number.isInteger(index) || !choice) {
      throw new PlaythroughError(`choice ${index} does not exist: ${choices.length} on offer (0-${choices.length - 1})`);
    }
    if (!choice.available) throw new PlaythroughError(`choice ${index} ('${choice.text}') is not available now: ${choice.reason}`);
    this.record({ type: 'story.choice', turn: this.turn(), index, text: choice.text, tags: choice.tags });
    this.interview.send({ type: 'user.choiceMade', tags: choice.tags });
    if (choice.tags.hotspot) this.investigation.send({ type: 'user.hotspotInspected', hotspot: choice.tags.hotspot });
    this.runner.choose(index);
    this.mirrorInterview();
    this.advance();
  }

  flag(indicator: string): void {
    this.requireActive('flag an indicator');
    if (!indicatorsById.has(indicator)) throw new PlaythroughError(`'${indicator}' is not an indicator in the taxonomy`);
    if (this.derived.flags.has(indicator)) throw new PlaythroughError(`'${indicator}' is already flagged`);
    this.record({ type: 'notebook.flagged', indicator });
    this.investigation.send({ type: 'user.indicatorFlagged', indicator });
  }

  unflag(indicator: string): void {
    this.requireActive('unflag an indicator');
    if (!this.derived.flags.has(indicator)) throw new PlaythroughError(`'${indicator}' is not flagged`);
    this.record({ type: 'notebook.unflagged', indicator });
    this.investigation.send({ type: 'user.indicatorUnflagged', indicator });
  }

  submitDetermination(determination: string): void {
    this.requireActive('submit a determination');
    this.requirePending('determination');
    if (!determinationsById.has(determination)) {
      throw new PlaythroughError(`'${determination}' is not a determination in the taxonomy`);
    }
    this.record({ type: 'form.determination', determination });
    this.runner.setDetermination(determination);
    this.afterForm();
  }

  submitReferrals(referrals: readonly string[]): void {
    this.requireActive('submit referrals');
    this.requirePending('referrals');
    const unknown = referrals.filter((id) => !referralsById.has(id));
    if (unknown.length > 0) throw new PlaythroughError(`not referrals in the taxonomy: ${unknown.join(', ')}`);
    const chosen = [...new Set(referrals)];
    this.record({ type: 'form.referrals', referrals: chosen });
    this.runner.setReferrals(chosen);
    this.afterForm();
  }

  pause(): void {
    if (this.paused()) throw new PlaythroughError('the attempt is already paused');
    if (this.complete()) throw new PlaythroughError('the attempt is complete: there is nothing to pause');
    this.record({ type: 'session.paused' });
  }

  resume(): void {
    if (!this.paused()) throw new PlaythroughError('the attempt is not paused');
    this.record({ type: 'session.resumed' });
  }

  save(): SaveData {
    return {
      version: SAVE_VERSION,
      scenarioId: this.scenario.meta.id,
      inkState: this.runner.saveState(),
      interview: this.interview.getPersistedSnapshot(),
      investigation: this.investigation.getPersistedSnapshot(),
      log: [...this.eventLog],
      lines: [...this.currentLines],
      transcript: [...this.shownLines],
    };
  }

  /** Re-apply one logged trainee input (replay). */
  private apply(event: DecisionEvent, index: number): void {
    switch (event.type) {
      case 'story.choice': {
        const offered = this.pendingDecision() || this.derived.ending !== null ? undefined : this.choices()[event.index];
        if (offered && offered.text !== event.text) {
          throw new ReplayError(
            index,
            `choice ${event.index} at turn ${event.turn} is now '${offered.text}', but the log says '${event.text}'`,
          );
        }
        this.choose(event.index);
        return;
      }
      case 'notebook.flagged':
        return this.flag(event.indicator);
      case 'notebook.unflagged':
        return this.unflag(event.indicator);
      case 'form.determination':
        return this.submitDetermination(event.determination);
      case 'form.referrals':
        return this.submitReferrals(event.referrals);
      case 'session.paused':
        return this.pause();
      case 'session.resumed':
        return this.resume();
      default:
        throw new PlaythroughError(`'${event.type}' is an observation, not an input`);
    }
  }

  /** Run the story to its next stop and record what it showed. */
  private advance(): void {
    const step = this.runner.continue();
    this.currentLines = step.lines;
    this.shownLines.push(...step.lines);
    for (const line of step.lines) {
      const phase = line.tags.phase;
      if (phase !== undefined && isInterviewPhase(phase)) {
        this.record({ type: 'story.phaseEntered', phase });
        this.interview.send({ type: 'ink.phaseEntered', phase });
      }
      for (const indicator of line.tags.indicators) {
        this.record({ type: 'story.indicatorShown', indicator, line: line.text });
        this.investigation.send({ type: 'ink.indicatorShown', indicator });
      }
    }
    if (step.decision) this.record({ type: 'story.decisionRequested', decision: step.decision });
    if (step.ended) {
      this.record({ type: 'story.ended', ending: step.ending ?? 'end' });
      this.interview.send({ type: 'ink.ended' });
      this.requestOwedForm();
    }
  }

  private afterForm(): void {
    if (this.runner.pendingDecision) this.advance();
    else this.requestOwedForm();
  }

  /** A scored story that ended without asking for a form still needs it: ask now. */
  private requestOwedForm(): void {
    if (this.scenario.answerKey === null) return;
    const owed: DecisionKind | null = !this.derived.answeredDetermination
      ? 'determination'
      : !this.derived.answeredReferrals
        ? 'referrals'
        : null;
    if (owed) this.record({ type: 'story.decisionRequested', decision: owed });
  }

  /** The form asked for most recently, unless it has been submitted since. */
  private pendingDecision(): DecisionKind | null {
    return this.derived.pending;
  }

  private paused(): boolean {
    return this.derived.paused;
  }

  private complete(): boolean {
    return this.derived.ending !== null && this.derived.pending === null;
  }

  private choices(): ChoiceView[] {
    const offered = this.runner.currentChoices();
    const availability = choiceAvailability(
      this.interview.getSnapshot().context,
      offered.map((choice) => choice.tags),
    );
    return offered.map((choice, i) => ({ ...choice, ...(availability[i] ?? { available: true }) }));
  }

  /** The number of choices made so far: the first choice point is turn 0. */
  private turn(): number {
    return this.derived.choicesMade;
  }

  private requireActive(doing: string): void {
    if (this.paused()) throw new PlaythroughError(`cannot ${doing}: the attempt is paused`);
    if (this.complete()) throw new PlaythroughError(`cannot ${doing}: the attempt is complete`);
  }

  private requirePending(decision: DecisionKind): void {
    const pending = this.pendingDecision();
    if (pending === decision) return;
    throw new PlaythroughError(
      pending
        ? `the story is waiting for the ${pending} form, not the ${decision} form`
        : `the story has not asked for the ${decision} form`,
    );
  }

  private mirrorInterview(): void {
    const { rapport, distress } = this.interview.getSnapshot().context;
    this.runner.mirrorInterview({ rapport, distress });
  }

  private record(event: Untimed<DecisionEvent>): void {
    // `at` right after `type`, so exported logs read in the order the types declare.
    const { type, ...fields } = event;
    this.append({ type, at: this.clock.now(), ...fields } as DecisionEvent);
  }

  private append(event: DecisionEvent): void {
    checkAppendable(this.eventLog, event);
    this.eventLog.push(event);
    noteEvent(this.derived, event);
  }
}

/** The facts inputs are checked against, as of the last event: each event updates them once. */
interface LogFacts {
  /** Flagged now, in the order flagged (the same order as flaggedIndicators(log)). */
  flags: Set<string>;
  ending: string | null;
  pending: DecisionKind | null;
  paused: boolean;
  choicesMade: number;
  answeredDetermination: boolean;
  answeredReferrals: boolean;
}

function emptyFacts(): LogFacts {
  return { flags: new Set(), ending: null, pending: null, paused: false, choicesMade: 0, answeredDetermination: false, answeredReferrals: false };
}

function noteEvent(facts: LogFacts, event: DecisionEvent): void {
  switch (event.type) {
    case 'notebook.flagged':
      facts.flags.add(event.indicator);
      return;
    case 'notebook.unflagged':
      facts.flags.delete(event.indicator);
      return;
    case 'story.ended':
      // The first ending counts (view() always reported the first).
      facts.ending ??= event.ending;
      return;
    case 'story.decisionRequested':
      facts.pending = event.decision;
      return;
    case 'form.determination':
      facts.pending = null;
      facts.answeredDetermination = true;
      return;
    case 'form.referrals':
      facts.pending = null;
      facts.answeredReferrals = true;
      return;
    case 'session.paused':
      facts.paused = true;
      return;
    case 'session.resumed':
      facts.paused = false;
      return;
    case 'story.choice':
      facts.choicesMade++;
      return;
    default:
      return;
  }
}

/** A clock that carries on after a restored log: `base` continues from the log's last time. */
export function resumingClock(log: DecisionLog, base: Clock): Clock {
  const offset = log[log.length - 1]?.at ?? 0;
  return { now: () => offset + base.now() };
}

function newRunner(scenario: Scenario, options: PlaythroughOptions): StoryRunner {
  return new StoryRunner(scenario.storyJson, {
    source: scenario.meta.source,
    ...(options.externals ? { externals: options.externals } : {}),
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Throws a ReplayError naming the first event in [from, upTo) and field where the logs differ.
 * Returns `upTo`: the events below it are now known to agree.
 */
function checkSameLog(expected: DecisionLog, actual: DecisionLog, from: number, upTo: number): number {
  for (let i = from; i < upTo; i++) {
    const want = expected[i];
    const got = actual[i];
    if (!got) {
      throw new ReplayError(i, `the log has '${want?.type}' here, but the replay did not produce it`);
    }
    const difference = firstDifference(want, got);
    if (difference) throw new ReplayError(i, difference);
  }
  return upTo;
}

function firstDifference(want: unknown, got: unknown, field = ''): string | null {
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isRecord(want) && isRecord(got)) {
    if (field === '' && want.type !== got.type) {
      return `the log has '${String(want.type)}' here, but the replay produced '${String(got.type)}'`;
    }
    for (const key of new Set([...Object.keys(want), ...Object.keys(got)])) {
      const inner = firstDifference(want[key], got[key], field ? `${field}.${key}` : key);
      if (inner) return inner;
    }
    return null;
  }
  if (Array.isArray(want) && Array.isArray(got) && want.length === got.length) {
    for (let i = 0; i < want.length; i++) {
      const inner = firstDifference(want[i], got[i], `${field}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  // ===, not Object.is: a file may write 0 as -0 and it is the same number.
  if (want === got) return null;
  return `field '${field}' differs: the log has ${JSON.stringify(want)}, the replay produced ${JSON.stringify(got)}`;
}
