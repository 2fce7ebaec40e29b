// End-to-end tests in a real Chromium against the production build (what trainees get).
// The config lives in test/ because the repo's top level is fixed; npm scripts pass --config.
import { defineConfig } from '@playwright/test';
import { chromiumProjects, definedEnv } from './playwrightChromium';

// Each checkout may run its own suite at once (a developer's clone beside CI's): the port comes from
// THRESHOLD_E2E_PORT, and a server already on that port is never reused, because it may serve
// another checkout's build.
const PORT = Number(process.env.THRESHOLD_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { outputFolder: '../playwright-report', open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  webServer: {
    // The build also lists test/fixtures/e2e stories (a story that never ends a line, for the runner's
    // guard; one with over-long words and right-to-left text); `npm run build` alone never does.
    env: { ...definedEnv(), THRESHOLD_E2E_EXTRA_STORIES: 'test/fixtures/e2e/stuck_story.ink,test/fixtures/e2e/long_rtl_story.ink' },
    command: `npm run build && npx vite preview --configLoader runner --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: chromiumProjects,
});
