// Node side of loading stories: reads files from disk for compile.ts, finds the root stories in
// stories/, and applies the rule that spans stories (ids are unique).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LoadResult } from '../content/types';
import { compileStory } from '../content/compile';
import type { SourceReader } from '../content/includes';
import { MAX_SOURCE_BYTES, decodeSource } from '../content/sourceText';

export const STORIES_DIR = 'stories';

/** Reads repo-relative paths under repoRoot, refusing oversized and non-UTF-8 files with a reason. */
export function diskReader(repoRoot: string): SourceReader {
  return (repoRelPath) => {
    const absolute = join(repoRoot, repoRelPath);
    let size: number;
    try {
      const stats = statSync(absolute);
      if (!stats.isFile()) return undefined;
      size = stats.size;
    } catch {
      return undefined;
    }
    if (size > MAX_SOURCE_BYTES) {
      return { unreadable: `is ${(size / (1024 * 1024)).toFixed(1)} MB; story files are limited to ${MAX_SOURCE_BYTES / (1024 * 1024)} MB (split it into INCLUDE files)` };
    }
    const decoded = decodeSource(readFileSync(absolute));
    return decoded.ok ? decoded.text : { unreadable: decoded.reason };
  };
}

/** Repo-relative, forward-slash form of a path given absolute or relative to repoRoot. */
export function repoRelative(path: string, repoRoot: string): string {
  const absolute = isAbsolute(path) ? path : resolve(repoRoot, path);
  return relative(repoRoot, absolute).split(sep).join('/');
}

export function loadStoryFile(absOrRelPath: string, repoRoot: string): LoadResult {
  return compileStory(repoRelative(absOrRelPath, repoRoot), diskReader(repoRoot));
}

/** Every root story: stories/*.ink (never stories/common/, which holds includes), sorted by path. */
export function listStoryPaths(repoRoot: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(repoRoot, STORIES_DIR));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.ink') && statSync(join(repoRoot, STORIES_DIR, name)).isFile())
    .sort()
    .map((name) => `${STORIES_DIR}/${name}`);
}

/**
 * Loads each story on its own (one broken story never stops the others) and then refuses a story
 * whose id an earlier one (in path order) already uses.
 */
export function loadAllStories(repoRoot: string, paths?: readonly string[]): LoadResult[] {
  const read = diskReader(repoRoot);
  const roots = paths ? paths.map((path) => repoRelative(path, repoRoot)) : listStoryPaths(repoRoot);
  return markDuplicateIds(roots.map((root) => compileStory(root, read)));
}

export function markDuplicateIds(results: readonly LoadResult[]): LoadResult[] {
  const firstSource = new Map<string, string>();
  return results.map((result) => {
    if (!result.ok) return result;
    const { id, source } = result.scenario.meta;
    const earlier = firstSource.get(id);
    if (earlier === undefined) {
      firstSource.set(id, source);
      return result;
    }
    return {
      ok: false,
      source,
      errors: [{ severity: 'error', file: source, line: 1, message: `duplicate story id '${id}': ${earlier} already uses it; ids must be unique across stories/` }],
      warnings: result.scenario.warnings,
    };
  });
}

/** A story by its id or its path (absolute, or relative to repoRoot). */
export function findStory(idOrPath: string, repoRoot: string): LoadResult | undefined {
  if (idOrPath.endsWith('.ink')) {
    const reader = diskReader(repoRoot);
    const relativePath = repoRelative(idOrPath, repoRoot);
    return reader(relativePath) === undefined ? undefined : loadStoryFile(relativePath, repoRoot);
  }
  // Compiling every story to find one id took seconds; the id is a header tag, so read the headers
  // first and compile only a file that declares it (in listing order, as duplicate ids resolve).
  const read = diskReader(repoRoot);
  for (const path of listStoryPaths(repoRoot)) {
    const text = read(path);
    if (typeof text !== 'string' || declaredId(text) !== idOrPath) continue;
    const result = loadStoryFile(path, repoRoot);
    if (result.ok && result.scenario.meta.id === idOrPath) return result;
  }
  return undefined;
}

/** The value of the `# id:` header tag, read without compiling (undefined when there is none). */
function declaredId(text: string): string | undefined {
  return /^[ \t]*#[ \t]*id[ \t]*:[ \t]*([A-Za-z0-9_]+)/m.exec(text)?.[1];
}
