// Browser tests of author mode (`npm run author`): a real Chromium against the Vite dev server in
// author mode, which this config starts itself (the production build never contains author mode,
// so test/playwright.config.ts cannot test it). The tests edit a copy of a story in
// test/.author-e2e/ (test/e2e-author/storyCopy.ts writes it before the server starts), never a
// shipped story.
import { defineConfig } from '@playwright/test';
import { chromiumProjects, definedEnv } from './playwrightChromium';

// The dev server's port: THRESHOLD_AUTHOR_E2E_PORT, else the checkout's e2e port + 1000, so two
// checkouts that run their suites at once (each with its own THRESHOLD_E2E_PORT) never share a
// server. A server already on the port is never reused: it may serve another checkout.
const AUTHOR_E2E_PORT = Number(process.env.THRESHOLD_AUTHOR_E2E_PORT ?? Number(process.env.THRESHOLD_E2E_PORT ?? 4173) + 1000);
const BASE_URL = `http://127.0.0.1:${AUTHOR_E2E_PORT}`;

export default defineConfig({
  testDir: './e2e-author',
  outputDir: '../test-results/author',
  // The tests share one story file on disk and one dev server: one after the other.
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  // A save is compiled by the dev server before the page changes; on a busy machine that can take
  // seconds (the tests check what the page shows, never how fast: speed is for \`npm run bench\`).
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { baseURL: BASE_URL, trace: 'retain-on-failure' },
  webServer: {
    env: { ...definedEnv(), THRESHOLD_E2E_EXTRA_STORIES: 'test/.author-e2e/author_copy.ink' },
    command: `npx tsx test/e2e-author/storyCopy.ts && npm run author -- --port ${AUTHOR_E2E_PORT}`,
    cwd: '..',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: chromiumProjects,
});
