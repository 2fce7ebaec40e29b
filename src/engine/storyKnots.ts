// The knots of a compiled story that author mode's "jump to knot" list offers: every top-level
// named container of the story JSON (a knot, in the order the compiler wrote them) except the
// compiler's own `global decl`, the knots the story calls as functions and the tunnels (a knot that
// returns with `->->`) and functions (`~ return`), which cannot be played as a place in the story:
// they return to whoever called them, and a jump has no caller.
import { calledFunctionNames } from './runner/storyOutput';

export function storyKnots(storyJson: string): string[] {
  const parsed = JSON.parse(storyJson) as { root?: unknown };
  const root = Array.isArray(parsed.root) ? parsed.root : [];
  const named = root[root.length - 1];
  if (named === null || typeof named !== 'object' || Array.isArray(named)) return [];
  const functions = calledFunctionNames(storyJson);
  return Object.entries(named)
    .filter(([name, value]) => Array.isArray(value) && name !== 'global decl' && !functions.has(name) && !returns(value))
    .map(([name]) => name);
}

/** The container returns to a caller: it holds a tunnel return (`->->`) or a function return (`~ret`). */
function returns(container: unknown): boolean {
  const text = JSON.stringify(container);
  return text.includes('"->->"') || text.includes('"~ret"');
}
