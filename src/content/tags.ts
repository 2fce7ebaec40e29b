// Runtime reading of the tag strings inkjs hands over (`"speaker: Lena"`, `"indicator: a, b"`).
// Which keys exist, where and of what kind comes from the vocabulary (tagVocabulary.ts).
// Tolerant on purpose: validation against the taxonomy happens at compile time (validateTags.ts), so a
// story that got this far is known good; here an unknown key or an odd value is skipped, not thrown.
import type { ChoiceTags, DecisionKind, LineTags } from './types';
import { DECISION_KINDS, keysAt, TAG_VOCABULARY, tagSpec, type TagPosition, type TagSpec } from './tagVocabulary';

export interface Tag {
  key: string;
  value: string;
}

/**
 * Splits `key: value` into its parts (both trimmed). A tag without a colon, or with an empty key,
 * is not a Threshold tag: null. A leading `#` (some hosts keep it) is dropped.
 */
export function parseTag(raw: string): Tag | null {
  const text = raw.trim().replace(/^#\s*/, '');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const key = text.slice(0, colon).trim();
  if (key === '') return null;
  return { key, value: text.slice(colon + 1).trim() };
}

/** Comma-separated list of ids, blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A signed whole number such as `+1`, `-2` or `3`; anything else is undefined. */
export function parseSignedInteger(value: string): number | undefined {
  return /^[+-]?\d+$/.test(value.trim()) ? Number.parseInt(value.trim(), 10) : undefined;
}

export function isDecisionKind(value: string): value is DecisionKind {
  return (DECISION_KINDS as readonly string[]).includes(value);
}

/**
 * A tag's value as the vocabulary says it is parsed (tagVocabulary.ts): a number, one of a fixed
 * set, a list of ids, or text; undefined when it is not a value of that kind.
 */
function parsedValue(spec: TagSpec, value: string): string | number | string[] | undefined {
  switch (spec.value.kind) {
    case 'signedInteger':
      return parseSignedInteger(value);
    case 'choice':
      return spec.value.values.includes(value) ? value : undefined;
    case 'taxonomyIds':
    case 'snakeIds':
      return splitList(value);
    default:
      return value;
  }
}

/** Reads the tags of one position into a record: list keys accumulate under their plural name. */
function parseTagsAt(position: TagPosition, raw: readonly string[], into: Record<string, unknown>): void {
  for (const entry of raw) {
    const tag = parseTag(entry);
    if (!tag || tag.value === '') continue;
    const spec = tagSpec(tag.key);
    if (!spec || spec.position !== position) continue;
    const value = parsedValue(spec, tag.value);
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const list = (into[spec.list?.field ?? tag.key] ??= []) as string[];
      for (const id of value) if (!list.includes(id)) list.push(id);
    } else {
      into[tag.key] = value;
    }
  }
}

/** The list fields always present at each position (read from the vocabulary once: every line of a playthrough asks). */
const alwaysListFields = new Map<TagPosition, readonly string[]>();

/** The list fields that are always present at a position, empty. */
function emptyListsAt(position: TagPosition): Record<string, string[]> {
  let fields = alwaysListFields.get(position);
  if (fields === undefined) {
    fields = keysAt(position).flatMap((key) => {
      const list = (TAG_VOCABULARY[key] as TagSpec).list;
      return list?.always ? [list.field] : [];
    });
    alwaysListFields.set(position, fields);
  }
  const tags: Record<string, string[]> = {};
  for (const field of fields) tags[field] = [];
  return tags;
}

export function parseLineTags(raw: readonly string[]): LineTags {
  const tags = emptyListsAt('line');
  parseTagsAt('line', raw, tags);
  return tags as unknown as LineTags;
}

export function parseChoiceTags(raw: readonly string[]): ChoiceTags {
  const tags = emptyListsAt('choice');
  parseTagsAt('choice', raw, tags);
  return tags as ChoiceTags;
}
