// Page speed in headless Chromium, as ratios to a bare Phaser 4 page built in the same run from the
// project's own phaser and vite (so a slow machine slows both sides alike):
// - menuInteractive: navigation → the menu's buttons are rendered and wired (`threshold:menu-interactive`
//   mark), over the bare page's first frame;
// - firstChoice: the page's own time from navigation to the scenario's first choices on screen:
//   navigation → menu interactive, plus the Start click → first choices (`threshold:scenario-shown`
//   mark); the time the page waits for the trainee (reading the briefing, and here the automation's
//   round trips, which on a busy machine take longer than the page) is not the page's and is left
//   out. Over the bare page's first frame;
// - jsBeforeStart: gzip size of every script the page fetched before Start was pressed, over the bare page's.
// A benchmark, not a test: it never fails on a number.
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

export interface PageOptions {
  runs: number;
  repoRoot: string;
  /** First of two free local ports. */
  port: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function serve(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Runs the project's own Vite CLI in a child Node (not under tsx, whose loader upsets Vite's resolver). */
function viteBuild(repoRoot: string, args: string[]): void {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}

function buildBarePhaser(repoRoot: string, outDir: string): void {
  // Inside the repo, so `phaser` resolves to the project's own copy like the app's import does.
  const project = join(repoRoot, 'node_modules/.cache/bench-bare-phaser');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'index.html'), '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(
    join(project, 'main.js'),
    [
      "import { AUTO, Game, Scene } from 'phaser';",
      'class First extends Scene {',
      "  create() { this.add.rectangle(400, 300, 200, 100, 0xe9c46a); this.game.events.once('postrender', () => performance.mark('bare:first-frame')); }",
      '}',
      'new Game({ type: AUTO, width: 800, height: 600, scene: [First] });',
      '',
    ].join('\n'),
  );
  writeFileSync(join(project, 'vite.config.mjs'), `export default { base: './', logLevel: 'silent', build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true, chunkSizeWarningLimit: 4000 } };\n`);
  viteBuild(repoRoot, [project, '--config', join(project, 'vite.config.mjs')]);
  rmSync(project, { recursive: true, force: true });
}

function buildApp(repoRoot: string, outDir: string): void {
  viteBuild(repoRoot, ['--configLoader', 'runner', '--logLevel', 'silent', '--outDir', outDir, '--emptyOutDir']);
}

/** Gzip bytes of every script response the page receives while `during` runs. */
async function scriptBytes(page: Page, during: () => Promise<void>): Promise<number> {
  const pending: Array<Promise<number>> = [];
  const onResponse = (response: import('@playwright/test').Response): void => {
    if (response.request().resourceType() === 'script') pending.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  };
  page.on('response', onResponse);
  await during();
  page.off('response', onResponse);
  return (await Promise.all(pending)).reduce((sum, size) => sum + size, 0);
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 60_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, places = 2): number => Math.round(value * 10 ** places) / 10 ** places;

export async function pageBenchmarks(options: PageOptions) {
  const work = mkdtempSync(join(tmpdir(), 'threshold-page-bench-'));
  const bareDir = join(work, 'bare');
  const appDir = join(work, 'app');
  mkdirSync(bareDir);
  process.stderr.write('bench: building the bare Phaser page and the app\n');
  buildBarePhaser(options.repoRoot, bareDir);
  buildApp(options.repoRoot, appDir);
  const bareServer = await serve(bareDir, options.port);
  const appServer = await serve(appDir, options.port + 1);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const bareFrame: number[] = [];
    const menu: number[] = [];
    const firstChoice: number[] = [];
    let bareJs = 0;
    let appJs = 0;
    for (let run = 0; run < options.runs; run++) {
      process.stderr.write(`bench: page run ${run + 1}/${options.runs}\n`);
      // Fresh contexts: no cache, no saved attempt, like a first visit.
      const bare = await browser.newPage();
      bareJs = await scriptBytes(bare, async () => {
        await bare.goto(`http://127.0.0.1:${options.port}/`);
        bareFrame.push(await markTime(bare, 'bare:first-frame'));
      });
      await bare.close();

      const app = await browser.newPage();
      // When the trainee's clicks reach the page, on the page's own clock.
      await app.addInitScript(() => {
        const clicks: number[] = [];
        (window as unknown as { benchClicks: number[] }).benchClicks = clicks;
        window.addEventListener('click', () => clicks.push(performance.now()), { capture: true });
      });
      appJs = await scriptBytes(app, async () => {
        await app.goto(`http://127.0.0.1:${options.port + 1}/`);
        menu.push(await markTime(app, 'threshold:menu-interactive'));
        await app.getByRole('button', { name: /^Open / }).first().click();
      });
      await app.getByRole('button', { name: 'Start' }).click();
      const shown = await markTime(app, 'threshold:scenario-shown');
      const startClick = await app.evaluate(() => (window as unknown as { benchClicks: number[] }).benchClicks.at(-1) ?? 0);
      firstChoice.push(menu.at(-1)! + (shown - startClick));
      await app.close();
    }
    const bareFirstFrameMs = median(bareFrame);
    return {
      runs: options.runs,
      bareFirstFrameMs: round(bareFirstFrameMs),
      menuInteractiveMs: round(median(menu)),
      firstChoiceMs: round(median(firstChoice)),
      bareJsGzipBytes: bareJs,
      jsBeforeStartGzipBytes: appJs,
      ratios: {
        menuInteractive: round(median(menu) / bareFirstFrameMs),
        firstChoice: round(median(firstChoice) / bareFirstFrameMs),
        jsBeforeStart: round(appJs / bareJs),
      },
      targets: { menuInteractive: 0.5, firstChoice: 1.2, jsBeforeStart: 0.6 },
    };
  } finally {
    await browser?.close();
    bareServer.close();
    appServer.close();
    rmSync(work, { recursive: true, force: true });
  }
}
