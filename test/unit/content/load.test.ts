import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findStory, listStoryPaths, loadAllStories, pathDeclaringId, pathOfId } from '../../../src/node/load';
import { FIXTURES, repoRoot } from './helpers';

let project: string;

/** A throwaway repo with a stories/ folder made of fixtures. */
function makeProject(stories: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'threshold-load-'));
  mkdirSync(join(root, 'stories'));
  cpSync(join(repoRoot, FIXTURES, 'common'), join(root, 'stories', 'common'), { recursive: true });
  for (const story of stories) cpSync(join(repoRoot, FIXTURES, story), join(root, 'stories', story));
  return root;
}

beforeAll(() => {
  project = makeProject(['good_scored.ink', 'ink_error.ink', 'plain.ink', 'duplicate_id_a.ink', 'duplicate_id_b.ink']);
  writeFileSync(join(project, 'stories', 'notes.txt'), 'not a story');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('loadAllStories', () => {
  it('lists root stories only, never stories/common/, in path order', () => {
    expect(listStoryPaths(project)).toEqual([
      'stories/duplicate_id_a.ink',
      'stories/duplicate_id_b.ink',
      'stories/good_scored.ink',
      'stories/ink_error.ink',
      'stories/plain.ink',
    ]);
  });

  it('loads every story even when one is broken', () => {
    const results = loadAllStories(project);
    expect(results.map((r) => (r.ok ? r.scenario.meta.id : `broken ${r.source}`))).toEqual([
      'fixture_same_id',
      'broken stories/duplicate_id_b.ink',
      'fixture_good_scored',
      'broken stories/ink_error.ink',
      'plain',
    ]);
  });

  it('refuses the second story that uses an id, naming the first', () => {
    const second = loadAllStories(project)[1]!;
    expect(second).toEqual({
      ok: false,
      source: 'stories/duplicate_id_b.ink',
      errors: [{ severity: 'error', file: 'stories/duplicate_id_b.ink', line: 1, message: "duplicate story id 'fixture_same_id': stories/duplicate_id_a.ink already uses it; ids must be unique across stories/" }],
      warnings: [],
    });
  });

  it('loads only the given paths, absolute or relative', () => {
    const results = loadAllStories(project, ['stories/plain.ink', join(project, 'stories/good_scored.ink')]);
    expect(results.map((r) => r.ok && r.scenario.meta.source)).toEqual(['stories/plain.ink', 'stories/good_scored.ink']);
  });

  it('returns nothing for a repo without stories/', () => {
    expect(loadAllStories(join(project, 'stories', 'common'))).toEqual([]);
  });
});

describe('findStory', () => {
  it('finds a story by id or by path', () => {
    const byId = findStory('fixture_good_scored', project);
    expect(byId?.ok && byId.scenario.meta.source).toBe('stories/good_scored.ink');
    const byPath = findStory('stories/plain.ink', project);
    expect(byPath?.ok && byPath.scenario.meta.id).toBe('plain');
  });

  it('finds a story without an id header by the id it is listed under (its file name)', () => {
    const byId = findStory('plain', project);
    expect(byId?.ok && byId.scenario.meta.source).toBe('stories/plain.ink');
  });

  it('names the file of an id without compiling: by header only, or as the story will be named', () => {
    expect(pathDeclaringId('fixture_good_scored', project)).toBe('stories/good_scored.ink');
    expect(pathDeclaringId('plain', project)).toBeUndefined();
    expect(pathOfId('plain', project)).toBe('stories/plain.ink');
    expect(pathOfId('fixture_good_scored', project)).toBe('stories/good_scored.ink');
  });

  it('returns a broken story by path with its errors, and undefined for what does not exist', () => {
    expect(findStory('stories/ink_error.ink', project)?.ok).toBe(false);
    expect(findStory('stories/nope.ink', project)).toBeUndefined();
    expect(findStory('no_such_id', project)).toBeUndefined();
  });
});
