// Runs Vite for real on a tiny project in a temp dir: what ships must hold story JSON, never the
// Ink compiler, and a broken story must fail with its file and line.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type Rolldown } from 'vite';
import { inkStories } from '../../../src/node/vitePluginInk';
import { STORY_RECOMPILED_EVENT, type StoryRecompiled } from '../../../src/content/liveStories';
import { FIXTURES, repoRoot } from './helpers';

// Counts the plugin's compiles (the real compiler runs): a story is compiled once until a file it
// reads is saved.
const compiles = vi.hoisted(() => ({ roots: [] as string[] }));
vi.mock('../../../src/content/compile', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/content/compile')>();
  return {
    ...actual,
    compileStoryWithSources: (...args: Parameters<typeof actual.compileStoryWithSources>) => {
      compiles.roots.push(args[0]);
      return actual.compileStoryWithSources(...args);
    },
  };
});

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'threshold-ink-plugin-'));
  mkdirSync(join(project, 'stories'));
  cpSync(join(repoRoot, FIXTURES, 'common'), join(project, 'stories', 'common'), { recursive: true });
  cpSync(join(repoRoot, FIXTURES, 'good_scored.ink'), join(project, 'stories', 'good_scored.ink'));
  cpSync(join(repoRoot, FIXTURES, 'ink_error.ink'), join(project, 'stories', 'ink_error.ink'));
  writeFileSync(
    join(project, 'main.js'),
    [
      "import scenario from './stories/good_scored.ink';",
      "import { stories } from 'virtual:threshold-stories';",
      "import { Story } from 'inkjs';",
      'export const id = scenario.meta.id;',
      'export const story = new Story(scenario.storyJson);',
      'export const summary = stories.map((s) => (s.ok ? s.scenario.meta.id : s.errors[0].file + ":" + s.errors[0].line));',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'catalog.js'),
    [
      "import { catalog, loaders } from 'virtual:threshold-catalog';",
      'export const ids = catalog.map((s) => (s.ok ? s.scenario.meta.id : s.errors[0].file));',
      'export const load = (id) => loaders[id]();',
      '',
    ].join('\n'),
  );
  writeFileSync(join(project, 'broken.js'), "import scenario from './stories/ink_error.ink';\nexport default scenario;\n");
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

