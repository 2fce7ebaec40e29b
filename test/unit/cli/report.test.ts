// `stories report`: one self-contained page with the graph (laid out, best path marked), the
// explorer's findings, the tags used, and every error and warning with its line.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { report } from '../../../src/cli/commands/report';
import { newStoryText } from '../../../src/cli/templates/newStory';
import { capturedIO } from './capturedIO';
import { tempProject, type TempProject } from './tempProject';
import { repoRoot } from '../content/helpers';

let project: TempProject;

beforeAll(() => {
  project = tempProject({
    'stories/scn_98_farm.ink': newStoryText('scn_98_farm'),
    'stories/broken.ink': '# id: broken\n# objective: O\n-> start\n=== start ===\nHello. # indicator: debt_bondag\n-> nowhere\n',
  });
  cpSync(join(repoRoot, 'stories', 'common'), join(project.root, 'stories', 'common'), { recursive: true });
});
afterAll(() => project.remove());

describe('stories report', () => {
  it('writes a page with the graph, the best path, the findings and the tags', async () => {
    const io = capturedIO(project.root);
    expect(await report(['scn_98_farm'], io)).toBe(0);
    expect(io.stdout).toEqual(['report: wrote dist/reports/scn_98_farm.html (0 errors, 0 warnings); open it in a browser, no server needed']);
    const html = readFileSync(join(project.root, 'dist', 'reports', 'scn_98_farm.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src="http|href="http/);
    expect(html).toMatch(/<svg role="img"/);
    for (const knot of ['yard', 'account', 'clarify', 'close', 'decide', 'safe', 'gaps', 'harmed']) expect(html).toContain(`>${knot}</text>`);
    expect(html).toMatch(/<g class="node best"><rect [^>]*\/><text [^>]*>safe<\/text>/);
    expect(html).toMatch(/<polyline class="edge best choice"/);
    expect(html).toContain('<li>handover_with_gaps</li><li>returned_to_harm</li><li>safe_referral</li>');
    expect(html).toMatch(/<th scope="row">highest<\/th><td>100<\/td><td>100<\/td><td>100<\/td><td>100<\/td>/);
    expect(html).toContain('<li>debt_bondage (1 line)</li>');
    expect(html).toContain('<li>why_didnt_you_leave: harmful (1 choice)</li>');
  });

  it('reports a story that does not compile, with each error at its line', async () => {
    const io = capturedIO(project.root);
    expect(await report(['stories/broken.ink', '--out', 'out/broken.html'], io)).toBe(0);
    const html = readFileSync(join(project.root, 'out', 'broken.html'), 'utf8');
    expect(html).toContain("stories/broken.ink:5: indicator: unknown indicator &#39;debt_bondag&#39; — did you mean debt_bondage?");
    expect(html).toMatch(/stories\/broken\.ink:6: Divert target not found/);
    expect(html).toContain('The story does not compile, so it was not explored');
    expect(html).toContain('>start</text>');
  });

  it('says when there is no such story', async () => {
    const io = capturedIO(project.root);
    expect(await report(['no_such_story'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^report: no story 'no_such_story'/);
  });
});
