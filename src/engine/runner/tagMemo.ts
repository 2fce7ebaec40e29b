// Parsed tags by their raw text. A story has a few hundred distinct tag sets, and headless play and
// the explorer meet each one thousands of times, so each is parsed once per runner. Nothing changes
// tags after parsing; they are frozen here so that one object can safely serve every line (or
// choice) that carries the same tags.
import { parseChoiceTags, parseLineTags } from '../../content/tags';
import type { ChoiceTags, LineTags } from '../../content/types';

function frozen<T extends object>(tags: T): T {
  for (const value of Object.values(tags)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(tags);
}

/**
 * Ink tags never hold a line break, so joining a tag list of two or more with one gives a key no
 * other list has, and a single tag is its own key (no join to allocate). Empty lists are kept apart.
 */
const keyOf = (raw: readonly string[]): string => (raw.length === 1 ? raw[0]! : raw.join('\n'));

export class TagMemo {
  private readonly lines = new Map<string, LineTags>();
  private readonly choices = new Map<string, ChoiceTags>();
  /** Most lines carry no tag at all (and the empty list is kept apart from a list of one empty tag). */
  private untaggedLine: LineTags | null = null;
  private untaggedChoice: ChoiceTags | null = null;

  line(raw: readonly string[]): LineTags {
    if (raw.length === 0) return (this.untaggedLine ??= frozen(parseLineTags(raw)));
    const key = keyOf(raw);
    let tags = this.lines.get(key);
    if (tags === undefined) this.lines.set(key, (tags = frozen(parseLineTags(raw))));
    return tags;
  }

  choice(raw: readonly string[]): ChoiceTags {
    if (raw.length === 0) return (this.untaggedChoice ??= frozen(parseChoiceTags(raw)));
    const key = keyOf(raw);
    let tags = this.choices.get(key);
    if (tags === undefined) this.choices.set(key, (tags = frozen(parseChoiceTags(raw))));
    return tags;
  }
}
