// The explorer-backed lint: an indicator tagged where no path reaches is a warning at its tag's line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/cli/commands/check';
import { capturedIO } from './capturedIO';
import { tempProject, type TempProject } from './tempProject';

const story = (condition: string) =>
  `# id: reach_${condition}\n# objective: See the bag.\n-> start\n=== start ===\nShe holds a bag. # indicator: documents_withheld\n{${condition}: A ledger of sums owed is in it. # indicator: debt_bondage}\n-> END\n`;

let project: TempProject;
beforeAll(() => {
  project = tempProject({ 'stories/cut_off.ink': story('false'), 'stories/reached.ink': story('true') });
});
afterAll(() => project.remove());

describe('lint: an indicator no path reaches', () => {
  it('warns at the tag when no path shows it', async () => {
    const io = capturedIO(project.root);
    expect(await check(['stories/cut_off.ink'], io)).toBe(0);
    expect(io.stdout).toContain(
      "stories/cut_off.ink:6: warning: indicator 'debt_bondage' is tagged here but no path reaches a line that shows it: the trainee can never notice it (check the conditions and diverts that lead here)",
    );
    expect(io.stdout.filter((line) => line.includes('no path reaches'))).toHaveLength(1);
  });

  it('is quiet when a path shows it, and in the quick check', async () => {
    const reached = capturedIO(project.root);
    expect(await check(['stories/reached.ink'], reached)).toBe(0);
    expect(reached.stdout.filter((line) => line.includes('no path reaches'))).toEqual([]);
    const quick = capturedIO(project.root);
    await check(['--quick', 'stories/cut_off.ink'], quick);
    expect(quick.stdout.filter((line) => line.includes('no path reaches'))).toEqual([]);
  });
});
