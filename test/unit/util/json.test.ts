import { describe, expect, it } from 'vitest';
import { isJsonPrefix } from '../../../src/util/json';

describe('isJsonPrefix', () => {
  it('is true when the list starts with the same items, key order aside', () => {
    expect(isJsonPrefix([], [{ a: 1 }])).toBe(true);
    expect(isJsonPrefix([{ a: 1, b: [2] }], [{ b: [2], a: 1 }, { c: 3 }])).toBe(true);
    expect(isJsonPrefix([{ a: 1 }, { c: 3 }], [{ a: 1 }, { c: 3 }])).toBe(true);
  });

  it('is false when an item differs or the prefix is longer', () => {
    expect(isJsonPrefix([{ a: 1 }], [{ a: 2 }])).toBe(false);
    expect(isJsonPrefix([{ a: 1 }], [{ a: 1, b: 0 }])).toBe(false);
    expect(isJsonPrefix([{ a: 1 }, { a: 1 }], [{ a: 1 }])).toBe(false);
  });
});
