// `npm run stories -- play --xapi`: the statements an attempt would send, printed by the same module
// the page streams with. They are valid xAPI, deterministic, carry the play's own clock, and give
// back the very log `play --json` prints for the same play.
import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/io';
import { play } from '../../../src/cli/commands/play';
import type { Attempt } from '../../../src/engine/attempt';
import { rebuildLog } from '../../../src/records/xapi/rebuild';
import type { XapiStatement } from '../../../src/records/xapi/types';
import { EXTENSIONS, VERBS } from '../../../src/records/xapi/vocabulary';
import { repoRoot } from '../engine/inlineScenario';

const validate = ((validateStatement as unknown as { default?: unknown }).default ?? validateStatement) as (s: unknown) => unknown[];
const STORY = 'stories/sample_bus_shelter.ink';
const CAREFUL = 'test/fixtures/paths/sample_bus_shelter/careful.json';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { cwd: repoRoot, out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await play(args, io);
  return { code, out: out.join(''), err: err.join('\n') };
}

async function statementsOf(args: string[]): Promise<XapiStatement[]> {
  const printed = await run([...args, '--xapi']);
  expect(printed.err).toBe('');
  expect(printed.code).toBe(0);
  return JSON.parse(printed.out) as XapiStatement[];
}

async function attemptOf(args: string[]): Promise<Attempt> {
  return JSON.parse((await run([...args, '--json'])).out) as Attempt;
}

describe('stories play --xapi', () => {
  it('prints a JSON array of valid statements that give back the log and result play --json prints', async () => {
    const statements = await statementsOf([STORY, '--seed', '3']);
    const attempt = await attemptOf([STORY, '--seed', '3']);
    expect(statements.length).toBeGreaterThan(8);
    for (const statement of statements) expect(validate(statement), statement.verb.id).toEqual([]);
    const registration = statements[0]!.context!.registration!;
    expect(rebuildLog(registration, statements)).toEqual({ ok: true, log: attempt.log, registration });
    const outcome = statements.find((s) => s.verb.id === VERBS.passed.id || s.verb.id === VERBS.failed.id)!;
    expect(outcome.result?.score?.raw).toBe(attempt.result!.scores.overall);
    expect(outcome.result?.success).toBe(attempt.result!.passed);
    expect(statements[0]!.verb.id).toBe(VERBS.launched.id);
    expect(statements[statements.length - 1]!.verb.id).toBe(VERBS.terminated.id);
  });

  it('is deterministic: the same seed prints the same bytes, another seed another registration', async () => {
    const first = await run([STORY, '--seed', '4', '--xapi']);
    const again = await run(['sample_bus_shelter', '--xapi', '--seed=4']);
    expect(again.out).toBe(first.out);
    const [a] = JSON.parse(first.out) as XapiStatement[];
    const [b] = await statementsOf([STORY, '--seed', '5']);
    expect(b!.context!.registration).not.toBe(a!.context!.registration);
    expect(b!.id).not.toBe(a!.id);
  });

  it("stamps each statement with the play's clock from --started, and takes the registration and activity base given", async () => {
    const registration = '5d7c3b1a-2f4e-4c6d-8e9f-0a1b2c3d4e5f';
    const statements = await statementsOf([STORY, '--seed', '3', '--registration', registration, '--started', '2026-12-01T09:00:00.000Z', '--activity-base', 'https://academy.test/t']);
    const attempt = await attemptOf([STORY, '--seed', '3']);
    const lastAt = attempt.log[attempt.log.length - 1]!.at;
    expect(statements[0]!.timestamp).toBe('2026-12-01T09:00:00.000Z');
    expect(statements[statements.length - 1]!.timestamp).toBe(new Date(Date.parse('2026-12-01T09:00:00.000Z') + lastAt).toISOString());
    for (const statement of statements) {
      expect(statement.context?.registration).toBe(registration);
      expect(statement.object.id.startsWith('https://academy.test/t/scenarios/sample_bus_shelter')).toBe(true);
      expect(statement.context?.extensions?.[EXTENSIONS.scenarioVersion]).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('prints the statements of a scripted path too', async () => {
    const statements = await statementsOf([STORY, '--path', CAREFUL]);
    const attempt = await attemptOf([STORY, '--path', CAREFUL]);
    const registration = statements[0]!.context!.registration!;
    expect(rebuildLog(registration, statements)).toEqual({ ok: true, log: attempt.log, registration });
    expect(statements[0]!.actor).toMatchObject({ name: 'Headless trainee (scripted path)' });
  });

  it('refuses --json with --xapi, xAPI options without --xapi, and malformed option values', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[STORY, '--json', '--xapi'], /give --json or --xapi, not both/],
      [[STORY, '--registration', '5d7c3b1a-2f4e-4c6d-8e9f-0a1b2c3d4e5f'], /--registration only goes with --xapi/],
      [[STORY, '--xapi', '--registration', 'not-a-uuid'], /--registration needs a UUID, got 'not-a-uuid'/],
      [[STORY, '--xapi', '--started', 'yesterday'], /--started needs an ISO 8601 time/],
      [[STORY, '--xapi', '--activity-base', 'https://academy.test/'], /--activity-base needs an IRI without a trailing slash/],
      [[STORY, '--xapi', '--started'], /--started needs a value/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    }
  });

  it('documents the options in --help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--xapi \[--registration <uuid>\] \[--started <ISO time>\] \[--activity-base <IRI>\]/);
  });
});
