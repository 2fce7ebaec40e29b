// Vite plugin: `import scenario from '../stories/x.ink'` gives the compiled Scenario, and
// `import { stories } from 'virtual:threshold-stories'` gives a LoadResult for every root story.
// Stories are compiled here, in Node, in dev and in the production build alike, so the browser
// bundle only ever holds story JSON and the inkjs runtime, never the Ink compiler.
// In dev a broken story imported directly fails its import with Vite's overlay pointing at the
// file and line; the virtual module instead carries broken stories' errors so the menu can show them.
// Editing any .ink (a root story or an include) reloads the page: a running story cannot be
// swapped mid-scene, and the game resumes from its save.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileStoryWithSources } from '../content/compile';
import { diskAssetIndex, diskReader, listStoryPaths, loadAllStories, repoRelative, STORIES_DIR } from './load';
import { formatDiagnostic } from '../content/types';

export const STORIES_MODULE_ID = 'virtual:threshold-stories';
const resolvedStoriesModuleId = `\0${STORIES_MODULE_ID}`;

export interface InkStoriesOptions {
  /** The repo root stories/ and the paths in messages are relative to (default: this repo's root). */
  repoRoot?: string;
  /**
   * Root stories from outside stories/ to list as well (repo-relative paths). Only the browser tests
   * use it, for fixture stories that must never ship (a story that loops without end).
   */
  extraStories?: readonly string[];
}

const defaultRepoRoot = fileURLToPath(new URL('../../', import.meta.url));

function inkPathOf(id: string): string | undefined {
  const path = id.split('?')[0]!;
  return path.endsWith('.ink') && !path.startsWith('\0') ? path : undefined;
}

/** The module text for a value: JSON.parse of a string literal is faster to load than a big object literal. */
function exportJson(name: 'default' | 'stories', value: unknown): string {
  const literal = JSON.stringify(JSON.stringify(value));
  return name === 'default' ? `export default JSON.parse(${literal});\n` : `export const stories = JSON.parse(${literal});\nexport default stories;\n`;
}

export function inkStories(options: InkStoriesOptions = {}): Plugin {
  const repoRoot = options.repoRoot ?? defaultRepoRoot;
  const storiesDir = join(repoRoot, STORIES_DIR);

  return {
    name: 'threshold-ink-stories',

    configureServer(server) {
      // The dev server watches its own root (src/app); stories/ sits outside it.
      server.watcher.add(storiesDir);
    },

    resolveId(source) {
      return source === STORIES_MODULE_ID ? resolvedStoriesModuleId : null;
    },

    load(id) {
      if (id === resolvedStoriesModuleId) {
        // Watch files, not the folder: the dev server resolves every watched path like an import,
        // and a directory does not resolve (new stories are seen by configureServer's watcher).
        const paths = [...listStoryPaths(repoRoot), ...(options.extraStories ?? [])];
        for (const path of paths) this.addWatchFile(join(repoRoot, path));
        return exportJson('stories', loadAllStories(repoRoot, paths));
      }
      const absolute = inkPathOf(id);
      if (!absolute) return null;
      const { result, sources } = compileStoryWithSources(repoRelative(absolute, repoRoot), diskReader(repoRoot), { assets: diskAssetIndex(repoRoot) });
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

    hotUpdate({ file }) {
      if (!file.endsWith('.ink')) return;
      const graph = this.environment.moduleGraph;
      const stale = [...graph.idToModuleMap.values()].filter((node) => node.id === resolvedStoriesModuleId || (node.id !== null && inkPathOf(node.id)));
      for (const node of stale) graph.invalidateModule(node);
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
