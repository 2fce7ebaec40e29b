import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkInkInternals,
  INKJS_VERSION,
  InkInternalsError,
  PRIVATE_INK_MEMBERS,
  probeInkObjects,
} from '../../../src/engine/inkInternals';

const root = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('inkInternals: the fence around inkjs private fields', () => {
  it('is written for the inkjs version package.json pins and node_modules holds', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/inkjs/package.json'), 'utf8')) as { version: string };
    expect(pkg.dependencies['inkjs']).toBe(INKJS_VERSION);
    expect(installed.version).toBe(INKJS_VERSION);
  });

  it('finds every field it needs on the installed inkjs', () => {
    expect(() => checkInkInternals()).not.toThrow();
  });

  it('fails fast, naming the missing field and the inkjs version, when a field is gone', () => {
    const objects = probeInkObjects();
    // A state as a later inkjs might shape it: the same object without its `_patch` field.
    const { _patch: _gone, ...stateWithoutPatch } = objects.StoryState as Record<string, unknown>;
    expect(() => checkInkInternals({ ...objects, StoryState: stateWithoutPatch })).toThrow(InkInternalsError);
    expect(() => checkInkInternals({ ...objects, StoryState: stateWithoutPatch })).toThrow(
      /inkjs internals changed: .*written for inkjs 2\.4\.0.* lacks StoryState\._patch\b/,
    );
    expect(() => checkInkInternals({ ...objects, CallStack: null })).toThrow(/lacks CallStack\._threads/);
  });

  it('is the only source file that names an inkjs private field', () => {
    const names = PRIVATE_INK_MEMBERS.map((member) => member.split('.')[1]!);
    const pattern = new RegExp(`\\.(${names.join('|')})\\b`);
    const offenders = sourceFiles(join(root, 'src'))
      .filter((file) => !file.endsWith('inkInternals.ts'))
      .filter((file) => pattern.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
