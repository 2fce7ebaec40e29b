// The graph a story report draws: one node per knot and stitch, one edge per divert out of it,
// labelled with the choice that leads there when the divert sits in a choice. Read from the
// sources as written (so it also draws a story that does not compile yet) with each node's line.
import type { SourceFile } from '../../content/includes';
import { splitLines, stripComments } from '../../content/sourceText';

export interface GraphNode {
  /** `knot` or `knot.stitch`, as Ink names it. */
  id: string;
  file: string;
  line: number;
  isFunction: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** The choice's text when the divert is inside a choice; empty for a plain divert. */
  choice: string;
  line: number;
}

export interface StoryGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Where the story starts (content before the first knot). */
export const START_NODE = '(start)';

const knotHeader = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/;
const stitchHeader = /^\s*=\s*([A-Za-z_]\w*)\s*$/;
const choiceStart = /^\s*(?:[*+]\s*)+/;
const gatherStart = /^\s*(?:-\s*)+(?!>)/;
const divert = /->\s*([A-Za-z_][\w.]*)/g;

function choiceLabel(text: string): string {
  const afterMarks = text.replace(choiceStart, '').replace(/^\([\w]+\)\s*/, '').replace(/^(?:\{[^}]*\}\s*)+/, '');
  return afterMarks.replace(/#.*$/, '').replace(/->.*$/, '').replace(/[[\]]/g, '').trim().slice(0, 80);
}

export function storyGraph(files: readonly SourceFile[]): StoryGraph {
  const nodes: GraphNode[] = [];
  const raw: Array<{ from: string; target: string; choice: string; line: number; knot: string | null }> = [];
  for (const [fileIndex, file] of files.entries()) {
    let knot: string | null = null;
    let current: string | null = fileIndex === 0 ? START_NODE : null;
    if (fileIndex === 0) nodes.push({ id: START_NODE, file: file.path, line: 1, isFunction: false });
    let choice = '';
    splitLines(stripComments(file.text)).forEach((text, index) => {
      const knotMatch = knotHeader.exec(text);
      if (knotMatch) {
        knot = knotMatch[2]!;
        current = knot;
        choice = '';
        nodes.push({ id: knot, file: file.path, line: index + 1, isFunction: knotMatch[1] !== undefined });
        return;
      }
      const stitchMatch = stitchHeader.exec(text);
      if (stitchMatch && knot) {
        current = `${knot}.${stitchMatch[1]}`;
        choice = '';
        nodes.push({ id: current, file: file.path, line: index + 1, isFunction: false });
        return;
      }
      if (choiceStart.test(text)) choice = choiceLabel(text);
      else if (gatherStart.test(text)) choice = '';
      if (!current) return;
      for (const match of text.replace(/#.*$/, '').matchAll(divert)) {
        raw.push({ from: current, target: match[1]!, choice, line: index + 1, knot });
      }
    });
  }
  const ids = new Set(nodes.map((node) => node.id));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const edge of raw) {
    // `-> name` inside a knot is its own stitch if it has one, else a knot; labels and END are not nodes.
    const to = edge.knot && ids.has(`${edge.knot}.${edge.target}`) ? `${edge.knot}.${edge.target}` : ids.has(edge.target) ? edge.target : null;
    if (!to || to === edge.from) continue;
    const key = `${edge.from}\0${to}\0${edge.choice}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ from: edge.from, to, choice: edge.choice, line: edge.line });
  }
  // Functions are called, not travelled to: leave them (and edges to them) out of the map.
  const functions = new Set(nodes.filter((node) => node.isFunction).map((node) => node.id));
  return { nodes: nodes.filter((node) => !node.isFunction), edges: edges.filter((edge) => !functions.has(edge.to) && !functions.has(edge.from)) };
}
