// A seeded random trainee: plays a scenario to its end without a browser, making the kinds of
// moves a real trainee makes (any available choice, some right flags, the odd false flag, any
// answer on the forms). Used by `stories play`, the integration test that plays every story, and
// the benchmarks. The same scenario and seed always give the same log, byte for byte: time comes
// from a stepping clock and chance from a seeded generator.
import { idsOf } from '../content/taxonomy';
import type { Scenario } from '../content/types';
import { steppingClock } from './clock';
import type { DecisionLog } from './log';
import { AttemptFold } from './attemptFold';
import type { PlaythroughView } from './playthrough';
import { createRandom, type Random } from './random';
import { StoryRunner } from './storyRunner';
import { TranscriptRecorder, type TranscriptEntry } from './transcriptRecorder';
import { messageOf } from '../util/errors';

export interface HeadlessOptions {
  /** Trainee inputs allowed before the story is declared endless (default 5000). */
  maxSteps?: number;
  /** Milliseconds between logged events (default 1000). */
  stepMs?: number;
  /** Chance of flagging each indicator the story shows (default 0.6). */
  flagChance?: number;
  /** Chance, before each input, of flagging an indicator the story has not shown (default 0.05). */
  falseFlagChance?: number;
  /** Chance of ticking each referral on the form (default 0.15). */
  referralChance?: number;
}

export type { TranscriptEntry } from './transcriptRecorder';

export interface HeadlessResult {
  scenarioId: string;
  seed: number;
  ending: string;
  log: DecisionLog;
  transcript: TranscriptEntry[];
}

export class HeadlessPlayError extends Error {
  override name = 'HeadlessPlayError';
}

const DEFAULTS = { maxSteps: 5000, stepMs: 1000, flagChance: 0.6, falseFlagChance: 0.05, referralChance: 0.15 };

export function playHeadless(scenario: Scenario, seed: number, options: HeadlessOptions = {}): HeadlessResult {
  const settings = { ...DEFAULTS, ...options };
  const where = `${scenario.meta.source} (${scenario.meta.id}, seed ${seed})`;
  const random = createRandom(seed);
  const transcript = new TranscriptRecorder();
  // The machine's rules called directly (attemptFold.ts): the same log as the actor, without its cost.
  let playthrough: AttemptFold;
  try {
    playthrough = AttemptFold.start(scenario, steppingClock(settings.stepMs), { runner: runnerFor(scenario) });
  } catch (error) {
    throw new HeadlessPlayError(`${where}: the story does not start: ${messageOf(error)}`, { cause: error });
  }
  transcript.catchUp(playthrough);
  const considered = new Set<string>();
  for (let steps = 0; ; steps++) {
    const view = playthrough.view();
    if (view.complete) {
      const log = playthrough.log;
      // Put together when read (TranscriptRecorder): most callers only want the log.
      return {
        scenarioId: scenario.meta.id,
        seed,
        ending: view.ending ?? 'end',
        log,
        get transcript() {
          return transcript.entries;
        },
      };
    }
    if (steps >= settings.maxSteps) {
      throw new HeadlessPlayError(`${where}: no ending after ${settings.maxSteps} inputs (is there a loop with no way out?)`);
    }
    try {
      for (const action of nextActions(view, random, considered, settings)) {
        action(playthrough);
        transcript.catchUp(playthrough);
      }
    } catch (error) {
      throw new HeadlessPlayError(`${where}: failed after ${playthrough.log.length} logged events: ${messageOf(error)}`, { cause: error });
    }
  }
}

type Action = (attempt: AttemptFold) => void;

/** The inputs for one round: notebook flags first, then one move that advances the attempt. */
function nextActions(view: PlaythroughView, random: Random, considered: Set<string>, settings: typeof DEFAULTS): Action[] {
  const actions: Action[] = [];
  const flagged = new Set(view.flags);
  for (const indicator of view.shownIndicators) {
    if (considered.has(indicator)) continue;
    considered.add(indicator);
    if (!flagged.has(indicator) && random.chance(settings.flagChance)) {
      flagged.add(indicator);
      actions.push((p) => p.flag(indicator));
    }
  }
  if (random.chance(settings.falseFlagChance)) {
    const unseen = idsOf('indicators').filter((id) => !flagged.has(id) && !view.shownIndicators.includes(id));
    if (unseen.length > 0) {
      const indicator = random.pick(unseen);
      actions.push((p) => p.flag(indicator));
    }
  }
  actions.push(advancingMove(view, random, settings));
  return actions;
}

function advancingMove(view: PlaythroughView, random: Random, settings: typeof DEFAULTS): Action {
  if (view.pendingDecision === 'determination') {
    const determination = random.pick(idsOf('determinations'));
    return (p) => p.submitDetermination(determination);
  }
  if (view.pendingDecision === 'referrals') {
    const referrals = idsOf('referrals').filter(() => random.chance(settings.referralChance));
    return (p) => p.submitReferrals(referrals);
  }
  const available = view.choices.filter((choice) => choice.available);
  if (available.length === 0) {
    return () => {
      throw new Error(`the story offers no available choice (${view.choices.length} offered, none available)`);
    };
  }
  const choice = random.pick(available);
  return (p) => p.choose(choice.index);
}

/**
 * One runner per scenario, reset for each play: parsing the compiled story costs more than a short
 * playthrough. Plays are synchronous and never overlap, so one runner serves them all.
 */
const runners = new WeakMap<Scenario, StoryRunner>();
function runnerFor(scenario: Scenario): StoryRunner {
  let runner = runners.get(scenario);
  if (!runner) {
    runner = new StoryRunner(scenario.storyJson, { source: scenario.meta.source });
    runners.set(scenario, runner);
  }
  return runner;
}
