// Reading what inkjs produced for one line: its tags without the scenario header, and the knot its
// text came from (ignoring text printed by functions, which is not "in" the function's knot).
import type { Story } from 'inkjs';

/** Every name the compiled story calls as a function (`{"f()": name}`) or external (`{"x()": name}`). */
export function calledFunctionNames(storyJson: string): Set<string> {
  const names = new Set<string>();
  const pattern = /"[fx]\(\)"\s*:\s*"([^"]+)"/g;
  for (const match of storyJson.matchAll(pattern)) {
    const target = match[1];
    if (target) names.add(target.split('.')[0] ?? target);
  }
  return names;
}

/**
 * The tags of the line just produced. inkjs gives the header (global) tags to the first line too;
 * until the story has started they are taken off.
 */
export function lineTagsOf(story: Story, started: boolean): string[] {
  const tags = story.currentTags ?? [];
  if (started) return tags;
  const header = story.globalTags ?? [];
  const startsWithHeader = header.length > 0 && header.every((tag, i) => tags[i] === tag);
  return startsWithHeader ? tags.slice(header.length) : tags;
}

/** The knot the last produced text came from (ignoring text printed by functions), or null. */
export function knotOfOutput(story: Story, functionNames: ReadonlySet<string>): string | null {
  // From the end: the last object printed from a knot decides, so the search stops there.
  const output = story.state.outputStream;
  for (let i = output.length - 1; i >= 0; i--) {
    const head = output[i]!.parent?.path.head;
    const name = head && !head.isIndex ? head.name : null;
    if (name && !functionNames.has(name)) return name;
  }
  return null;
}
