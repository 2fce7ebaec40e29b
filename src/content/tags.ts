// Runtime reading of the tag strings inkjs hands over (`"speaker: Lena"`, `"indicator: a, b"`).
// Tolerant on purpose: validation against the taxonomy happens at compile time (validate.ts), so a
// story that got this far is known good; here an unknown key or an odd value is skipped, not thrown.
import type { ChoiceTags, DecisionKind, LineTags } from './types';

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

const decisionKinds: readonly DecisionKind[] = ['determination', 'referrals'];

export function isDecisionKind(value: string): value is DecisionKind {
  return (decisionKinds as readonly string[]).includes(value);
}

export function parseLineTags(raw: readonly string[]): LineTags {
  const tags: LineTags = { indicators: [] };
  for (const entry of raw) {
    const tag = parseTag(entry);
    if (!tag || tag.value === '') continue;
    switch (tag.key) {
      case 'speaker':
      case 'mood':
      case 'phase':
      case 'sfx':
      case 'ending':
        tags[tag.key] = tag.value;
        break;
      case 'indicator':
        for (const id of splitList(tag.value)) if (!tags.indicators.includes(id)) tags.indicators.push(id);
        break;
      case 'decide':
        if (isDecisionKind(tag.value)) tags.decide = tag.value;
        break;
      case 'agrees':
      case 'declines':
        tags[tag.key] = [...new Set([...(tags[tag.key] ?? []), ...splitList(tag.value)])];
        break;
      default:
        break;
    }
  }
  return tags;
}

export function parseChoiceTags(raw: readonly string[]): ChoiceTags {
  const tags: ChoiceTags = {};
  for (const entry of raw) {
    const tag = parseTag(entry);
    if (!tag || tag.value === '') continue;
    switch (tag.key) {
      case 'q':
      case 'hotspot':
      case 'critical':
        tags[tag.key] = tag.value;
        break;
      case 'rapport':
      case 'distress': {
        const amount = parseSignedInteger(tag.value);
        if (amount !== undefined) tags[tag.key] = amount;
        break;
      }
      default:
        break;
    }
  }
  return tags;
}
