// Node side of loading stories: reads files from disk for compile.ts, finds the root stories in
// stories/, and applies the rule that spans stories (ids are unique).
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LoadResult } from '../content/types';
import { compileStory } from '../content/compile';
import type { SourceReader } from '../content/includes';
import type { AssetIndex } from '../content/lint';
import { baseNameWithoutExtension } from '../content/paths';
import { MAX_SOURCE_BYTES, decodeSource } from '../content/sourceText';

export const STORIES_DIR = 'stories';

/**
 * Reads repo-relative paths under repoRoot, refusing with a reason a file that is too large or not
 * UTF-8, a link that leads nowhere or out of the project (a story must never pull a file from
 * elsewhere on the machine into the built page), and anything that is not a regular file.
 */
export function diskReader(repoRoot: string): SourceReader {
  const projectRoot = realpathSync(repoRoot);
  return (repoRelPath) => {
    const absolute = join(repoRoot, repoRelPath);
    try {
      lstatSync(absolute);
    } catch {
      return undefined;
    }
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return { unreadable: 'is a link to a file that does not exist' };
    }
    if (!isInside(projectRoot, real)) {
      return { unreadable: `resolves to ${real}, which is outside the project: copy the file into stories/ instead of linking to it` };
    }
    const stats = statSync(real);
    const notAFile = notAFileReason(stats);
    if (notAFile) return { unreadable: notAFile };
    if (stats.size > MAX_SOURCE_BYTES) {
      return { unreadable: `is ${(stats.size / (1024 * 1024)).toFixed(1)} MB; story files are limited to ${MAX_SOURCE_BYTES / (1024 * 1024)} MB (split it into INCLUDE files)` };
    }
    const decoded = decodeSource(readFileSync(real));
    return decoded.ok ? decoded.text : { unreadable: decoded.reason, line: decoded.line };
  };
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

/** Why a path that exists is not a story file (never opened: reading a FIFO would block). */
export function notAFileReason(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'is a folder, not a story file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a story file';
  return 'is not a regular file (a socket or a device), so it cannot be a story';
}

/** Repo-relative, forward-slash form of a path given absolute or relative to repoRoot. */
export function repoRelative(path: string, repoRoot: string): string {
  const absolute = isAbsolute(path) ? path : resolve(repoRoot, path);
  return relative(repoRoot, absolute).split(sep).join('/');
}

export function loadStoryFile(absOrRelPath: string, repoRoot: string): LoadResult {
  return compileStory(repoRelative(absOrRelPath, repoRoot), diskReader(repoRoot), { assets: diskAssetIndex(repoRoot) });
}

/** Scene ids and sound ids: the names (without extension) of the files in assets/scenes and assets/audio. */
export function diskAssetIndex(repoRoot: string): AssetIndex {
  const names = (folder: string): Set<string> | undefined => {
    try {
      return new Set(readdirSync(join(repoRoot, 'assets', folder)).filter((name) => !name.startsWith('.')).map(baseNameWithoutExtension));
    } catch {
      return undefined;
    }
  };
  const scenes = names('scenes');
  const audio = names('audio');
  return { ...(scenes && { scenes }), ...(audio && { audio }) };
}

/** A file in stories/ that is not loaded as a story, and why (said as a note, never an error). */
export interface SkippedStoryFile {
  path: string;
  reason: string;
}

/**
 * Every root story: stories/*.ink (never stories/common/, which holds includes), sorted by path.
 * Editors' lock files (`.#x.ink`, usually a link to nowhere) and links that lead nowhere are
 * skipped with a reason, so a file being edited never breaks `check`, `play` or the build.
 */
export function listStoryFiles(repoRoot: string): { paths: string[]; skipped: SkippedStoryFile[] } {
  let names: string[];
  try {
    names = readdirSync(join(repoRoot, STORIES_DIR));
  } catch {
    return { paths: [], skipped: [] };
  }
  const paths: string[] = [];
  const skipped: SkippedStoryFile[] = [];
  for (const name of names.filter((candidate) => candidate.endsWith('.ink')).sort()) {
    const path = `${STORIES_DIR}/${name}`;
    if (name.startsWith('.#')) {
      skipped.push({ path, reason: "an editor's lock file (the editor removes it when the file is saved)" });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(join(repoRoot, path));
    } catch {
      skipped.push({ path, reason: 'a link to a file that does not exist' });
      continue;
    }
    if (stats.isDirectory()) skipped.push({ path, reason: 'a folder, not a story file' });
    else paths.push(path);
  }
  return { paths, skipped };
}

export function listStoryPaths(repoRoot: string): string[] {
  return listStoryFiles(repoRoot).paths;
}

/**
 * Loads each story on its own (one broken story never stops the others) and then refuses a story
 * whose id an earlier one (in path order) already uses.
 */
export function loadAllStories(repoRoot: string, paths?: readonly string[]): LoadResult[] {
  const read = diskReader(repoRoot);
  const assets = diskAssetIndex(repoRoot);
  const roots = paths ? paths.map((path) => repoRelative(path, repoRoot)) : listStoryPaths(repoRoot);
  return markDuplicateIds(roots.map((root) => compileStory(root, read, { assets })));
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
    if (typeof text !== 'string' || idWithoutCompiling(path, text) !== idOrPath) continue;
    const result = loadStoryFile(path, repoRoot);
    if (result.ok && result.scenario.meta.id === idOrPath) return result;
  }
  return undefined;
}

/** The story file whose header declares this id, read without compiling (undefined when none does). */
export function pathDeclaringId(id: string, repoRoot: string): string | undefined {
  return storyPathWhere(repoRoot, (_path, text) => declaredId(text) === id);
}

/** The story file whose story will have this id (its header's, else its file name), read without compiling. */
export function pathOfId(id: string, repoRoot: string): string | undefined {
  return storyPathWhere(repoRoot, (path, text) => idWithoutCompiling(path, text) === id);
}

function storyPathWhere(repoRoot: string, matches: (path: string, text: string) => boolean): string | undefined {
  const read = diskReader(repoRoot);
  return listStoryPaths(repoRoot).find((path) => {
    const text = read(path);
    return typeof text === 'string' && matches(path, text);
  });
}

/** The value of the `# id:` header tag, read without compiling (undefined when there is none). */
function declaredId(text: string): string | undefined {
  return /^[ \t]*#[ \t]*id[ \t]*:[ \t]*([A-Za-z0-9_]+)/m.exec(text)?.[1];
}

/**
 * The id the compiled story will have, read without compiling: the `# id:` header tag, or for a
 * story without one (a plain Ink story) its file name, as content/header.ts names it; otherwise
 * `play plain_story` listed the id among the known ones and then said it did not exist.
 */
function idWithoutCompiling(path: string, text: string): string {
  return declaredId(text) ?? baseNameWithoutExtension(path);
}
