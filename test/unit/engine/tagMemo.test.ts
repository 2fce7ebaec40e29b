import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseLineTags } from '../../../src/content/tags';
import { TagMemo } from '../../../src/engine/runner/tagMemo';

describe('TagMemo', () => {
  it('gives what the parser gives, one frozen object per distinct tag list', () => {
    const memo = new TagMemo();
    const raw = ['speaker: Mira', 'indicator: excessive_hours_no_rest, wages_withheld_or_confiscated'];
    const first = memo.line(raw);
    expect(first).toEqual(parseLineTags(raw));
    expect(memo.line([...raw])).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.indicators)).toBe(true);
    expect(memo.choice(['q: open_invitation'])).toEqual(parseChoiceTags(['q: open_invitation']));
  });

  it('never mistakes one list for another: empty, one tag, several', () => {
    const memo = new TagMemo();
    expect(memo.line([])).toEqual(parseLineTags([]));
    expect(memo.line(['phase: clarify'])).toEqual(parseLineTags(['phase: clarify']));
    expect(memo.line(['phase: clarify', 'speaker: Mira'])).toEqual(parseLineTags(['phase: clarify', 'speaker: Mira']));
    expect(memo.line(['speaker: Mira'])).toEqual(parseLineTags(['speaker: Mira']));
    expect(memo.choice([])).toEqual(parseChoiceTags([]));
    expect(memo.choice(['q: blaming'])).toEqual(parseChoiceTags(['q: blaming']));
    expect(memo.choice(['q: blaming', 'hotspot: bench'])).toEqual(parseChoiceTags(['q: blaming', 'hotspot: bench']));
  });
});
