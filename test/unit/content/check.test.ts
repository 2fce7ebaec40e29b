import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, scenarioCheckers } from '../../../src/cli/commands/check';
import { capturedIO as fakeIO } from '../cli/capturedIO';
import { FIXTURES, repoRoot } from './helpers';

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'threshold-check-'));
  mkdirSync(join(project, 'stories'));
  cpSync(join(repoRoot, FIXTURES, 'common'), join(project, 'stories', 'common'), { recursive: true });
  for (const story of ['good_scored.ink', 'plain.ink', 'ink_error.ink', 'bad_tags.ink']) {
    cpSync(join(repoRoot, FIXTURES, story), join(project, 'stories', story));
  }
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('stories check', () => {
  it('exits 0 and prints a summary when the given stories are fine', async () => {
    const io = fakeIO(project);
    expect(await check(['--quick', 'stories/good_scored.ink', 'stories/plain.ink'], io)).toBe(0);
    expect(io.stdout).toEqual(['check: 2 stories checked, 2 ok, 0 with errors; 0 errors, 0 warnings']);
  });

  it('checks every story by default, prints path:line: message for each problem and exits 1', async () => {
    const io = fakeIO(project);
    expect(await check(['--quick'], io)).toBe(1);
    expect(io.stdout).toContain("stories/ink_error.ink:3: Divert target not found: '-> nowhere'");
    expect(io.stdout).toContain('stories/common/broken_include.ink:3: Unresolved variable: nope');
    expect(io.stdout).toContain("stories/bad_tags.ink:20: indicator: unknown indicator 'documents_witheld' — did you mean documents_withheld?");
    expect(io.stdout.some((line) => line.startsWith('stories/bad_tags.ink:23: warning: '))).toBe(true);
    expect(io.stdout.at(-1)).toBe('check: 4 stories checked, 2 ok, 2 with errors; 18 errors, 1 warning');
  });

  it('runs the extra scenario checkers on stories that compiled', async () => {
    scenarioCheckers.push((scenario) => [{ severity: 'error', file: scenario.meta.source, line: 7, message: `extra check saw ${scenario.meta.id}` }]);
    try {
      const io = fakeIO(project);
      expect(await check(['--quick', 'stories/good_scored.ink'], io)).toBe(1);
      expect(io.stdout[0]).toBe('stories/good_scored.ink:7: extra check saw fixture_good_scored');
    } finally {
      scenarioCheckers.pop();
    }
  });

  it('turns a checker that throws into an error instead of a crash', async () => {
    scenarioCheckers.push(() => {
      throw new Error('boom');
    });
    try {
      const io = fakeIO(project);
      expect(await check(['--quick', 'stories/plain.ink'], io)).toBe(1);
      expect(io.stdout[0]).toBe('stories/plain.ink: a check failed to run: boom');
    } finally {
      scenarioCheckers.pop();
    }
  });

  it('explores scored stories unless --quick, failing one whose best path cannot reach 100', async () => {
    const io = fakeIO(project);
    expect(await check(['stories/good_scored.ink'], io)).toBe(1);
    expect(io.stdout.some((line) => line.startsWith('stories/good_scored.ink: ') && line.includes('100'))).toBe(true);
    const plain = fakeIO(project);
    expect(await check(['stories/plain.ink'], plain)).toBe(0);
  });

  it('says on stderr what it explores and as each story ends; a second check explores nothing and says nothing', async () => {
    const saved = { cache: process.env['THRESHOLD_EXPLORE_CACHE'], costs: process.env['THRESHOLD_EXPLORE_COSTS'] };
    const folder = mkdtempSync(join(tmpdir(), 'threshold-check-cache-'));
    process.env['THRESHOLD_EXPLORE_CACHE'] = join(folder, 'explore');
    process.env['THRESHOLD_EXPLORE_COSTS'] = join(folder, 'costs.json');
    try {
      const first = fakeIO(project);
      await check(['stories/good_scored.ink', 'stories/plain.ink', '--workers', '1'], first);
      expect(first.stderr[0]).toMatch(/^check: exploring every path of 2 stories on 1 worker: stories not explored on this machine before can take a minute or more/);
      expect(first.stderr.slice(1).sort()).toEqual([
        expect.stringMatching(/^check: \(\d\/2\) explored stories\/good_scored\.ink: \d+ states in \d+\.\d s$/),
        expect.stringMatching(/^check: \(\d\/2\) explored stories\/plain\.ink: \d+ states in \d+\.\d s$/),
      ]);
      const again = fakeIO(project);
      await check(['stories/good_scored.ink', 'stories/plain.ink'], again);
      expect(again.stderr).toEqual([]);
      expect(again.stdout).toEqual(first.stdout.map((line) => line.replace('2 stories explored, 0 from the cache', '0 stories explored, 2 from the cache')));
      // Explored again (--no-cache): the last times say how long that takes.
      const edited = fakeIO(project);
      await check(['stories/good_scored.ink', 'stories/plain.ink', '--no-cache'], edited);
      expect(edited.stderr[0]).toMatch(/^check: exploring every path of 2 stories on 2 workers: about \d+\.\d s, as last time$/);
    } finally {
      for (const [name, value] of [['THRESHOLD_EXPLORE_CACHE', saved.cache], ['THRESHOLD_EXPLORE_COSTS', saved.costs]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports a path that does not exist', async () => {
    const io = fakeIO(project);
    expect(await check(['stories/missing.ink'], io)).toBe(1);
    expect(io.stdout[0]).toBe('stories/missing.ink:1: file not found');
  });

  it('refuses unknown options with exit code 2', async () => {
    const io = fakeIO(project);
    expect(await check(['--fast'], io)).toBe(2);
    expect(io.stderr[0]).toContain("unknown option '--fast'");
  });
});
