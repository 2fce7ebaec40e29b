// The verify command in-process: what an academy sees for a good attempt and for each way a file
// can be wrong. Uses the shipped tutorial story, so the command is tested on a real scenario.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../../src/cli/commands/verify';
import type { CliIO } from '../../../src/cli/io';
import { findStory } from '../../../src/node/load';
import type { Scenario } from '../../../src/content/types';
import { attemptDigest, buildAttempt, type Attempt } from '../../../src/engine/attempt';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { readAcademyConfig } from '../../../src/node/academyFile';
import { resolveScoringConfig } from '../../../src/engine/scoring/config';
import { score } from '../../../src/engine/scoring/score';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const STORY_ID = 'sample_bus_shelter';
let dir: string;
let scenario: Scenario;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'threshold-verify-'));
  const loaded = findStory(STORY_ID, repoRoot);
  if (!loaded?.ok) throw new Error(`the shipped story ${STORY_ID} must load for this test`);
  scenario = loaded.scenario;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd: repoRoot, out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) };
  const code = await verify(args, io);
  return { code, out, err };
}

function attemptFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function playedAttempt(seed: number): Record<string, unknown> {
  const played = playHeadless(scenario, seed);
  const academy = readAcademyConfig(repoRoot);
  if (!academy.ok) throw new Error('the shipped academy configuration must be valid');
  const result = score(scenario, played.log, resolveScoringConfig(scenario, academy.config));
  return JSON.parse(JSON.stringify(buildAttempt({ scenario: STORY_ID, seed, ending: played.ending, log: [...played.log], result })));
}

describe('stories verify', () => {
  it('prints verified and exits 0 for a played attempt', async () => {
    const result = await run([attemptFile('good.json', playedAttempt(11))]);
    expect(result).toEqual({ code: 0, out: 'verified\n', err: '' });
  });

  it('exits 1 naming the score when a stored score was edited', async () => {
    const attempt = playedAttempt(12) as { result: { scores: { overall: number } } };
    attempt.result.scores.overall = attempt.result.scores.overall === 100 ? 99 : 100;
    const result = await run([attemptFile('edited.json', attempt)]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/edited\.json: not verified: result\.scores\.overall: the attempt has/);
  });

  it('exits 1 naming the event when the log was edited', async () => {
    const attempt = playedAttempt(13) as { log: Array<{ type: string; text?: string }> };
    const index = attempt.log.findIndex((event) => event.type === 'story.choice');
    attempt.log[index]!.text = 'I never offered this';
    const result = await run([attemptFile('log.json', { ...attempt, digest: attemptDigest(attempt as unknown as Attempt) })]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`does not replay at event ${index}`);
  });

  it('exits 1 for a file that is not JSON, a wrong format or version, or an unknown scenario', async () => {
    expect((await run([attemptFile('broken.json', '{"format": ')])).err).toMatch(/broken\.json: not verified: not JSON/);
    expect((await run([attemptFile('format.json', { ...playedAttempt(1), format: 'other' })])).code).toBe(1);
    const version = await run([attemptFile('version.json', { ...playedAttempt(1), version: 9 })]);
    expect(version).toMatchObject({ code: 1, err: expect.stringContaining('version 9 is not supported') });
    const unknown = await run([attemptFile('unknown.json', { ...playedAttempt(1), scenario: 'no_such_story' })]);
    expect(unknown).toMatchObject({ code: 1, err: expect.stringContaining("unknown scenario 'no_such_story'") });
    expect((await run([join(dir, 'missing.json')])).err).toMatch(/cannot read the file/);
  });

  it('exits 2 with usage when the arguments are wrong', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a.json', 'b.json'])).code).toBe(2);
  });
});

describe('stories verify: hostile files and exports', () => {
  it('accepts a file that starts with a BOM', async () => {
    const path = attemptFile('bom.json', `\uFEFF${JSON.stringify(playedAttempt(11))}`);
    expect(await run([path])).toEqual({ code: 0, out: 'verified\n', err: '' });
  });

  it('refuses __proto__ and unknown fields with a message', async () => {
    const proto = await run([attemptFile('proto.json', JSON.stringify(playedAttempt(1)).replace('{', '{"__proto__": {"x": 1},'))]);
    expect(proto).toMatchObject({ code: 1, err: expect.stringContaining("the key '__proto__' is not allowed") });
    const unknown = await run([attemptFile('extra.json', { ...playedAttempt(1), grade: 'A' })]);
    expect(unknown).toMatchObject({ code: 1, err: expect.stringContaining("unknown field 'grade'") });
  });

  it('stops reading a device that never ends', async () => {
    const result = await run(['/dev/zero']);
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('larger than 32 MB') });
  });

  it('prints one line per attempt of an export, and fails if any attempt fails', async () => {
    const good = playedAttempt(11);
    const edited = playedAttempt(12) as { result: { passed: boolean } };
    edited.result.passed = !edited.result.passed;
    const exported = { format: 'threshold-export', version: 1, exportedAt: '2026-12-01T12:00:00.000Z', attempts: [good, edited, { format: 'nope' }] };
    const result = await run([attemptFile('export.json', exported)]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('export.json: attempt 1 (sample_bus_shelter): verified');
    expect(result.err).toMatch(/export\.json: attempt 2 \(sample_bus_shelter\): not verified: result\.passed/);
    expect(result.err).toMatch(/export\.json: attempt 3: not verified: 'format'/);
    expect(result.out).toContain('1 of 3 attempts verified');
    const allGood = await run([attemptFile('export-good.json', { ...exported, attempts: [good] })]);
    expect(allGood.code).toBe(0);
  });
});
