// `stories new <id>`: the template compiles, plays and passes the explorer as written, and the
// command refuses an id that is taken or not an id.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/cli/commands/check';
import { newStory } from '../../../src/cli/commands/newStory';
import { play } from '../../../src/cli/commands/play';
import { exploreStory } from '../../../src/engine/explore/explore';
import { loadStoryFile } from '../../../src/node/load';
import { capturedIO } from './capturedIO';
import { tempProject, type TempProject } from './tempProject';
import { repoRoot } from '../content/helpers';

let project: TempProject;

beforeAll(() => {
  project = tempProject({ 'stories/taken.ink': '# id: scn_taken\n# objective: O\nHi.\n-> END\n' });
  cpSync(join(repoRoot, 'stories', 'common'), join(project.root, 'stories', 'common'), { recursive: true });
});
afterAll(() => project.remove());

describe('stories new', () => {
  it('writes a scenario and says what to do next', async () => {
    const io = capturedIO(project.root);
    expect(await newStory(['scn_99_car_wash'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^new: wrote stories\/scn_99_car_wash\.ink/);
    expect(io.stdout.join('\n')).toContain('npm run stories -- check --quick stories/scn_99_car_wash.ink');
    const text = readFileSync(join(project.root, 'stories', 'scn_99_car_wash.ink'), 'utf8');
    expect(text).toMatch(/^# id: scn_99_car_wash\n# title: Car wash\n/);
  });

  it('makes a story that passes the full check with no warning', async () => {
    const io = capturedIO(project.root);
    expect(await check(['stories/scn_99_car_wash.ink'], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    expect(io.stdout[0]).toMatch(/^check: 1 story checked, 1 ok, 0 with errors; 0 errors, 0 warnings(;|$)/);
  });

  it('makes a story with every part: two hotspots, good and harmful questions, both forms, three endings, full marks reachable', () => {
    const loaded = loadStoryFile('stories/scn_99_car_wash.ink', project.root);
    if (!loaded.ok) throw new Error('the template does not compile');
    const report = exploreStory(loaded.scenario);
    expect(report.endings).toEqual(['handover_with_gaps', 'returned_to_harm', 'safe_referral']);
    expect(report.deadEnds).toEqual([]);
    expect(report.max).toMatchObject({ identification: 100, questioning: 100, referral: 100 });
    const text = readFileSync(join(project.root, 'stories', 'scn_99_car_wash.ink'), 'utf8');
    expect(text.match(/# hotspot: /g)).toHaveLength(2);
    expect(text).toMatch(/# q: why_didnt_you_leave/);
    expect(text).toMatch(/-> record_determination ->\n-> record_referrals ->/);
  });

  it('plays headless with several seeds', async () => {
    for (const seed of ['1', '2', '3']) {
      const io = capturedIO(project.root);
      expect(await play(['scn_99_car_wash', '--seed', seed], io)).toBe(0);
      expect(io.stdout.join('\n')).toMatch(/== ending: \w+ ==/);
    }
  });

  it('refuses a file that exists, and an id another story uses', async () => {
    const again = capturedIO(project.root);
    expect(await newStory(['scn_99_car_wash'], again)).toBe(1);
    expect(again.stderr).toEqual(["new: the id 'scn_99_car_wash' is already used by stories/scn_99_car_wash.ink; choose another id"]);
    project.write('stories/untagged.ink', 'Plain Ink.\n');
    const file = capturedIO(project.root);
    expect(await newStory(['untagged'], file)).toBe(1);
    expect(file.stderr).toEqual(['new: stories/untagged.ink already exists; choose another id or edit that file']);
    const header = capturedIO(project.root);
    expect(await newStory(['scn_taken'], header)).toBe(1);
    expect(header.stderr[0]).toContain('already used by stories/taken.ink');
  });

  it('refuses an id that is not snake_case, and a missing id', async () => {
    for (const id of ['Car Wash', '1st_story', 'car-wash', '../escape', '']) {
      const io = capturedIO(project.root);
      expect(await newStory([id], io), id).toBe(1);
      expect(io.stderr[0]).toMatch(/cannot be a story id: it is not a snake_case id/);
    }
    const none = capturedIO(project.root);
    expect(await newStory([], none)).toBe(2);
  });
});
