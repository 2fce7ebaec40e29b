// The SCORM packages in a real runtime: a host page plays the LMS (scorm-again provides window.API
// or window.API_1484_11) and launches a SCO of the built package, unzipped here, in a frame, as an
// LMS does: the item's launch parameters from imsmanifest.xml. The trainee plays it through; the
// values the LMS received are checked against the engine's own score of the inputs it kept. Then a
// second browser (nothing in common but what the LMS kept) resumes an attempt left midway.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { ScormEdition } from '../../src/records/lms/scormManifest';
// SCORM 1.2's bound on cmi.suspend_data, which scorm-again does not enforce.
import { SCORM12_SUSPEND_LIMIT } from '../../src/records/lms/suspendData';
import { expect, test, TUTORIAL_TITLE } from './fixtures';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SCENARIO = 'sample_bus_shelter';
const HOST = '/lms-host';
/** The bridge's status lines (src/app/lmsBridge.ts, LMS_MESSAGES). */
const CONNECTED = /^Connected to your learning management system/;
const SENT = /^Your result was sent to your LMS/;
const RESUMED = /^Your attempt was resumed where you left it/;

// One worker packages the build the run serves, once, then runs both editions in order.
test.describe.configure({ mode: 'serial' });

const packages = new Map<ScormEdition, Record<string, Uint8Array>>();

test.beforeAll(() => {
  execFileSync('npx', ['tsx', 'src/cli/buildScorm.ts', '--site', 'dist', '--no-budget-check'], { cwd: repoRoot, stdio: 'pipe' });
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    packages.set(edition, unzipSync(readFileSync(join(repoRoot, 'dist', 'scorm', `threshold-${edition}.zip`))));
  }
});

/** The SCO's launch URL as the LMS builds it: the resource's href and the item's parameters. */
function launchUrl(edition: ScormEdition): string {
  const manifest = strFromU8(packages.get(edition)!['imsmanifest.xml']!);
  const item = new RegExp(`<item identifier="item_${SCENARIO}" identifierref="(sco_${SCENARIO})"[^>]*parameters="([^"]+)"`).exec(manifest);
  const resource = new RegExp(`<resource identifier="${item?.[1]}"[^>]*href="([^"]+)"`).exec(manifest);
  expect(item && resource, `the ${edition} manifest launches ${SCENARIO}`).toBeTruthy();
  return `${HOST}/${edition}/${resource![1]}${item![2]!.replace(/&amp;/g, '&')}`;
}

/**
 * Serves the host page, scorm-again and the package's files. `kept` is what the LMS hands the SCO
 * at launch (scorm-again's loadFromJSON), as an LMS would from its database.
 */
async function hostLms(page: Page, edition: ScormEdition, kept: Record<string, unknown> | null): Promise<FrameLocator> {
  const files = packages.get(edition)!;
  const runtime = edition === 'scorm12' ? 'scorm12' : 'scorm2004';
  const global = edition === 'scorm12' ? 'API' : 'API_1484_11';
  const constructor = edition === 'scorm12' ? 'Scorm12API' : 'Scorm2004API';
  await page.route(`**${HOST}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(HOST.length + 1);
    if (path === 'host.html') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="${HOST}/scorm-again.js"></script>
<script>
  window.${global} = new ${constructor}({ logLevel: 5 });
  const kept = ${JSON.stringify(kept)};
  if (kept) window.${global}.loadFromJSON(kept);
  // Write-only elements (exit, session time) as the LMS received them.
  window.received = {};
  window.${global}.on('${edition === 'scorm12' ? 'LMSSetValue' : 'SetValue'}.cmi.*', (element, value) => { window.received[element] = value; });
</script></head>
<body><h1>Test LMS</h1><iframe title="Course" src="${launchUrl(edition)}" style="width: 1200px; height: 900px"></iframe></body></html>`,
      });
    }
    if (path === 'scorm-again.js') {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(repoRoot, 'node_modules', 'scorm-again', 'dist', `${runtime}.min.js`), 'utf8') });
    }
    const file = files[path.slice(edition.length + 1)];
    if (!path.startsWith(`${edition}/`) || !file) return route.fulfill({ status: 404, body: `not in the ${edition} package: ${path}` });
    return route.fulfill({ contentType: contentType(path), body: Buffer.from(file) });
  });
  await page.goto(`${HOST}/host.html`);
  return page.frameLocator('iframe[title="Course"]');
}

