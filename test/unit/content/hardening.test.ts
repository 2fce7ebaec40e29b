// Files and constructs that used to pass the quick check (or crash it) and fail later: each is an
// error with `path:line` now, found at compile time, so the quick check and the build refuse it.
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../../src/content/compile';
import { decodeSource } from '../../../src/content/sourceText';
import { errorsOf, memoryReader, scenarioOf } from './helpers';

const compile = (text: string) => compileStory('stories/x.ink', memoryReader({ 'stories/x.ink': text }));
const header = '# id: x\n# title: X\n';

describe('file contents that are not Ink text', () => {
  it('gives the line and column of the first byte that is not UTF-8', () => {
    const bytes = new TextEncoder().encode('First line.\nCaf\u00e9 au lait.\n');
    const latin1 = new Uint8Array([...bytes.subarray(0, 15), 0xe9, ...bytes.subarray(17)]);
    const decoded = decodeSource(latin1);
    expect(decoded).toMatchObject({ ok: false, line: 2, reason: expect.stringContaining('0xe9, is at line 2, column 4') });
  });

  it('accepts every well-formed character, including four-byte ones', () => {
    expect(decodeSource(new TextEncoder().encode('Ça va? 👋 — ok\n'))).toEqual({ ok: true, text: 'Ça va? 👋 — ok\n' });
  });

  it('refuses a file of NUL bytes instead of playing it', () => {
    expect(errorsOf(compile('\u0000\u0000\u0000\u0000'))).toEqual([
      'stories/x.ink:1: this file holds a control character (0x00) at line 1, column 1: it looks like a binary file, not Ink text',
    ]);
  });

  it('refuses a binary file, at the line of its first control byte', () => {
    expect(errorsOf(compile('Hello.\nOK\u0003\u0001 there\n'))).toEqual([expect.stringMatching(/^stories\/x\.ink:2: this file holds a control character \(0x03\) at line 2, column 3/)]);
  });

  it('lets tabs, form feeds and CRLF line ends through', () => {
    expect(compile('Hello.\r\n\tIndented.\f\r\n-> END\r\n').ok).toBe(true);
  });
});

describe('EXTERNAL functions', () => {
  it('is an error, at its declaration, when an EXTERNAL has no Ink fallback', () => {
    expect(errorsOf(compile('Hello.\nEXTERNAL roll(sides)\nYou rolled {roll(6)}.\n-> END\n'))).toEqual([
      expect.stringMatching(/^stories\/x\.ink:2: EXTERNAL roll\(\) has no Ink fallback/),
    ]);
  });

  it('names every EXTERNAL without a fallback', () => {
    const errors = errorsOf(compile('EXTERNAL a()\nEXTERNAL b()\n{a()} {b()}\n-> END\n'));
    expect(errors.map((error) => error.slice(0, 29))).toEqual(['stories/x.ink:1: EXTERNAL a()', 'stories/x.ink:2: EXTERNAL b()']);
  });

  it('accepts an EXTERNAL with an Ink fallback function', () => {
    expect(compile('EXTERNAL roll(sides)\nYou rolled {roll(6)}.\n-> END\n=== function roll(sides) ===\n~ return 4\n').ok).toBe(true);
  });
});

describe('weights in the header', () => {
  for (const value of ['0', '0.0', '1' + '9'.repeat(400), '1e3', '10000']) {
    it(`refuses weight_referral: ${value.slice(0, 12)}`, () => {
      expect(errorsOf(compile(`${header}# weight_referral: ${value}\nHi.\n`))).toEqual([
        expect.stringMatching(/^stories\/x\.ink:3: weight_referral: '.*' is not a weight; write a number more than 0 and at most 1000/),
      ]);
    });
  }

  it('accepts a positive weight', () => {
    expect(scenarioOf(compile(`${header}# weight_referral: 0.5\nHi.\n`)).scoring.weights).toEqual({ referral: 0.5 });
  });
});

describe('compiler failures without a position', () => {
  it('puts a parser stack overflow on the line with the deepest brackets', () => {
    const errors = errorsOf(compile(`Hello.\nAll fine.\nHi {${'{'.repeat(250)}x${'}'.repeat(250)}}\n`));
    expect(errors).toEqual([expect.stringMatching(/^stories\/x\.ink:3: the Ink compiler cannot read this line: brackets \( \{ \[ are nested 251 deep here/)]);
  });
});