async function bundle(entry: string): Promise<string> {
  const output = await build({
    root: project,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkStories({ repoRoot: project })],
    resolve: { alias: { inkjs: join(repoRoot, 'node_modules/inkjs/dist/ink.mjs') } },
    build: { write: false, minify: false, lib: { entry: join(project, entry), formats: ['es'], fileName: 'out' } },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

async function chunks(...entries: string[]): Promise<Rolldown.OutputChunk[]> {
  const output = await build({
    root: project,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkStories({ repoRoot: project })],
    resolve: { alias: { inkjs: join(repoRoot, 'node_modules/inkjs/dist/ink.mjs') } },
    build: { write: false, minify: false, rollupOptions: { input: entries.map((entry) => join(project, entry)), preserveEntrySignatures: 'strict' } },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).filter((chunk): chunk is Rolldown.OutputChunk => chunk.type === 'chunk');
}

describe('inkStories Vite plugin', () => {
  it('serves a catalog without story JSON and puts each story in a chunk of its own', async () => {
    const built = await chunks('catalog.js');
    const entry = built.find((chunk) => chunk.isEntry);
    expect(entry?.code).toContain('fixture_good_scored');
    expect(entry?.code).toContain('stories/ink_error.ink');
    expect(entry?.code).not.toContain('inkVersion');
    const lazy = built.filter((chunk) => !chunk.isEntry);
    expect(lazy).toHaveLength(1);
    expect(lazy[0]?.code).toContain('inkVersion');
  }, 60_000);

  it('builds story JSON and the stories list into the bundle without the Ink compiler', async () => {
    const code = await bundle('main.js');
    expect(code).toContain('fixture_good_scored');
    expect(code).toContain('inkVersion');
    expect(code).toContain('stories/ink_error.ink');
    expect(code).not.toContain('InkParser');
    expect(code).not.toContain('CommentEliminator');
  }, 60_000);

  it('compiles each story once in a build that loads it through the catalog, the stories list and its own chunk', async () => {
    compiles.roots.length = 0;
    const built = await chunks('main.js', 'catalog.js');
    expect(built.map((chunk) => chunk.code).join('\n')).toContain('fixture_good_scored');
    expect(compiles.roots.sort()).toEqual(['stories/good_scored.ink', 'stories/ink_error.ink']);
  }, 60_000);

  it('fails the build of a broken story with its file and line', async () => {
    await expect(bundle('broken.js')).rejects.toThrow(/stories\/ink_error\.ink:3: Divert target not found/);
  }, 60_000);

  it('serves a scenario in dev and reports a broken one with its location', async () => {
    const server = await createServer({
      root: project,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkStories({ repoRoot: project })],
      server: { middlewareMode: true, ws: false, watch: null },
    });
    try {
      const good = await server.transformRequest('/stories/good_scored.ink');
      expect(good?.code).toContain('fixture_good_scored');
      const list = await server.transformRequest('virtual:threshold-stories');
      expect(list?.code).toContain('Divert target not found');
      const failure = await server.transformRequest('/stories/ink_error.ink').then(
        () => null,
        (error: unknown) => error as { message: string; loc?: { file: string; line: number } },
      );
      expect(failure?.message).toContain('stories/ink_error.ink:3: Divert target not found');
      expect(failure?.loc).toEqual({ file: join(project, 'stories/ink_error.ink'), line: 3, column: 0 });
    } finally {
      await server.close();
    }
  }, 60_000);

  it('reloads the page when a story or one of its includes changes, recompiling on the next request', async () => {
    const server = await createServer({
      root: project,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkStories({ repoRoot: project })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const client = server.environments.client;
      const send = vi.spyOn(client.hot, 'send');
      await server.transformRequest('/stories/good_scored.ink');
      const node = await client.moduleGraph.getModuleByUrl('/stories/good_scored.ink');
      expect(node?.transformResult).not.toBeNull();
      const include = join(project, 'stories/common/shared.ink');
      writeFileSync(include, 'VAR shared_total = 5\n');
      server.watcher.emit('change', include);
      await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }));
      expect(node?.transformResult).toBeNull();
      const again = await server.transformRequest('/stories/good_scored.ink');
      // The include's new value (`VAR shared_total = 5`) is in the story compiled again.
      expect(again?.code).toMatch(/5,\{\\+"VAR=\\+":\\+"shared_total/);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('in author mode sends each root story a saved file is part of, compiled again, instead of reloading', async () => {
    const server = await createServer({
      root: project,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkStories({ repoRoot: project, live: true })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const client = server.environments.client;
      const send = vi.spyOn(client.hot, 'send');
      await server.transformRequest('virtual:threshold-catalog');
      const recompiled = (): StoryRecompiled[] => send.mock.calls.filter((call) => call[0] === STORY_RECOMPILED_EVENT).map((call) => call[1] as unknown as StoryRecompiled);

      const include = join(project, 'stories/common/shared.ink');
      writeFileSync(include, 'VAR shared_total = 7\n');
      server.watcher.emit('change', include);
      // The real file watcher may report the same save as well as the emitted event: a save can be
      // compiled twice, but only the story that INCLUDEs the file (the broken one does not read it).
      await vi.waitFor(() => expect(recompiled().length).toBeGreaterThanOrEqual(1));
      expect(new Set(recompiled().map((event) => event.root))).toEqual(new Set(['stories/good_scored.ink']));
      expect(recompiled()[0]).toMatchObject({ saved: 'stories/common/shared.ink', root: 'stories/good_scored.ink', result: { ok: true } });

      const root = join(project, 'stories/good_scored.ink');
      const good = readFileSync(root, 'utf8');
      writeFileSync(root, `${good}\n-> nowhere_at_all\n`);
      server.watcher.emit('change', root);
      const failedCompile = (): StoryRecompiled | undefined => recompiled().find((event) => !event.result.ok);
      await vi.waitFor(() => expect(failedCompile()).toBeDefined());
      const broken = failedCompile()!;
      expect(broken.result.ok).toBe(false);
      expect(broken.result.ok ? [] : broken.result.errors.map((error) => `${error.file}:${error.line}`)).toContain(`stories/good_scored.ink:${good.split('\n').length + 1}`);
      writeFileSync(root, good);
      expect(send).not.toHaveBeenCalledWith({ type: 'full-reload' });
    } finally {
      await server.close();
    }
  }, 60_000);
});
