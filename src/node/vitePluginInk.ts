// Vite plugin: `import scenario from '../stories/x.ink'` gives the compiled Scenario,
// `import { stories } from 'virtual:threshold-stories'` gives a LoadResult for every root story, and
// `import { catalog, loaders } from 'virtual:threshold-catalog'` gives the same list without story
// JSON plus one lazy loader per story (the page's menu uses it, so each story is its own chunk).
// Stories are compiled here, in Node, in dev and in the production build alike, so the browser
// bundle only ever holds story JSON and the inkjs runtime, never the Ink compiler.
// In dev a broken story imported directly fails its import with Vite's overlay pointing at the
// file and line; the virtual module instead carries broken stories' errors so the menu can show them.
// Editing any .ink (a root story or an include) reloads the page: a running story cannot be
// swapped mid-scene, and the game resumes from its save. In author mode (`live`, `npm run author`)
// the page is not reloaded: each root story the saved file is part of is compiled again and sent to
// the page as an HMR event (content/liveStories.ts), which swaps the story in place (src/app/author).
import { CHECKOUT_ROOT } from './cacheFiles';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileStoryWithSources, type CompiledWithSources } from '../content/compile';
import { diskAssetIndex, diskReader, listStoryPaths, markDuplicateIds, repoRelative, STORIES_DIR } from './load';
import { STORY_RECOMPILED_EVENT, STORY_VIEWED_EVENT, type StoryRecompiled, type StoryViewed } from '../content/liveStories';
import { formatDiagnostic, summaryOf, type LoadResult } from '../content/types';

export const STORIES_MODULE_ID = 'virtual:threshold-stories';
const resolvedStoriesModuleId = `\0${STORIES_MODULE_ID}`;
/** The menu's list without any story JSON, plus one lazy loader per playable story (see catalogModule). */
export const CATALOG_MODULE_ID = 'virtual:threshold-catalog';
const resolvedCatalogModuleId = `\0${CATALOG_MODULE_ID}`;

export interface InkStoriesOptions {
  /** The repo root stories/ and the paths in messages are relative to (default: this repo's root). */
  repoRoot?: string;
  /**
   * Root stories from outside stories/ to list as well (repo-relative paths). Only the browser tests
   * use it, for fixture stories that must never ship (a story that loops without end).
   */
  extraStories?: readonly string[];
  /**
   * Author mode (`npm run author`): a saved .ink is compiled again and sent to the page as a
   * STORY_RECOMPILED_EVENT for each root story it is part of, instead of reloading the page.
   */
  live?: boolean;
}

function inkPathOf(id: string): string | undefined {
  const path = id.split('?')[0]!;
  return path.endsWith('.ink') && !path.startsWith('\0') ? path : undefined;
}

/** The module text for a value: JSON.parse of a string literal is faster to load than a big object literal. */
function exportJson(name: 'default' | 'stories' | 'catalog', value: unknown): string {
  const literal = JSON.stringify(JSON.stringify(value));
  return name === 'default' ? `export default JSON.parse(${literal});\n` : `export const ${name} = JSON.parse(${literal});\nexport default ${name};\n`;
}

/**
 * The catalog: every story's summary (a Scenario without its story JSON, or a broken story's
 * errors) and, for each playable one, `() => import('<abs path>.ink')`, so the bundler puts each
 * story in its own chunk and the page downloads a story only when the trainee opens it.
 */
function catalogModule(results: readonly LoadResult[], repoRoot: string): string {
  const summaries = results.map((result) => (result.ok ? { ok: true, scenario: summaryOf(result.scenario) } : result));
  const loaders = results.flatMap((result) =>
    result.ok ? [`  ${JSON.stringify(result.scenario.meta.id)}: () => import(${JSON.stringify(join(repoRoot, result.scenario.meta.source))}).then((m) => m.default),`] : [],
  );
  return `${exportJson('catalog', summaries)}export const loaders = {\n${loaders.join('\n')}\n};\n`;
}

/** How long a saved file must be quiet before author mode compiles it (well inside the one second a save may take to show). */
const SAVE_SETTLE_MS = 80;

