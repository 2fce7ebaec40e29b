// The explorer's longest path (src/engine/explore/longestPath.ts) and the build's suspend-data
// proof made from it (src/cli/suspendDataBudget.ts).
import { describe, expect, it } from 'vitest';
import { suspendDataBudget } from '../../../src/cli/suspendDataBudget';
import { exploreStory, type ExploreReport } from '../../../src/engine/explore/explore';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { findStory } from '../../../src/node/load';
import { askEachOnceHub, detourChain, SCORED_HEADER, scenarioFrom } from './helpers';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const choicesOf = (report: ExploreReport) => (report.longestPath?.kind === 'bounded' ? report.longestPath.choices : null);

describe('the longest path', () => {
  it('counts every choice of a chain of knots, and gives a path that makes them', () => {
    const report = exploreStory(scenarioFrom(detourChain(10)));
    expect(choicesOf(report)).toBe(10);
    expect(report.longestPath?.path.filter((step) => step.kind === 'choice')).toHaveLength(10);
  });

  it('in a hub, is every question asked before leaving, whichever branch is shorter', () => {
    const story = askEachOnceHub(3);
    const report = exploreStory(scenarioFrom(story));
    expect(choicesOf(report)).toBe(4);
    expect(report.longestPath?.path.map((step) => (step.kind === 'choice' ? step.text : step.kind)).at(-1)).toBe('Leave');
  });

  it('is a loop when a choice can bring the trainee back to where they were, without end', () => {
    const story = `${SCORED_HEADER}
-> hub
=== hub ===
A kitchen. # phase: engage_explain
- (ask)
+ [Look around again] You look around. -> ask
+ [Leave] -> done
=== done ===
It ends. # ending: done
-> END
`;
    const report = exploreStory(scenarioFrom(story));
    expect(report.longestPath?.kind).toBe('loop');
    expect(suspendDataBudget(report)).toMatchObject({ fits: false, reason: expect.stringMatching(/^a trainee can make choices without end \(the path of 1 choices ending 'Look around again'/) });
  });

  it('of a shipped story bounds every sampled playthrough, and its heaviest attempt fits SCORM 1.2', () => {
    const loaded = findStory('sample_bus_shelter', repoRoot);
    if (!loaded?.ok) throw new Error('the tutorial does not load');
    const report = exploreStory(loaded.scenario);
    const longest = choicesOf(report)!;
    for (let seed = 1; seed <= 30; seed++) {
      const choices = playHeadless(loaded.scenario, seed).log.filter((event) => event.type === 'story.choice').length;
      expect(choices).toBeLessThanOrEqual(longest);
    }
    const budget = suspendDataBudget(report);
    expect(budget).toMatchObject({ fits: true, choices: longest });
    if (budget.fits) expect(budget.characters).toBeLessThanOrEqual(4096);
  });
});

describe('the suspend-data budget', () => {
  const story = scenarioFrom(`${SCORED_HEADER}\n-> start\n=== start ===\nIt ends. # ending: done\n-> END\n`);
  const report = (longestPath: ExploreReport['longestPath'], truncated = false): ExploreReport => ({ ...exploreStory(story), truncated, ...(longestPath ? { longestPath } : {}) });
  const path = (choices: number) => Array.from({ length: choices }, (_, i) => ({ kind: 'choice' as const, index: (i * 7) % 13, text: `choice ${i}` }));

  it('fails a story whose longest path is too long, with the length and the size', () => {
    const budget = suspendDataBudget(report({ kind: 'bounded', choices: 3000, path: path(3000) }));
    expect(budget).toMatchObject({ fits: false, reason: expect.stringMatching(/^its longest path \(3000 choices\) .* needs \d+ characters of suspend data, more than SCORM 1\.2's 4096$/) });
  });

  it('fails when the exploration stopped at its budget, since the longest path is then not known', () => {
    expect(suspendDataBudget(report({ kind: 'bounded', choices: 1, path: path(1) }, true))).toMatchObject({ fits: false, reason: expect.stringMatching(/stopped at its budget/) });
  });

  it('passes a short story, naming the characters its heaviest attempt needs', () => {
    expect(suspendDataBudget(report({ kind: 'bounded', choices: 40, path: path(40) }))).toMatchObject({ fits: true, choices: 40 });
  });
});
