import { describe, expect, it } from 'vitest';
import { recordedClock, steppingClock, systemClock } from '../../../src/engine/clock';
import { createRandom } from '../../../src/engine/random';

describe('clocks', () => {
  it('steppingClock starts at 0 and advances by its step on every call', () => {
    const clock = steppingClock(250);
    expect([clock.now(), clock.now(), clock.now()]).toEqual([0, 250, 500]);
  });

  it('steppingClock rejects a negative step', () => {
    expect(() => steppingClock(-1)).toThrow(RangeError);
  });

  it('recordedClock plays timestamps back in order and then repeats the last one', () => {
    const clock = recordedClock([0, 40, 90]);
    expect([clock.now(), clock.now(), clock.now(), clock.now()]).toEqual([0, 40, 90, 90]);
  });

  it('systemClock counts from its start and never goes backwards', () => {
    const clock = systemClock(Date.now() - 1000);
    const first = clock.now();
    expect(first).toBeGreaterThanOrEqual(1000);
    expect(clock.now()).toBeGreaterThanOrEqual(first);
  });
});

describe('createRandom', () => {
  const draw = (seed: number) => {
    const random = createRandom(seed);
    return Array.from({ length: 20 }, () => random.next());
  };

  it('gives the same sequence for the same seed', () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(0)).not.toEqual(draw(1));
  });

  it('keeps every value in range', () => {
    const random = createRandom(7);
    for (let i = 0; i < 2000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(5);
      expect(Number.isInteger(n) && n >= 0 && n < 5).toBe(true);
    }
  });

  it('reaches every outcome of int and pick', () => {
    const random = createRandom(3);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(random.pick(['a', 'b', 'c']));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
  });

  it('rejects bad arguments', () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(1).int(0)).toThrow(RangeError);
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});
