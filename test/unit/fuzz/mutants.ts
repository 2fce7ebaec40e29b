// Seeded broken variants of the shipped stories, the way a trainer's typing breaks them: lines
// deleted, doubled or swapped, a character of Ink syntax dropped in, the file cut short, and a few
// known traps (a loop or recursion that prints nothing, a modulo by zero, an EXTERNAL with no
// fallback, a weight of 0, deep nesting, bytes that are not text).
import { createRandom, type Random } from '../../../src/engine/random';

export interface Mutant {
  seed: number;
  file: string;
  /** What was done, for a failing test's message. */
  mutation: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const syntax = ['{', '}', '[', ']', '(', ')', '->', '<-', '*', '+', '-', '=', '==', '===', '~', '#', '|', ':', '"', '\\', '/*', '//', '<>', 'VAR ', 'INCLUDE ', 'LIST '];

const snippets = [
  '-> runaway\n=== runaway ===\n~ temp n = 1\n-> runaway\n',
  '~ runaway_fn(1)\n=== function runaway_fn(n) ===\n~ return runaway_fn(n + 1)\n',
  '-> tunnel_a\n=== tunnel_a ===\n-> tunnel_b ->\n->->\n=== tunnel_b ===\n-> tunnel_a ->\n->->\n',
  '~ temp broken_maths = 5 % 0\nValue {broken_maths}.\n',
  'EXTERNAL no_fallback(x)\n~ no_fallback(1)\n',
  '# weight_referral: 0\n',
  '# weight_questioning: 1' + '9'.repeat(400) + '\n',
  `${'('.repeat(300)}1${')'.repeat(300)}\n`,
  `{${'{'.repeat(250)}x${'}'.repeat(250)}}\n`,
  'INCLUDE ../../outside.ink\n',
  '# indicator: not_an_indicator\n',
];

type Mutation = (lines: string[], random: Random) => string;

const mutations: Record<string, Mutation> = {
  'delete a line': (lines, r) => lines.filter((_, i) => i !== r.int(lines.length)).join('\n'),
  'double a line': (lines, r) => {
    const i = r.int(lines.length);
    return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\n');
  },
  'swap two lines': (lines, r) => {
    const copy = [...lines];
    const a = r.int(copy.length);
    const b = r.int(copy.length);
    [copy[a], copy[b]] = [copy[b]!, copy[a]!];
    return copy.join('\n');
  },
  'insert syntax': (lines, r) => {
    const i = r.int(lines.length);
    const line = lines[i]!;
    const at = r.int(line.length + 1);
    const copy = [...lines];
    copy[i] = line.slice(0, at) + r.pick(syntax) + line.slice(at);
    return copy.join('\n');
  },
  'cut short': (lines, r) => lines.slice(0, r.int(lines.length)).join('\n'),
  'insert a trap': (lines, r) => {
    const i = r.int(lines.length);
    return [...lines.slice(0, i), r.pick(snippets), ...lines.slice(i)].join('\n');
  },
};

function bytesMutant(text: string, r: Random): { mutation: string; bytes: Uint8Array } {
  const bytes = encoder.encode(text);
  switch (r.int(3)) {
    case 0: {
      const copy = new Uint8Array(bytes);
      copy[r.int(copy.length)] = 0xff;
      return { mutation: 'an invalid UTF-8 byte', bytes: copy };
    }
    case 1:
      return { mutation: 'NUL bytes only', bytes: new Uint8Array(1 + r.int(64)) };
    default: {
      const copy = new Uint8Array(bytes);
      for (let k = 0; k < 8; k++) copy[r.int(copy.length)] = r.int(32);
      return { mutation: 'control bytes', bytes: copy };
    }
  }
}

/** `count` mutants of the given files (path -> text), the same for the same seed. */
export function mutants(files: Readonly<Record<string, string>>, count: number, seed: number): Mutant[] {
  const random = createRandom(seed);
  const paths = Object.keys(files).sort();
  const names = Object.keys(mutations);
  const out: Mutant[] = [];
  for (let n = 0; n < count; n++) {
    const file = random.pick(paths);
    const text = files[file]!;
    if (random.chance(0.08)) {
      out.push({ seed: n, file, ...bytesMutant(text, random) });
      continue;
    }
    const lines = text.split('\n');
    const applied: string[] = [];
    let current = lines;
    for (let k = 0, times = 1 + random.int(3); k < times; k++) {
      const name = random.pick(names);
      applied.push(name);
      current = mutations[name]!(current, random).split('\n');
    }
    out.push({ seed: n, file, mutation: applied.join(', '), bytes: encoder.encode(current.join('\n')) });
  }
  return out;
}
