import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explore } from '../../../src/cli/commands/explore';
import { capturedIO as fakeIO } from '../cli/capturedIO';
import { SCORED_HEADER } from './helpers';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'threshold-explore-'));
  mkdirSync(join(project, 'stories'));
  cpSync(join(repoRoot, 'stories/common'), join(project, 'stories/common'), { recursive: true });
  writeFileSync(
    join(project, 'stories/explore_fixture.ink'),
    `${SCORED_HEADER}
-> start
=== start ===
A man in a van.
* [Explain who you are # q: explain_process] He listens. # indicator: documents_withheld
  -> close
* [Walk away] You leave. # ending: walked_away
  -> END
=== close ===
* [Explain what happens next # q: explain_next_steps] He nods. # ending: talked
  -> END
=== unused ===
Never. # ending: never
-> END
`,
  );
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('stories explore', () => {
  it('--json prints the report with the agreed keys', async () => {
    const io = fakeIO(project);
    expect(await explore(['explore_fixture', '--json'], io)).toBe(0);
    const report = JSON.parse(io.stdout.join(''));
    for (const key of ['scenario', 'states', 'endings', 'deadEnds', 'unreachableKnots', 'min', 'max', 'bestPath']) expect(report).toHaveProperty(key);
    expect(report.scenario).toBe('explore_fixture');
    expect(report.endings).toEqual(['talked', 'walked_away']);
    // Only knots written in the story itself are reported, not those of the shared includes.
    expect(report.unreachableKnots).toEqual(['unused']);
    expect(Object.keys(report.max)).toEqual(['identification', 'questioning', 'referral', 'overall']);
  });

  it('prints a readable report by path', async () => {
    const io = fakeIO(project);
    expect(await explore(['stories/explore_fixture.ink'], io)).toBe(0);
    const text = io.stdout.join('');
    expect(text).toMatch(/^explore explore_fixture: \d+ states/);
    expect(text).toContain('knots never reached (1): unused');
    expect(text).toContain('a path to the maximum:');
  });

  it('refuses unknown stories and options with exit code 2', async () => {
    const io = fakeIO(project);
    expect(await explore(['nope'], io)).toBe(2);
    expect(await explore(['explore_fixture', '--fast'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain("unknown option '--fast'");
  });
});