export function inkStories(options: InkStoriesOptions = {}): Plugin {
  const repoRoot = options.repoRoot ?? CHECKOUT_ROOT;
  const storiesDir = join(repoRoot, STORIES_DIR);
  /**
   * Each root story's latest compile: its result (for the rule across stories: ids are unique) and
   * its files (root and includes: which roots a saved file touches). A story is compiled once and
   * reused until one of its files is saved: a build loads it through the catalog, the stories list
   * and its own chunk, and compiling is most of a build's time.
   */
  const compiled = new Map<string, CompiledWithSources>();
  /** Roots whose compile a save has outdated (kept in `compiled` until compiled again, for the id rule). */
  const stale = new Set<string>();
  /** Author mode: the saves waiting for their file to settle (SAVE_SETTLE_MS), by repo-relative path. */
  const settling = new Map<string, ReturnType<typeof setTimeout>>();
  /** The root story the author-mode page shows: compiled first after a save. */
  let viewed: string | null = null;

  const rootPaths = (): string[] => [...listStoryPaths(repoRoot), ...(options.extraStories ?? []).map((path) => repoRelative(path, repoRoot))];
  const compileRoot = (root: string): CompiledWithSources => {
    const fresh = compileStoryWithSources(root, diskReader(repoRoot), { assets: diskAssetIndex(repoRoot) });
    compiled.set(root, fresh);
    stale.delete(root);
    return fresh;
  };
  const compiledRoot = (root: string): CompiledWithSources => (stale.has(root) ? undefined : compiled.get(root)) ?? compileRoot(root);
  /** Whether `root` reads the repo-relative file `path` (itself or an INCLUDE), as last compiled. */
  const reads = (root: string, path: string): boolean => root === path || compiled.get(root)?.sources.includes(path) === true;
  /** `root`'s result with the ids of the stories before it (in path order) taken into account. */
  const withUniqueIds = (root: string, roots: readonly string[]): LoadResult => {
    const known = roots.filter((path) => compiled.has(path));
    return markDuplicateIds(known.map((path) => compiled.get(path)!.result))[known.indexOf(root)]!;
  };

  /** Author mode: compiles every root story `saved` is part of (the viewed one first), one event each. */
  const sendRecompiled = async (saved: string, send: (payload: StoryRecompiled) => void): Promise<void> => {
    const roots = rootPaths();
    // A root not compiled yet (a new file) may read the saved file too.
    const affected = roots.filter((root) => !compiled.has(root) || reads(root, saved));
    affected.sort((a, b) => Number(b === viewed) - Number(a === viewed));
    for (const root of affected) {
      compileRoot(root);
      send({ saved, root, result: withUniqueIds(root, roots) });
      // Let the socket deliver this story before the next one is compiled (an INCLUDE shared by
      // every story means compiling them all; the one on screen should not wait for the rest).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };

  return {
    name: 'threshold-ink-stories',

    configureServer(server) {
      // The dev server watches its own root (src/app); stories/ sits outside it.
      server.watcher.add(storiesDir);
      if (options.live) {
        server.environments.client.hot.on(STORY_VIEWED_EVENT, (data: StoryViewed) => {
          viewed = typeof data?.root === 'string' ? data.root : null;
        });
      }
    },

    resolveId(source) {
      if (source === STORIES_MODULE_ID) return resolvedStoriesModuleId;
      return source === CATALOG_MODULE_ID ? resolvedCatalogModuleId : null;
    },

    load(id) {
      if (id === resolvedStoriesModuleId || id === resolvedCatalogModuleId) {
        // Watch files, not the folder: the dev server resolves every watched path like an import,
        // and a directory does not resolve (new stories are seen by configureServer's watcher).
        const paths = rootPaths();
        for (const path of paths) {
          for (const source of compiledRoot(path).sources) this.addWatchFile(join(repoRoot, source));
        }
        const results = markDuplicateIds(paths.map((path) => compiled.get(path)!.result));
        return id === resolvedStoriesModuleId ? exportJson('stories', results) : catalogModule(results, repoRoot);
      }
      const absolute = inkPathOf(id);
      if (!absolute) return null;
      const { result, sources } = compiledRoot(repoRelative(absolute, repoRoot));
      for (const source of sources) this.addWatchFile(join(repoRoot, source));
      if (!result.ok) {
        const first = result.errors[0];
        const file = first ? join(repoRoot, first.file) : absolute;
        this.error({
          message: `Ink story has errors:\n${result.errors.map(formatDiagnostic).join('\n')}`,
          id: file,
          loc: { file, line: Math.max(first?.line ?? 1, 1), column: 0 },
        });
      }
      for (const warning of result.scenario.warnings) this.warn(formatDiagnostic(warning));
      return exportJson('default', result.scenario);
    },

    hotUpdate({ file, type }) {
      if (!file.endsWith('.ink')) return;
      // Every story that reads the saved file is compiled again when next asked for; a new file
      // also makes every failed story stale, since it may be an INCLUDE that did not exist before.
      const saved = repoRelative(file, repoRoot);
      for (const [root, last] of [...compiled]) {
        if (reads(root, saved) || (type === 'create' && !last.result.ok)) stale.add(root);
      }
      const graph = this.environment.moduleGraph;
      const modules = [...graph.idToModuleMap.values()].filter((node) => node.id === resolvedStoriesModuleId || node.id === resolvedCatalogModuleId || (node.id !== null && inkPathOf(node.id)));
      for (const node of modules) graph.invalidateModule(node);
      if (!options.live) {
        this.environment.hot.send({ type: 'full-reload' });
        return [];
      }
      if (this.environment.name === 'client') {
        const hot = this.environment.hot;
        // A save can reach the watcher as several events (an editor's truncate, then its write):
        // compile once the file has been quiet for a moment, so a half-written file is never the
        // last thing the page is sent.
        clearTimeout(settling.get(saved));
        settling.set(
          saved,
          setTimeout(() => {
            settling.delete(saved);
            void sendRecompiled(saved, (payload) => hot.send(STORY_RECOMPILED_EVENT, payload));
          }, SAVE_SETTLE_MS),
        );
      }
      return [];
    },
  };
}
