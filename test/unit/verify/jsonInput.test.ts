// Reading someone else's JSON: size, depth, BOM and __proto__ rules, the same for the CLI and the page.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_INPUT_BYTES, parseJsonInput } from '../../../src/engine/jsonInput';

describe('parseJsonInput', () => {
  it('accepts a UTF-8 BOM before the JSON', () => {
    expect(parseJsonInput('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses __proto__ anywhere, naming where', () => {
    expect(parseJsonInput('{"log": [{"__proto__": {"polluted": true}}]}')).toEqual({
      ok: false,
      reason: "'log[0].__proto__': the key '__proto__' is not allowed",
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses nesting deeper than the limit, and accepts it at the limit', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseJsonInput(nested(MAX_DEPTH))).toMatchObject({ ok: true });
    expect(parseJsonInput(nested(100_000))).toMatchObject({ ok: false, reason: expect.stringContaining(`at most ${MAX_DEPTH}`) });
    // Brackets inside strings are text, not nesting.
    expect(parseJsonInput(JSON.stringify({ text: '['.repeat(100) }))).toMatchObject({ ok: true });
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(parseJsonInput('{}', MAX_INPUT_BYTES + 1)).toMatchObject({ ok: false, reason: expect.stringContaining('larger than 32 MB') });
  });

  it('says why text is not JSON', () => {
    expect(parseJsonInput('{"a": ')).toMatchObject({ ok: false, reason: expect.stringMatching(/^not JSON/) });
  });
});
