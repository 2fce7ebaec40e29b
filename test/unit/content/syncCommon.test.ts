import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMON_INK_PATH, generateCommonInk } from '../../../src/content/commonInk';
import { idsOf } from '../../../src/content/taxonomy';
import { syncCommon } from '../../../src/cli/commands/syncCommon';
import type { CliIO } from '../../../src/cli/io';
import { FIXTURES, repoRoot } from './helpers';

let project: string;
const io = (cwd: string) => {
  const lines: string[] = [];
  const value: CliIO = { cwd, out: (t) => lines.push(t), err: (t) => lines.push(t) };
  return { io: value, lines };
};

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'threshold-sync-'));
  mkdirSync(join(project, 'stories', 'common'), { recursive: true });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('common/threshold.ink', () => {
  it('the committed file is exactly the generated text', () => {
    expect(readFileSync(join(repoRoot, COMMON_INK_PATH), 'utf8')).toBe(generateCommonInk());
  });

  it('the test fixtures use the same generated file', () => {
    expect(readFileSync(join(repoRoot, FIXTURES, 'common/threshold.ink'), 'utf8')).toBe(generateCommonInk());
  });

  it('lists every determination and referral id and mirrors rapport and distress', () => {
    const text = generateCommonInk();
    expect(text).toContain(`LIST determination = ${idsOf('determinations').join(', ')}\n`);
    expect(text).toContain(`LIST referrals = ${idsOf('referrals').join(', ')}\n`);
    expect(text.endsWith('VAR rapport = 0\nVAR distress = 2\n')).toBe(true);
  });
});

describe('stories sync-common', () => {
  it('writes the file, then reports it up to date', async () => {
    const first = io(project);
    expect(await syncCommon([], first.io)).toBe(0);
    expect(first.lines).toEqual([`${COMMON_INK_PATH} written from the taxonomy`]);
    expect(readFileSync(join(project, COMMON_INK_PATH), 'utf8')).toBe(generateCommonInk());
    const second = io(project);
    expect(await syncCommon(['--check'], second.io)).toBe(0);
    expect(second.lines).toEqual([`${COMMON_INK_PATH} is up to date`]);
  });

  it('with --check, fails on a stale file without touching it', async () => {
    writeFileSync(join(project, COMMON_INK_PATH), 'LIST referrals = old\n');
    const run = io(project);
    expect(await syncCommon(['--check'], run.io)).toBe(1);
    expect(readFileSync(join(project, COMMON_INK_PATH), 'utf8')).toBe('LIST referrals = old\n');
    expect(await syncCommon([], io(project).io)).toBe(0);
    expect(readFileSync(join(project, COMMON_INK_PATH), 'utf8')).toBe(generateCommonInk());
  });
});
