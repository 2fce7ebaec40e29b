/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { lrsContentSecurityPolicy } from './src/node/vitePluginCsp';
import { inkStories } from './src/node/vitePluginInk';
import { AUTHOR_MODE, authorPage } from './src/node/vitePluginAuthor';

// The repo's top level is fixed (see docs/developer.md), so the page's index.html lives in src/app/
// and Vite's root points there; everything that must stay repo-relative (the build output, the
// stories the Ink plugin reads, the unit tests) is anchored to the repo root explicitly.
const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** The fixed address the trainee opens: README, `npm start` and the browser tests all use it. */
export const PREVIEW_HOST = '127.0.0.1';
export const PREVIEW_PORT = 4173;
/** `npm run author` (docs/authoring.md): the dev server in author mode, on 127.0.0.1 only. */
const AUTHOR_PORT = Number(process.env.THRESHOLD_AUTHOR_PORT ?? 5174);

export default defineConfig(({ mode }) => ({
  root: `${repoRoot}src/app`,
  // Relative asset URLs: the built page also works when an academy serves dist/ from a sub-path.
  base: './',
  publicDir: false,
  // Compiles stories/*.ink at build time: the page gets scenario JSON, never the Ink compiler.
  // THRESHOLD_E2E_EXTRA_STORIES (comma-separated .ink paths) is set by the browser tests only, to add
  // fixture stories a shipped build never has (test/playwright.config.ts).
  // In author mode (`npm run author`, dev server only) a saved story is swapped into the page in
  // place, and the page is the author's (src/node/vitePluginAuthor.ts).
  // The pages' CSP connect-src gains the academy's LRS origin (stories/academy.config.json, `lrs`).
  plugins: [
    inkStories({ repoRoot, extraStories: process.env.THRESHOLD_E2E_EXTRA_STORIES?.split(',').filter(Boolean) ?? [], live: mode === AUTHOR_MODE }),
    lrsContentSecurityPolicy({ repoRoot }),
    authorPage(),
  ],
  build: {
    outDir: `${repoRoot}dist`,
    emptyOutDir: true,
    // The menu's chunk is small; each story, the player (engine, inkjs) and the game (Phaser) are
    // chunks of their own, downloaded when a scenario is opened. Phaser alone is about 1.4 MB raw.
    chunkSizeWarningLimit: 2000,
    // Scene pictures stay files: Phaser loads them with XHR, which the page's CSP allows only from
    // its own origin (an inlined data: URL would be refused).
    assetsInlineLimit: 0,
    // Two pages of one static app: the trainee's game and the trainer's results view (which alone
    // loads the chart library).
    rolldownOptions: {
      input: { main: `${repoRoot}src/app/index.html`, results: `${repoRoot}src/app/results.html` },
    },
  },
  server: mode === AUTHOR_MODE ? { host: PREVIEW_HOST, port: AUTHOR_PORT, strictPort: true } : { host: PREVIEW_HOST, port: 5173 },
  preview: { host: PREVIEW_HOST, port: PREVIEW_PORT, strictPort: true },
  // Unit and integration tests run in plain Node: src/engine and src/content must never need a DOM.
  test: {
    root: repoRoot,
    include: ['test/unit/**/*.test.ts'],
    // The tests' `check` runs keep their explorer cache in a folder of their own (see the file).
    globalSetup: ['test/unit/setup/cacheFolder.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
}));
