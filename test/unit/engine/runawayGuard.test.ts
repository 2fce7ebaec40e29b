import { describe, expect, it } from 'vitest';
import { StoryRunner, StoryRunnerError } from '../../../src/engine/storyRunner';
import { knotOfInkPath } from '../../../src/engine/runawayGuard';
import { compileInk } from './inlineScenario';

// Short limits keep the tests quick; the defaults only change how long a runaway story runs first.
// The step budget is small only where a loop is meant to trip it: a test that must not trip it (or
// must trip the depth limit first) gets a budget far beyond anything it needs.
const limits = { maxStepsWithoutOutput: 100_000, maxCallDepth: 500 };
const patient = { ...limits, maxStepsWithoutOutput: 50_000_000 };

function runner(source: string, runawayLimits = limits): StoryRunner {
  return new StoryRunner(compileInk(source), { source: 'test/inline.ink', runawayLimits });
}

function failure(run: () => unknown): StoryRunnerError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoryRunnerError) return error;
    throw error;
  }
  throw new Error('expected the story to fail');
}

describe('runaway guard', () => {
  it('stops a loop that prints nothing and names its knot', () => {
    const r = runner(`Hello.\n-> spin\n=== spin ===\n~ temp x = 1\n-> spin\n`);
    const error = failure(() => r.continue());
    expect(error.message).toMatch(/^test\/inline\.ink: the story loops in knot 'spin' without printing anything/);
    expect(knotOfInkPath(error.inkPath)).toBe('spin');
  });

  it('stops a function that recurses without end before the stack grows, naming the function', () => {
    const before = process.memoryUsage().heapUsed;
    const r = runner(`Hello.\n~ deeper(1)\n=== function deeper(n) ===\n~ return deeper(n + 1)\n`, patient);
    const error = failure(() => r.continue());
    expect(error.message).toMatch(/runaway recursion in knot 'deeper'/);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops tunnels that call each other without end', () => {
    const r = runner(`-> a\n=== a ===\n-> b ->\n->->\n=== b ===\n-> a ->\n->->\n`, patient);
    expect(failure(() => r.continue()).message).toMatch(/runaway recursion in knot '(a|b)'/);
  });

  it('leaves a story that prints, loops with choices or recurses a little alone', () => {
    const r = runner(`~ temp total = sum(50)\nTotal {total}.\n-> hub\n=== hub ===\n+ [Again] -> hub\n+ [Stop] -> END\n=== function sum(n) ===\n{ n <= 0:\n  ~ return 0\n}\n~ return n + sum(n - 1)\n`, patient);
    const step = r.continue();
    expect(step.lines.map((line) => line.text)).toEqual(['Total 1275.']);
    r.choose(0);
    expect(r.continue().choices).toHaveLength(2);
  });

  it('leaves the runner usable for a state saved before the runaway', () => {
    const r = runner(`Hello.\n+ [Spin] -> spin\n+ [Stop] Done. -> END\n=== spin ===\n-> spin\n`);
    r.continue();
    const saved = r.saveState();
    r.choose(0);
    failure(() => r.continue());
    r.loadState(saved);
    r.choose(1);
    expect(r.continue().lines.map((line) => line.text)).toEqual(['Done.']);
  });

  it('leaves the runner usable after a loop that runs away in the lookahead after a line', () => {
    // inkjs looks past "Spinning." for glue and never comes back: the guard stops it mid-lookahead.
    // What the abandoned lookahead counted (its visits to `spin`) must not leak into a loaded state.
    const r = runner(`Hello.\n+ [Spin] Spinning.\n  -> spin\n+ [Stop] Done, spin seen {spin} times. -> END\n=== spin ===\n-> spin\n`);
    r.continue();
    const saved = r.saveState();
    r.choose(0);
    expect(failure(() => r.continue()).message).toMatch(/the story loops in knot 'spin'/);
    r.loadState(saved);
    r.choose(1);
    expect(r.continue().lines.map((line) => line.text)).toEqual(['Done, spin seen 0 times.']);
    r.loadState(saved);
    r.choose(0);
    expect(failure(() => r.continue()).message).toMatch(/the story loops in knot 'spin'/);
  });

  it('stops a loop after the same number of steps on every run', () => {
    const messages = [1, 2].map(() => failure(() => runner(`Hi.\n-> spin\n=== spin ===\n~ temp x = 1\n-> spin\n`).continue()).message);
    expect(messages[0]).toMatch(/stopped after 100,000 steps/);
    expect(messages[1]).toBe(messages[0]);
  });

  it('gives a runtime error the place it happened', () => {
    const r = runner(`Hello.\n-> maths\n=== maths ===\n~ temp z = 5 % 0\nResult {z}.\n`);
    const error = failure(() => r.continue());
    expect(knotOfInkPath(error.inkPath)).toBe('maths');
  });
});
