import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exploreStory, type ExploreReport } from '../../../src/engine/explore/explore';
import { engineFingerprint, fileExploreCache, type ExploreCache } from '../../../src/node/exploreCache';
import { fileExploreCosts } from '../../../src/node/exploreCosts';
import { exploreStories, type ExplorePlan } from '../../../src/node/explorePool';
import { SCORED_HEADER, scenarioFrom } from '../explore/helpers';

const STORY = `${SCORED_HEADER}
* [Explain who you are # q: explain_process]
    He nods. # indicator: documents_withheld
* [Leave]
- You fill in the form. # decide: determination
He goes. # ending: gone
-> END
`;

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-cache-'));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** An in-memory cache that counts what it is asked. */
function memoryCache(fingerprint: string | null): ExploreCache & { writes: number } {
  const entries = new Map<string, ExploreReport>();
  return {
    fingerprint,
    writes: 0,
    get: (key) => entries.get(key),
    set(key, report) {
      this.writes++;
      entries.set(key, report);
    },
  };
}

describe('explorer cache', () => {
  const scenario = scenarioFrom(STORY);

  it('reuses a report for the same story and code, and explores a changed story again', async () => {
    const cache = memoryCache('code-1');
    const [first] = await exploreStories([scenario], {}, { workers: 1, cache });
    expect(first).toMatchObject({ ok: true, cached: false });
    const [again] = await exploreStories([scenario], {}, { workers: 1, cache });
    expect(again).toMatchObject({ ok: true, cached: true });
    expect(again?.ok && again.report).toEqual(first?.ok && first.report);

    // One word of the story changed: a new key, so the cached report is never read for it.
    const changed = scenarioFrom(STORY.replace('He goes.', 'He leaves.'));
    const [fresh] = await exploreStories([changed], {}, { workers: 1, cache });
    expect(fresh).toMatchObject({ ok: true, cached: false });
    // The same story with other code (another engine fingerprint) is explored again too.
    const [otherCode] = await exploreStories([scenario], {}, { workers: 1, cache: { ...cache, fingerprint: 'code-2', get: cache.get, set: cache.set } });
    expect(otherCode).toMatchObject({ ok: true, cached: false });
  });

  it('never keeps a report the budget cut short, and caches nothing without a fingerprint', async () => {
    const cache = memoryCache('code-1');
    const [cut] = await exploreStories([scenario], { maxStates: 1 }, { workers: 1, cache });
    expect(cut?.ok && cut.report.truncated).toBe(true);
    expect(cache.writes).toBe(0);
    const none = memoryCache(null);
    await exploreStories([scenario], {}, { workers: 1, cache: none });
    expect(none.writes).toBe(0);
  });

  it('files: a report survives in its folder; an unreadable entry is a miss', async () => {
    const dir = tempDir();
    const cache = fileExploreCache(dir, 'code-1');
    await exploreStories([scenario], {}, { workers: 1, cache });
    const [entry] = readdirSync(dir);
    expect(entry).toMatch(/^[0-9a-f]{64}\.json$/);
    expect((await exploreStories([scenario], {}, { workers: 1, cache: fileExploreCache(dir, 'code-1') }))[0]).toMatchObject({ cached: true });
    writeFileSync(join(dir, entry!), '{"scenario": "half a rep');
    expect((await exploreStories([scenario], {}, { workers: 1, cache: fileExploreCache(dir, 'code-1') }))[0]).toMatchObject({ ok: true, cached: false });
  });

  it('the engine fingerprint changes with any engine or content source file and with the inkjs version', () => {
    const root = tempDir();
    mkdirSync(join(root, 'src/engine/explore'), { recursive: true });
    mkdirSync(join(root, 'src/content'), { recursive: true });
    mkdirSync(join(root, 'node_modules/inkjs'), { recursive: true });
    writeFileSync(join(root, 'src/engine/explore/search.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/content/tags.ts'), 'export const b = 1;\n');
    writeFileSync(join(root, 'node_modules/inkjs/package.json'), '{"version":"2.4.0"}');
    const before = engineFingerprint(root);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(root, 'src/engine/explore/search.ts'), 'export const a = 2;\n');
    const afterEngine = engineFingerprint(root);
    expect(afterEngine).not.toBe(before);
    writeFileSync(join(root, 'src/content/tags.ts'), 'export const b = 2;\n');
    expect(engineFingerprint(root)).not.toBe(afterEngine);
    const afterContent = engineFingerprint(root);
    writeFileSync(join(root, 'node_modules/inkjs/package.json'), '{"version":"2.5.0"}');
    expect(engineFingerprint(root)).not.toBe(afterContent);
    expect(engineFingerprint(tempDir())).toBeNull();
  });
});

describe('explorer worker pool', () => {
  it('explores in worker threads exactly as in this thread, in the order given', async () => {
    const scenarios = [scenarioFrom(STORY), scenarioFrom(STORY.replace('* [Leave]', '* [Leave # q: blaming]'))];
    const inWorkers = await exploreStories(scenarios, {}, { workers: 2 });
    expect(inWorkers.map((result) => result.ok && result.report)).toEqual(scenarios.map((s) => exploreStory(s)));
  }, 60_000);

  // A first check of a library takes a minute or more: one stopped half-way keeps what it finished.
  it.each([1, 2])('keeps each story as soon as it is explored, and says what it will do first (%i workers)', async (workers) => {
    const scenarios = [
      scenarioFrom(STORY, 'stories/one.ink'),
      scenarioFrom(STORY.replace('He goes.', 'He walks off.'), 'stories/two.ink'),
      scenarioFrom(STORY.replace('He nods.', 'He shrugs.'), 'stories/three.ink'),
    ];
    const cache = memoryCache('code-1');
    await exploreStories([scenarios[0]!], {}, { workers: 1, cache });
    const costsFile = join(tempDir(), 'costs.json');
    const costs = fileExploreCosts(costsFile);
    const plans: ExplorePlan[] = [];
    const heard: Array<{ source: string; cachedThen: number; timesThen: number }> = [];
    const results = await exploreStories(scenarios, {}, {
      workers,
      cache,
      costs,
      onPlan: (plan) => plans.push(plan),
      onExplored: (scenario, timed) => {
        expect(timed.explored.ok).toBe(true);
        heard.push({ source: scenario.meta.source, cachedThen: cache.writes, timesThen: Object.keys(JSON.parse(readFileSync(costsFile, 'utf8')) as object).length });
      },
    });
    expect(plans).toEqual([{ cached: 1, exploring: [scenarios[1], scenarios[2]], workers: Math.min(workers, 2), expectedMs: null }]);
    // Told of the two explored stories only, each already in the cache and the times file by then.
    expect(heard.map((entry) => entry.cachedThen).sort()).toEqual([2, 3]);
    expect(heard.map((entry) => entry.timesThen).sort()).toEqual([1, 2]);
    expect(results.map((result) => result.ok && result.cached)).toEqual([true, false, false]);
    // Next time every story has a time, so the plan can say how long exploring them takes.
    const again: ExplorePlan[] = [];
    await exploreStories(scenarios.slice(1), {}, { workers: 1, costs: fileExploreCosts(costsFile), onPlan: (plan) => again.push(plan) });
    expect(again[0]?.expectedMs).toBeGreaterThan(0);
  }, 60_000);
});
