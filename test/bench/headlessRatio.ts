// Headless play against raw inkjs, measured in the same run on the same compiled JSON, seeds and
// paths.
//
// For each story and seed, one untimed headless play fixes the path: the choices the seeded
// trainee made, the interview numbers the story reads after each of them (`rapport`, `distress`)
// and the form answers. Then three players take exactly that path, interleaved per seed so they
// share the machine's load:
//   raw       one parsed inkjs Story per story (ResetState between plays): Continue() and
//             currentTags for every line, every offered choice's text and tags read, the interview
//             numbers written before each Continue() run, the form answers written into their lists,
//             the logged choice index chosen. The least a player of this path can do.
//   runner    the StoryRunner alone (src/engine/storyRunner.ts) given the same inputs: tags parsed,
//             the knot tracked, the runaway guard, the decision-line rewind; no actor, no log.
//   headless  playHeadless() (src/engine/headlessPlayer.ts) with the seed: the trainee's policy, the
//             attempt actor with its children, log, transcript and forms, and the runner.
// Each player's chosen choice texts are checked against the log afterwards (untimed), so the ratio
// never compares different work. ratio = raw ms / headless ms: 1 is as fast as raw inkjs, 0.5
// twice as slow; `runner.ratio` is the same for the runner alone.
//
// The form answers go into their lists before the story starts in raw play: inkjs decides a
// `{determination ? x: ...}` right after a `decide` line during Continue()'s lookahead, before a
// raw player could write the answer, and no shipped story reads the lists before asking (the path
// check would fail if one did). Writing them at the right moment is the runner's work (the
// decision-line rewind), so it counts against headless play, as it should.
import { performance } from 'node:perf_hooks';
import { InkList, Story } from 'inkjs';
import type { Scenario } from '../../src/content/types';
import type { DecisionLog } from '../../src/engine/log';
import { playHeadless } from '../../src/engine/headlessPlayer';
import { applyChoice, initialInterviewContext, type InterviewContext } from '../../src/engine/machines/interviewModel';
import { StoryRunner } from '../../src/engine/storyRunner';

interface Figures {
  ms: number;
  msPerChoice: number;
  playsPerSecond: number;
}

export interface HeadlessRatio {
  plays: number;
  choices: number;
  raw: Figures;
  runner: Figures & { ratio: number };
  headless: Figures;
  /**
   * What headless play spends around the runner (the attempt actor and its children, log,
   * transcript, view, the trainee's policy): headless ms minus runner ms, and its share of headless.
   */
  aroundRunner: { ms: number; share: number };
  /** Raw ms over headless ms on the same paths (the target is at least 0.8). */
  ratio: number;
}

/** The path one headless play took, as the inputs a player gives the story. */
interface PathScript {
  choices: { index: number; text: string }[];
  /** The interview numbers mirrored into the story before each Continue() run: at the start, then after each choice. */
  interview: { rapport: number; distress: number }[];
  determination: string | null;
  referrals: readonly string[] | null;
  /** Every trainee input that reaches the runner, in order (for the runner-alone player). */
  inputs: RunnerInput[];
}

type RunnerInput = { kind: 'choose'; index: number } | { kind: 'determination'; id: string } | { kind: 'referrals'; ids: readonly string[] };

function scriptOf(log: DecisionLog): PathScript {
  let interview: InterviewContext = initialInterviewContext();
  const numbers = (context: InterviewContext) => ({ rapport: context.rapport, distress: context.distress });
  const script: PathScript = { choices: [], interview: [numbers(interview)], determination: null, referrals: null, inputs: [] };
  for (const event of log) {
    if (event.type === 'story.choice') {
      script.choices.push({ index: event.index, text: event.text });
      interview = applyChoice(interview, event.tags).context;
      script.interview.push(numbers(interview));
      script.inputs.push({ kind: 'choose', index: event.index });
    } else if (event.type === 'form.determination') {
      script.determination = event.determination;
      script.inputs.push({ kind: 'determination', id: event.determination });
    } else if (event.type === 'form.referrals') {
      script.referrals = event.referrals;
      script.inputs.push({ kind: 'referrals', ids: event.referrals });
    }
  }
  return script;
}

/** What raw play needs to know of a story once: which of the variables it writes the story declares. */
interface RawStory {
  story: Story;
  interview: boolean;
  lists: boolean;
}

function rawStory(scenario: Scenario): RawStory {
  const story = new Story(scenario.storyJson);
  story.allowExternalFunctionFallbacks = true;
  const declares = (name: string) => story.variablesState.GlobalVariableExistsWithName(name);
  return { story, interview: declares('rapport') && declares('distress'), lists: declares('determination') && declares('referrals') };
}

function writeList(story: Story, name: string, items: readonly string[]): void {
  const value = new InkList(name, story);
  for (const item of items) value.AddItem(item, story);
  story.variablesState.$(name, value);
}

