// What is lying around in stories/ (editor lock files, links, folders, pipes) and what a trainer
// types as a path: each gets its own sentence, nothing crashes, and nothing outside the project is read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/cli/commands/check';
import { play } from '../../../src/cli/commands/play';
import { loadAllStories } from '../../../src/node/load';
import { capturedIO } from './capturedIO';
import { tempProject, type TempProject } from './tempProject';

let project: TempProject;
let outside: string;

beforeAll(() => {
  project = tempProject({
    'stories/good.ink': '# id: good\n# objective: Say hello.\nHello.\n-> END\n',
    'stories/pulls_outside.ink': 'INCLUDE common/linked.ink\nHello.\n-> END\n',
    'stories/common/inside.ink': '=== helper ===\nHelp.\n-> END\n',
  });
  outside = mkdtempSync(join(tmpdir(), 'threshold-outside-'));
  writeFileSync(join(outside, 'secret.ink'), 'A secret line.\n-> END\n');
  const stories = join(project.root, 'stories');
  symlinkSync('someone@host.1234:1700000000', join(stories, '.#good.ink'));
  symlinkSync('nowhere.ink', join(stories, 'gone.ink'));
  symlinkSync(join(outside, 'secret.ink'), join(stories, 'secret.ink'));
  symlinkSync(join(outside, 'secret.ink'), join(stories, 'common', 'linked.ink'));
  mkdirSync(join(stories, 'folder.ink'));
  execFileSync('mkfifo', [join(stories, 'pipe.ink')]);
});
afterAll(() => {
  project.remove();
  rmSync(outside, { recursive: true, force: true });
});

describe('files in stories/', () => {
  it('check skips lock files and links to nothing with a note, and refuses links out of the project and pipes', async () => {
    const io = capturedIO(project.root);
    expect(await check(['--quick'], io)).toBe(1);
    expect(io.stdout).toEqual([
      "stories/.#good.ink: note: skipped, an editor's lock file (the editor removes it when the file is saved)",
      'stories/folder.ink: note: skipped, a folder, not a story file',
      'stories/gone.ink: note: skipped, a link to a file that does not exist',
      'stories/pipe.ink:1: this file is a named pipe (FIFO), not a story file',
      expect.stringMatching(/^stories\/common\/linked\.ink:1: this file resolves to .*, which is outside the project: copy the file into stories\/ instead of linking to it \(included from stories\/pulls_outside\.ink:1\)$/),
      expect.stringMatching(/^stories\/secret\.ink:1: this file resolves to .*secret\.ink, which is outside the project/),
      'check: 4 stories checked, 1 ok, 3 with errors; 3 errors, 0 warnings',
    ]);
    expect(io.stdout.join('\n')).not.toContain('A secret line');
  });

  it('the build loads the others and never reads the linked file', () => {
    const results = loadAllStories(project.root);
    expect(results.filter((result) => result.ok).map((result) => result.ok && result.scenario.meta.source)).toEqual(['stories/good.ink']);
    expect(JSON.stringify(results)).not.toContain('A secret line');
  });

  it('play finds a story by id with the lock file present', async () => {
    const io = capturedIO(project.root);
    expect(await play(['good'], io)).toBe(0);
  });
});

describe('paths given to check', () => {
  it('says that . is a folder', async () => {
    const io = capturedIO(project.root);
    expect(await check(['.'], io)).toBe(2);
    expect(io.stderr).toEqual(["check: '.' is a folder: name story files such as stories/my_scenario.ink, or give no path to check every story in stories/"]);
  });

  it('says that an empty path was given', async () => {
    const io = capturedIO(project.root);
    expect(await check([''], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^check: an empty path was given/);
  });

  it('names a pipe given as a path without opening it', async () => {
    const io = capturedIO(project.root);
    expect(await check(['stories/pipe.ink'], io)).toBe(2);
    expect(io.stderr).toEqual(["check: 'stories/pipe.ink' is a named pipe (FIFO), not a story file"]);
  });
});
