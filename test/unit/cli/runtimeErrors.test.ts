// A story that fails while it runs (a loop that prints nothing, a runaway recursion, a modulo by
// zero) fails `check` and `play` with `path:line: message`, once, in bounded time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/cli/commands/check';
import { play } from '../../../src/cli/commands/play';
import { capturedIO } from './capturedIO';
import { tempProject, type TempProject } from './tempProject';

let project: TempProject;

beforeAll(() => {
  project = tempProject({
    'stories/spin.ink': 'Hello.\n-> spin\n=== spin ===\n~ temp x = 1\n-> spin\n',
    'stories/deep.ink': 'Hello.\n~ deeper(1)\n=== function deeper(n) ===\n~ return deeper(n + 1)\n',
    'stories/modulo.ink': 'Hello.\n-> maths\n\n=== maths ===\nA line.\n~ temp z = 5 % 0\nResult {z}.\n-> END\n',
  });
});
afterAll(() => project.remove());

describe('runtime errors in check and play', () => {
  it('check reports a loop that prints nothing at its knot, and stops', async () => {
    const io = capturedIO(project.root);
    expect(await check(['stories/spin.ink'], io)).toBe(1);
    const errors = io.stdout.filter((line) => line.includes('loops'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^stories\/spin\.ink:3: dead end in knot 'spin' at the start: the story loops in knot 'spin'/);
  });

  it('play reports a runaway recursion at its function', async () => {
    const io = capturedIO(project.root);
    expect(await play(['stories/deep.ink'], io)).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^stories\/deep\.ink:[34]: runaway recursion in knot 'deeper'/);
  });

  it('play reports a modulo by zero at its line', async () => {
    const io = capturedIO(project.root);
    expect(await play(['stories/modulo.ink'], io)).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^stories\/modulo\.ink:6: ink error while continuing: an expression here has no value .*modulo by zero/);
  });
});
