// Lays the story graph out with dagre (a kept layered-graph layout library), in Node at report
// time, so the page itself needs no script: it is drawn as plain inline SVG.
import dagre from '@dagrejs/dagre';
import type { StoryGraph } from './storyGraph';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  choice: string;
  points: Array<{ x: number; y: number }>;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const NODE_HEIGHT = 36;
const CHAR_WIDTH = 7.5;

export function layoutGraph(graph: StoryGraph): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 50, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: Math.max(80, node.id.length * CHAR_WIDTH + 24), height: NODE_HEIGHT });
  graph.edges.forEach((edge, index) => g.setEdge(edge.from, edge.to, {}, `e${index}`));
  dagre.layout(g);
  const nodes = graph.nodes.map((node) => {
    const placed = g.node(node.id);
    return { id: node.id, x: placed.x, y: placed.y, width: placed.width, height: placed.height };
  });
  const edges = graph.edges.map((edge, index) => ({
    from: edge.from,
    to: edge.to,
    choice: edge.choice,
    points: (g.edge({ v: edge.from, w: edge.to, name: `e${index}` })?.points ?? []).map((point: { x: number; y: number }) => ({ x: point.x, y: point.y })),
  }));
  const size = g.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
