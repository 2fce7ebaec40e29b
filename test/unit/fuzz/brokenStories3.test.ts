// Part 3 of 3 of the fuzz test (three files, so the two cores share it with the rest of the suite):
// seeded broken variants of the shipped stories compile and play with no crash, no hang, and no
// message without path:line, once. 3 × 100 mutants; the seeds differ per part.
import { describe, expect, it } from 'vitest';
import { fuzzProblems } from './fuzzProblems';

describe('fuzz: broken variants of the shipped stories, part 3', () => {
  it('finds no crash, hang or message without path:line in 100 mutants', () => {
    expect(fuzzProblems(100, 20261203)).toEqual([]);
  }, 600_000);
});
