// The plain helpers of src/util exist once (one rule, one place): a copy elsewhere drifts from
// them unnoticed (a message that drops a non-Error throw, a record test that lets arrays through).
// This reads every source file for a rewritten body or a redeclared name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({ path: relative(src, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

/** Where `pattern` matches outside `home`, as `path: match`. */
function copiesOf(pattern: RegExp, home: string): string[] {
  return files.filter((file) => file.path !== home).flatMap((file) => [...file.text.matchAll(pattern)].map((match) => `${file.path}: ${match[0]}`));
}

describe('src/util helpers exist once', () => {
  it('messageOf: no file words a thrown value itself', () => {
    expect(copiesOf(/(\b[\w.]+) instanceof Error \? \1\.message : String\(\1\)/g, 'util/errors.ts')).toEqual([]);
  });

  it('isRecord, isJsonPrefix, firstDifference: no file declares its own', () => {
    expect(copiesOf(/\b(?:function|const|let)\s+(?:messageOf|isRecord|isJsonPrefix|firstDifference)\b/g, 'util/json.ts').filter((hit) => !hit.startsWith('util/errors.ts'))).toEqual([]);
  });

  it('readableId: no file turns an id into words itself (a mood, an ending, a sound read the same everywhere)', () => {
    expect(copiesOf(/\.replace(?:All)?\((?:'_'|\/_\/g|\/\[_-\]\+\/g), ' '\)/g, 'util/words.ts')).toEqual([]);
  });
});
