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

/** Ink tags never hold a line break, so one joins a tag list into a key no other list has. */
const keyOf = (raw: readonly string[]): string => raw.join('\n');

export class TagMemo {
  private readonly lines = new Map<string, LineTags>();
  private readonly choices = new Map<string, ChoiceTags>();
  /** Most lines carry no tag at all. */
  private untaggedLine: LineTags | null = null;

  line(raw: readonly string[]): LineTags {
    if (raw.length === 0) return (this.untaggedLine ??= frozen(parseLineTags(raw)));
    const key = keyOf(raw);
    let tags = this.lines.get(key);
    if (tags === undefined) this.lines.set(key, (tags = frozen(parseLineTags(raw))));
    return tags;
  }

  choice(raw: readonly string[]): ChoiceTags {
    const key = keyOf(raw);
    let tags = this.choices.get(key);
    if (tags === undefined) this.choices.set(key, (tags = frozen(parseChoiceTags(raw))));
    return tags;
  }
}
