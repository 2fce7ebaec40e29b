import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/io';
import { play } from '../../../src/cli/commands/play';
import { verify } from '../../../src/cli/commands/verify';
import { parseAttempt } from '../../../src/engine/attempt';
import { repoRoot } from '../engine/inlineScenario';

interface Captured {
  io: CliIO;
  out: () => string;
  err: () => string;
}

function capture(cwd = repoRoot): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { cwd, out: (text) => out.push(text), err: (text) => err.push(text) },
    out: () => out.join(''),
    err: () => err.join('\n'),
  };
}

// The tutorial story ships with the project and is what trainers try first. Most tests name it by
// path: an id makes the command compile every story to find it.
const STORY_ID = 'sample_bus_shelter';
const STORY = `stories/${STORY_ID}.ink`;

describe('stories play', () => {
  it('prints a readable transcript with speakers, choices, forms, the ending and the result', async () => {
    const run = capture();
    expect(await play([STORY, '--seed', '3'], run.io)).toBe(0);
    const text = run.out();
    expect(text).toMatch(/^The last bus \(sample_bus_shelter, stories\/sample_bus_shelter\.ink\), seed 3\n/);
    expect(text).toMatch(/^> .+/m);
    expect(text).toMatch(/^ {2}[A-Z][a-z]+( \([a-z]+\))?: .+/m);
    expect(text).toMatch(/^ {2}\* determination: [a-z_]+$/m);
    expect(text).toMatch(/^== ending: [a-z_]+ ==$/m);
    expect(text).toMatch(/^Result: overall [\d.]+ \(identification [\d.]+, questioning [\d.]+, referral [\d.]+\): (passed|not passed)$/m);
  });

  it('prints the same bytes for the same seed, by id or by path', async () => {
    const first = capture();
    const second = capture();
    expect(await play([STORY_ID, '--seed', '11', '--json'], first.io)).toBe(0);
    expect(await play([STORY, '--json', '--seed=11'], second.io)).toBe(0);
    expect(second.out()).toBe(first.out());
    const other = capture();
    await play([STORY, '--seed', '12', '--json'], other.io);
    expect(other.out()).not.toBe(first.out());
  });

  it('prints an attempt file that parses and verifies', async () => {
    const run = capture();
    await play([STORY, '--seed', '5', '--json'], run.io);
    const data = JSON.parse(run.out()) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'version', 'scenario', 'seed', 'ending', 'log', 'result', 'digest']);
    expect(data).toMatchObject({ scenario: STORY_ID, seed: 5 });
    expect(parseAttempt(data).ok).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'threshold-play-'));
    try {
      const file = join(dir, 'attempt.json');
      writeFileSync(file, run.out());
      const check = capture();
      expect(await verify([file], check.io)).toBe(0);
      expect(check.out()).toBe('verified');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the known ids when the story is unknown', async () => {
    const run = capture();
    expect(await play(['no_such_story'], run.io)).toBe(1);
    expect(run.err()).toMatch(/play: no story 'no_such_story' in stories\/\. Known ids: .*sample_bus_shelter/);
  });

  it('rejects a bad seed or a missing story as a usage error', async () => {
    for (const args of [[STORY, '--seed', 'x'], [STORY, '--seed'], [STORY, '--seed', '-1'], [], [STORY, '--fast']]) {
      const run = capture();
      expect(await play(args, run.io)).toBe(2);
      expect(run.err()).toMatch(/usage: npm run stories -- play/);
    }
  });

  describe('with a broken story', () => {
    const root = mkdtempSync(join(tmpdir(), 'threshold-broken-'));
    mkdirSync(join(root, 'stories'));
    writeFileSync(join(root, 'stories', 'broken.ink'), 'Hello.\n* [Go] -> nowhere\n');
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('prints its diagnostics as path:line: message and exits 1', async () => {
      const run = capture(root);
      expect(await play(['stories/broken.ink'], run.io)).toBe(1);
      expect(run.err()).toMatch(/^stories\/broken\.ink:2: .*nowhere/m);
      expect(run.err()).toMatch(/play: stories\/broken\.ink does not compile/);
    });
  });
});
