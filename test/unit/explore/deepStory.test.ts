import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/engine/explore/explore';
import { SCORED_HEADER, scenarioFrom } from './helpers';

const DEPTH = 5_000;

// One choice at every point, 5,000 of them in a row: a walk that recursed once per point would
// run out of JavaScript stack long before the end.
const STRAIGHT = `${SCORED_HEADER}
VAR steps = 0
-> walk
=== walk ===
~ steps = steps + 1
{steps > ${DEPTH}: -> finish}
+ [Step on] -> walk
=== finish ===
The road ends. # ending: done
-> END
`;

describe('exploreStory on a very deep story', () => {
  it(`explores a straight story ${DEPTH} choices deep to its end`, () => {
    const report = exploreStory(scenarioFrom(STRAIGHT));
    expect(report.truncated).toBe(false);
    expect(report.deadEnds).toEqual([]);
    expect(report.endings).toEqual(['done']);
    expect(report.states).toBe(DEPTH + 1);
    expect(report.bestPath?.filter((step) => step.kind === 'choice')).toHaveLength(DEPTH);
  }, 120_000);
});
