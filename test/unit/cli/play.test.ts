import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  describe('--path: a scripted playthrough', () => {
    const CAREFUL = 'test/fixtures/paths/sample_bus_shelter/careful.json';
    const dir = mkdtempSync(join(tmpdir(), 'threshold-path-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const careful = JSON.parse(readFileSync(join(repoRoot, CAREFUL), 'utf8')) as { steps: Array<Record<string, unknown>>; expect: Record<string, unknown> };
    const write = (name: string, data: unknown): string => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(data));
      return file;
    };

    it('follows the path and prints its transcript; the expectations hold', async () => {
      const run = capture();
      expect(await play([STORY, '--path', CAREFUL], run.io)).toBe(0);
      expect(run.out()).toMatch(/^The last bus \(sample_bus_shelter, stories\/sample_bus_shelter\.ink\), path test\/fixtures\/paths\/sample_bus_shelter\/careful\.json\n/);
      expect(run.out()).toMatch(/^== ending: safe_handover ==$/m);
      expect(run.out()).toMatch(/^Result: overall 100 .*: passed$/m);
      expect(run.err()).toBe('');
    });

    it('reads the report explore --json prints (its bestPath) and a bare list of steps', async () => {
      const report = write('report.json', { scenario: STORY_ID, states: 1, bestPath: careful.steps.map((step) => ({ index: 0, ...step })) });
      const bare = write('bare.json', careful.steps);
      for (const file of [report, bare]) {
        const run = capture();
        expect(await play([STORY, '--path', file], run.io)).toBe(0);
        expect(run.out()).toMatch(/^Result: overall 100 .*: passed$/m);
      }
    });

    it('prints an attempt file with --json that verifies, without a seed', async () => {
      const run = capture();
      expect(await play([STORY, '--path', CAREFUL, '--json'], run.io)).toBe(0);
      const data = JSON.parse(run.out()) as Record<string, unknown>;
      expect(Object.keys(data)).toEqual(['format', 'version', 'scenario', 'ending', 'log', 'result', 'digest']);
      const file = write('attempt.json', data);
      const check = capture();
      expect(await verify([file], check.io)).toBe(0);
    });

    it('fails naming the step and the choices on offer when the path no longer fits', async () => {
      const stale = careful.steps.findIndex((step, i) => i > 0 && step['kind'] === 'choice');
      const steps = careful.steps.map((step, i) => (i === stale ? { ...step, text: 'Ask about the football scores' } : step));
      const run = capture();
      expect(await play([STORY, '--path', write('stale.json', { steps })], run.io)).toBe(1);
      expect(run.err()).toMatch(new RegExp(`step ${stale + 1} \\(choice "Ask about the football scores"\\): the story does not offer this choice here; on offer: ".+", ".+"`));
    });

    it('fails when a form comes where the story asks none, or the path stops before the end', async () => {
      const early = capture();
      expect(await play([STORY, '--path', write('early.json', [{ kind: 'determination', determination: 'potential_victim_labour' }])], early.io)).toBe(1);
      expect(early.err()).toMatch(/step 1 \(determination potential_victim_labour\): the story does not ask for the determination here; on offer: "/);
      const short = capture();
      expect(await play([STORY, '--path', write('short.json', careful.steps.slice(0, 2))], short.io)).toBe(1);
      expect(short.err()).toMatch(/the path ends after step 2, but the attempt is not finished; on offer: "/);
    });

    it('fails when an expectation does not hold, saying which', async () => {
      const run = capture();
      const file = write('wrong.json', { steps: careful.steps, expect: { ending: 'back_in_the_van', passed: false, scores: { referral: 40 } } });
      expect(await play([STORY, '--path', file], run.io)).toBe(1);
      expect(run.err().split('\n')).toEqual([
        `play: ${file}: expected ending 'back_in_the_van', reached 'safe_handover'`,
        `play: ${file}: expected the attempt to fail, but it passed`,
        `play: ${file}: expected referral 40, scored 100`,
      ]);
    });

    it('refuses a path written for another story, a malformed file, and --seed with --path', async () => {
      const other = capture();
      expect(await play([STORY, '--path', write('other.json', { scenario: 'scn_02_hotel_welfare_check', steps: [] })], other.io)).toBe(1);
      expect(other.err()).toMatch(/the path was written for 'scn_02_hotel_welfare_check', not 'sample_bus_shelter'/);
      const bad = capture();
      expect(await play([STORY, '--path', write('bad.json', { steps: [{ kind: 'choose', text: 'x' }] })], bad.io)).toBe(1);
      expect(bad.err()).toMatch(/step 1: unknown kind "choose"; a step is a choice, flags, determination or referrals/);
      const both = capture();
      expect(await play([STORY, '--path', CAREFUL, '--seed', '2'], both.io)).toBe(2);
      expect(both.err()).toMatch(/give --seed or --path, not both/);
    });
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