/** One raw playthrough along `script`; returns the texts of the choices taken. */
function playRaw({ story, interview, lists }: RawStory, script: PathScript): string[] {
  story.ResetState();
  if (lists) {
    writeList(story, 'determination', script.determination === null ? [] : [script.determination]);
    writeList(story, 'referrals', script.referrals ?? []);
  }
  const taken: string[] = [];
  for (let turn = 0; ; turn++) {
    if (interview) {
      const numbers = script.interview[turn]!;
      story.variablesState.$('rapport', numbers.rapport);
      story.variablesState.$('distress', numbers.distress);
    }
    while (story.canContinue) {
      story.Continue(); // returns the line's text
      void story.currentTags;
    }
    const offered = story.currentChoices;
    for (const choice of offered) {
      void choice.text;
      void choice.tags;
    }
    const next = script.choices[turn];
    if (offered.length === 0 || !next) return taken;
    const choice = offered[next.index];
    if (!choice) return taken;
    taken.push(choice.text);
    story.ChooseChoiceIndex(next.index);
  }
}

/** The runner alone along `script`, as the attempt drives it; returns the texts of the choices taken. */
function playRunner(runner: StoryRunner, script: PathScript): string[] {
  runner.reset();
  runner.mirrorInterview(script.interview[0]!);
  let step = runner.continue();
  const taken: string[] = [];
  for (const input of script.inputs) {
    if (input.kind === 'choose') {
      taken.push(step.choices[input.index]?.text ?? '');
      runner.choose(input.index);
      runner.mirrorInterview(script.interview[taken.length]!);
      step = runner.continue();
      continue;
    }
    if (input.kind === 'determination') runner.setDetermination(input.id);
    else runner.setReferrals(input.ids);
    // Asked for by a decide line: the story reads on. Owed after the ending: nothing moves.
    if (step.decision) step = runner.continue();
  }
  return taken;
}

function checkPath(scenario: Scenario, seed: number, player: string, taken: readonly string[], script: PathScript): void {
  const logged = script.choices.map((choice) => choice.text);
  if (taken.length !== logged.length || taken.some((text, i) => text !== logged[i])) {
    throw new Error(
      `bench: ${scenario.meta.id} seed ${seed}: ${player} play left the headless path (${taken.length} choices, the log has ${logged.length}); the ratio would compare different work`,
    );
  }
}

/** Untimed plays of every story, by every player, before the first timed one. */
const WARM_UP_PLAYS = 5;

export function headlessRatio(scenarios: readonly Scenario[], plays: number, round: (value: number) => number): HeadlessRatio {
  const ms = { raw: 0, runner: 0, headless: 0 };
  let choices = 0;
  const players = scenarios.map((scenario) => ({
    scenario,
    raw: rawStory(scenario),
    runner: new StoryRunner(scenario.storyJson, { source: scenario.meta.source }),
  }));
  // Warm all three up on seeds not measured, every story before any is timed: the code the three
  // share little of (the attempt's rules, the runner's own) is otherwise still being compiled by
  // the JIT while the first stories are timed, and the figure would depend on the stories' order.
  for (const { scenario, raw, runner } of players) {
    for (let seed = plays + 1; seed <= plays + WARM_UP_PLAYS; seed++) {
      const script = scriptOf(playHeadless(scenario, seed).log);
      playRaw(raw, script);
      playRunner(runner, script);
    }
  }
  const time = (player: keyof typeof ms, play: () => void) => {
    const start = performance.now();
    play();
    ms[player] += performance.now() - start;
  };
  for (const { scenario, raw, runner } of players) {
    process.stderr.write(`bench: headless vs raw inkjs: ${scenario.meta.id}\n`);
    for (let seed = 1; seed <= plays; seed++) {
      const script = scriptOf(playHeadless(scenario, seed).log);
      let rawTaken: string[] = [];
      let runnerTaken: string[] = [];
      let log: DecisionLog = [];
      time('raw', () => void (rawTaken = playRaw(raw, script)));
      time('runner', () => void (runnerTaken = playRunner(runner, script)));
      time('headless', () => void (log = playHeadless(scenario, seed).log));
      checkPath(scenario, seed, 'raw', rawTaken, script);
      checkPath(scenario, seed, 'runner-alone', runnerTaken, script);
      checkPath(scenario, seed, 'headless', scriptOf(log).choices.map((choice) => choice.text), script);
      choices += script.choices.length;
    }
  }
  const total = scenarios.length * plays;
  const figures = (player: keyof typeof ms): Figures => ({
    ms: round(ms[player]),
    msPerChoice: round(ms[player] / Math.max(1, choices)),
    playsPerSecond: round((total * 1000) / Math.max(1, ms[player])),
  });
  return {
    plays: total,
    choices,
    raw: figures('raw'),
    runner: { ...figures('runner'), ratio: round(ms.raw / ms.runner) },
    headless: figures('headless'),
    aroundRunner: { ms: round(ms.headless - ms.runner), share: round((ms.headless - ms.runner) / ms.headless) },
    ratio: round(ms.raw / ms.headless),
  };
}
