import { describe, expect, it } from 'vitest';
import { scanLine, scanTags } from '../../../src/content/tagScan';
import { stripComments } from '../../../src/content/sourceText';

const positions = (text: string, isRoot = true) =>
  scanTags('stories/x.ink', text, isRoot).map((tag) => `${tag.line} ${tag.position} ${tag.text}${tag.aloneOnLine ? ' (alone)' : ''}`);

describe('scanTags', () => {
  it('treats tag-only lines at the top of the root file as the header, until anything else', () => {
    expect(positions('# id: a\n\n# title: b\nINCLUDE c.ink\n# summary: late\nText. # speaker: A\n')).toEqual([
      '1 header id: a (alone)',
      '3 header title: b (alone)',
      '5 line summary: late (alone)',
      '6 line speaker: A',
    ]);
  });

  it('has no header in an included file', () => {
    expect(positions('# id: a\n', false)).toEqual(['1 line id: a (alone)']);
  });

  it('puts tags inside a choice\'s brackets in the choice position and after ] on the line', () => {
    expect(positions('Hi.\n* [Ask # q: open_invitation # rapport: +1] Asked. # speaker: You\n')).toEqual([
      '2 choice q: open_invitation',
      '2 choice rapport: +1',
      '2 line speaker: You',
    ]);
  });

  it('reads choices with conditions, labels, sticky + and nesting', () => {
    expect(positions('Hi.\n  * * (lbl) {x > 1} [A # q: leading]\n+ {distress >= 6} [B # q: offer_break]\n')).toEqual([
      '2 choice q: leading',
      '3 choice q: offer_break',
    ]);
  });

  it('treats a tag on a choice with no brackets as a line tag', () => {
    expect(positions('Hi.\n* Hello # q: open_invitation\n')).toEqual(['2 line q: open_invitation']);
  });

  it('skips escaped \\# and tags in comments, keeping line numbers', () => {
    expect(positions('Hi.\nPrice \\# 5 // # mood: x\n/* # a: b\n# c: d */ Bye. # speaker: Z\n')).toEqual(['4 line speaker: Z']);
  });

  it('marks tags with {…} as dynamic', () => {
    expect(scanTags('s.ink', 'Hi.\nYo # speaker: {name}\n', true)[0]?.dynamic).toBe(true);
  });
});

describe('scanLine', () => {
  const texts = (line: string) => scanLine(line).tags.map((t) => t.text);

  it('ends a tag at the next #', () => {
    expect(texts('Text # one # two')).toEqual(['one', 'two']);
  });

  it('reads tags inside inline conditionals and alternatives, ending at } or |', () => {
    expect(texts('{rapport >= 2: She tells you. # indicator: debt_bondage}')).toEqual(['indicator: debt_bondage']);
    expect(texts('{r: A # t1|B # t2} after # t3')).toEqual(['t1', 't2', 't3']);
  });

  it('keeps {…} inside a tag as part of its text', () => {
    expect(texts('Hi # speaker: {name} # mood: calm')).toEqual(['speaker: {name}', 'mood: calm']);
    expect(texts('* [Ask {n} # q: open_invitation] Out # speaker: {who}')).toEqual(['q: open_invitation', 'speaker: {who}']);
  });
});

describe('stripComments', () => {
  it('keeps every newline so lines still match', () => {
    expect(stripComments('a // x\n/* 1\n2 */b')).toBe('a \n\nb');
  });
  it('runs an unclosed block comment to the end, as Ink does', () => {
    expect(stripComments('a /* b\nc')).toBe('a \n');
  });
});