function contentType(path: string): string {
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', webp: 'image/webp', jpg: 'image/jpeg', mp3: 'audio/mpeg', ogg: 'audio/ogg' };
  return types[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** Plays on with the mouse (first available choice, first option in each form) `steps` times or to the outcome. */
async function play(course: FrameLocator, steps = 300): Promise<void> {
  const choices = course.getByRole('region', { name: 'What do you do?' });
  for (let step = 0; step < steps; step++) {
    const outcome = course.getByRole('button', { name: 'Continue to debrief' });
    const determination = course.getByRole('heading', { level: 2, name: 'Determination' });
    const referrals = course.getByRole('heading', { level: 2, name: 'Referrals' });
    const choosing = course.getByRole('heading', { level: 2, name: 'What do you do?' });
    await expect(outcome.or(determination).or(referrals).or(choosing).first()).toBeVisible();
    if (await outcome.isVisible()) return;
    if (await determination.isVisible()) {
      await course.getByRole('radio').first().check();
      await course.getByRole('button', { name: 'Submit determination' }).click();
    } else if (await referrals.isVisible()) {
      await course.getByRole('checkbox').first().check();
      await course.getByRole('button', { name: 'Submit referrals' }).click();
    } else {
      const before = await course.getByRole('log').getByRole('listitem').count();
      await choices.getByRole('button', { disabled: false }).first().click();
      await expect.poll(() => course.getByRole('log').getByRole('listitem').count()).toBeGreaterThan(before);
    }
  }
}

const lmsStatus = (course: FrameLocator) => course.locator('.lms-status');

/** The LMS's data model as it would keep it, and whether the SCO terminated. */
async function lmsData(page: Page, edition: ScormEdition): Promise<{ cmi: Record<string, any>; received: Record<string, string>; terminated: boolean }> {
  return page.evaluate((global) => {
    const api = (window as any)[global];
    return { cmi: api.renderCMIToJSONObject().cmi, received: (window as any).received, terminated: api.isTerminated() };
  }, edition === 'scorm12' ? 'API' : 'API_1484_11');
}

/** The engine's result for the inputs the LMS kept: what the LMS must have been told. */
function expectedResult(suspendData: string): { passed: boolean; scores: Record<'overall' | 'identification' | 'questioning' | 'referral', number> } {
  return JSON.parse(execFileSync('npx', ['tsx', 'test/e2e/support/scormResult.ts', SCENARIO, suspendData], { cwd: repoRoot, encoding: 'utf8' }));
}

for (const edition of ['scorm12', 'scorm2004'] as const) {
  test.describe(`the ${edition} package`, () => {
    test('plays a SCO to its end and reports status, score and session time to the LMS', async ({ page }) => {
      test.setTimeout(240_000);
      const course = await hostLms(page, edition, null);
      await expect(lmsStatus(course)).toHaveText(CONNECTED);
      await course.getByRole('button', { name: 'Start' }).click();
      await expect(course.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
      await play(course);
      await expect(lmsStatus(course)).toHaveText(SENT);

      const { cmi, received, terminated } = await lmsData(page, edition);
      expect(terminated).toBe(true);
      const result = expectedResult(cmi.suspend_data);
      if (edition === 'scorm12') {
        expect(cmi.suspend_data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        expect(cmi.core.lesson_status).toBe(result.passed ? 'passed' : 'failed');
        expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max]).toEqual([String(result.scores.overall), '0', '100']);
        expect(received['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
        expect(received['cmi.core.exit']).toBe('');
      } else {
        expect([cmi.completion_status, cmi.success_status]).toEqual(['completed', result.passed ? 'passed' : 'failed']);
        expect([cmi.score.scaled, cmi.score.raw, cmi.score.min, cmi.score.max]).toEqual([String(result.scores.overall / 100), String(result.scores.overall), '0', '100']);
        const objectives = Object.values(cmi.objectives as Record<string, { id: string; score: { raw: string }; success_status: string }>);
        expect(objectives.map((objective) => [objective.id, objective.score.raw])).toEqual(
          (['identification', 'questioning', 'referral'] as const).map((competency) => [competency, String(result.scores[competency])]),
        );
        expect(received['cmi.session_time']).toMatch(/^PT\d+H\d+M[\d.]+S$/);
        expect(received['cmi.exit']).toBe('normal');
      }
    });

    test('an attempt left midway resumes in another browser at the same line, from what the LMS kept', async ({ page, browser }) => {
      test.setTimeout(240_000);
      const course = await hostLms(page, edition, null);
      await course.getByRole('button', { name: 'Start' }).click();
      await play(course, 3);
      const transcript = await course.getByRole('log').getByRole('listitem').allTextContents();
      const choices = await course.getByRole('region', { name: 'What do you do?' }).getByRole('button').allTextContents();
      expect(choices.length).toBeGreaterThan(0);
      // The trainee closes the course: the frame goes (pagehide), the SCO suspends and terminates.
      await page.locator('iframe[title="Course"]').evaluate((frame) => frame.remove());
      const { cmi, received, terminated } = await lmsData(page, edition);
      expect(terminated).toBe(true);
      expect(received[edition === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
      expect(edition === 'scorm12' ? cmi.core.lesson_status : cmi.completion_status).toBe('incomplete');
      // What an LMS hands the next launch of a suspended SCO.
      const kept =
        edition === 'scorm12'
          ? { suspend_data: cmi.suspend_data, core: { entry: 'resume', lesson_status: cmi.core.lesson_status, lesson_location: cmi.core.lesson_location } }
          : { suspend_data: cmi.suspend_data, entry: 'resume', location: cmi.location, completion_status: cmi.completion_status };

      const elsewhere = await browser.newContext({ baseURL: new URL(page.url()).origin });
      try {
        const again = await hostLms(await elsewhere.newPage(), edition, kept);
        await expect(lmsStatus(again)).toHaveText(RESUMED);
        await expect(again.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
        await expect(again.getByRole('region', { name: 'What do you do?' }).getByRole('button')).toHaveText(choices);
        expect(await again.getByRole('log').getByRole('listitem').allTextContents()).toEqual(transcript);
      } finally {
        await elsewhere.close();
      }
    });
  });
}

test('the same launch open in two windows of one browser: the second says so, and neither resumes nor writes to its LMS', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const edition = 'scorm12';
  // An attempt left midway: what the LMS hands every later launch of the SCO.
  const course = await hostLms(page, edition, null);
  await course.getByRole('button', { name: 'Start' }).click();
  await play(course, 2);
  await page.locator('iframe[title="Course"]').evaluate((frame) => frame.remove());
  const { cmi } = await lmsData(page, edition);
  const kept = { suspend_data: cmi.suspend_data, core: { entry: 'resume', lesson_status: cmi.core.lesson_status, lesson_location: cmi.core.lesson_location } };

  const context = await browser.newContext({ baseURL: new URL(page.url()).origin });
  try {
    const [first, second] = [await context.newPage(), await context.newPage()];
    const one = await hostLms(first, edition, kept);
    await expect(lmsStatus(one)).toHaveText(RESUMED);
    await expect(one.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
    const two = await hostLms(second, edition, kept);
    await expect(lmsStatus(two)).toHaveText(`${TUTORIAL_TITLE} is open in another tab or window. Carry on there, or close it there first. This window reports nothing to your LMS.`);
    await expect(two.getByRole('region', { name: 'What do you do?' })).toHaveCount(0);
    expect(await second.evaluate(() => (window as any).API.isInitialized())).toBe(false);

    // The first window plays on; the second is closed: it wrote nothing to its LMS.
    await play(one, 1);
    await second.locator('iframe[title="Course"]').evaluate((frame) => frame.remove());
    const left = await lmsData(second, edition);
    expect(left.received).toEqual({});
    expect(left.cmi.suspend_data).toBe(kept.suspend_data);
  } finally {
    await context.close();
  }
});
