// Plain-JSON helpers shared by replay (a rebuilt log against the logged one), verify (a stored
// result against the recomputed one) and restore (a saved snapshot against the replayed one).

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `list` starts with `prefix`: the same items as JSON (key order aside), in order. */
export function isJsonPrefix(prefix: readonly unknown[], list: readonly unknown[]): boolean {
  return prefix.length <= list.length && prefix.every((item, index) => firstDifference(item, list[index]) === null);
}

/** Where two JSON values first differ. */
export interface JsonDifference {
  /** The place, as `root.key[2].field` (starting from the path given). */
  path: string;
  /** The values there; `undefined` where one side has nothing at that place. */
  left: unknown;
  right: unknown;
  /** The right-hand values on the way down, outermost first (callers read context from them). */
  rightTrail: readonly unknown[];
}

/**
 * The first place (depth first, keys in order of appearance) where `left` and `right` differ, or
 * null when they are equal as JSON. Arrays are compared item by item, objects key by key.
 */
export function firstDifference(left: unknown, right: unknown, path = ''): JsonDifference | null {
  return differenceAt(left, right, path, []);
}

function differenceAt(left: unknown, right: unknown, path: string, trail: unknown[]): JsonDifference | null {
  if (Array.isArray(left) && Array.isArray(right)) {
    const inner = [...trail, right];
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const found = differenceAt(left[i], right[i], `${path}[${i}]`, inner);
      if (found) return found;
    }
    return null;
  }
  if (isRecord(left) && isRecord(right)) {
    const inner = [...trail, right];
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      const found = differenceAt(left[key], right[key], path ? `${path}.${key}` : key, inner);
      if (found) return found;
    }
    return null;
  }
  // ===, not Object.is: a file may write 0 as -0, and as JSON it is the same number.
  return left === right ? null : { path, left, right, rightTrail: trail };
}

/** A value for a message: JSON, cut at `max` characters; "nothing" for undefined. */
export function showJson(value: unknown, max = 80): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
