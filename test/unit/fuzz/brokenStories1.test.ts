// Part 1 of the fuzz test (two files so both cores share it): seeded broken variants of the
// shipped stories compile and play with no crash, no hang, and no message without path:line, once.
import { describe, expect, it } from 'vitest';
import { fuzzProblems } from './fuzzProblems';

describe('fuzz: broken variants of the shipped stories, part 1', () => {
  it('finds no crash, hang or message without path:line in 80 mutants', () => {
    expect(fuzzProblems(80, 20261201)).toEqual([]);
  }, 600_000);
});
