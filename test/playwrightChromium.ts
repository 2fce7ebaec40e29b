// What both Playwright configs share (test/playwright.config.ts against the build,
// test/playwright.author.config.ts against author mode): the system Chromium, launched so that it
// works headless here and never talks to Google, and the environment a web server inherits.
import type { PlaywrightTestConfig } from '@playwright/test';

export const chromiumProjects: NonNullable<PlaywrightTestConfig['projects']> = [
  {
    name: 'chromium',
    use: {
      browserName: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    },
  },
];

/** This process's environment without unset variables (a web server's `env` takes strings only). */
export function definedEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
