import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/content/types';
import { fileExploreCosts, slowestFirst } from '../../../src/node/exploreCosts';
import { exploreStories } from '../../../src/node/explorePool';
import { SCORED_HEADER, scenarioFrom } from '../explore/helpers';

const dir = mkdtempSync(join(tmpdir(), 'threshold-costs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A scenario with this source path and a compiled story of this many characters (only those are read). */
function sized(source: string, chars: number): Scenario {
  return { meta: { source }, storyJson: 'x'.repeat(chars) } as unknown as Scenario;
}

describe('explorer costs', () => {
  it('orders by the last measured time, and estimates an unmeasured story from its size at the measured rate', () => {
    const file = join(dir, 'order.json');
    writeFileSync(file, JSON.stringify({ 'a.ink': 10, 'b.ink': 5_000 }));
    const costs = fileExploreCosts(file);
    // a is the largest but was quick; b is small but slow; c was never measured: 2,000 chars at
    // (10 + 5,000) ms / (1,000 + 100) chars is about 9,100 ms, so it goes first.
    const scenarios = [sized('a.ink', 1_000), sized('b.ink', 100), sized('c.ink', 2_000)];
    expect(slowestFirst(scenarios, costs)).toEqual([2, 1, 0]);
    // Nothing measured: by size alone.
    expect(slowestFirst(scenarios)).toEqual([2, 0, 1]);
  });

  it('an unreadable file is no times, and an exploration records its time', async () => {
    const file = join(dir, 'run.json');
    writeFileSync(file, '{"half": ');
    const story = scenarioFrom(`${SCORED_HEADER}\n* [Leave]\nHe goes. # ending: gone\n-> END\n`);
    expect(fileExploreCosts(file).get(story.meta.source)).toBeUndefined();
    await exploreStories([story], {}, { workers: 1, costs: fileExploreCosts(file) });
    const times = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    expect(Object.keys(times)).toEqual([story.meta.source]);
    expect(fileExploreCosts(file).get(story.meta.source)).toBe(times[story.meta.source]);
  });
});
