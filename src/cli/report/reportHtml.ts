// The story report as one self-contained HTML page: inline CSS and SVG, no script, no request to
// anywhere, so it opens from disk or an e-mail attachment. Every piece of story text is escaped:
// story text is text, never HTML.
import type { Diagnostic } from '../../content/types';
import { formatDiagnostic } from '../../content/types';
import type { ExploreReport, PathStep } from '../../engine/explore/explore';
import type { GraphLayout } from './layout';

export interface ReportData {
  id: string;
  title: string;
  source: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** null when the story does not compile (nothing could be explored). */
  exploration: ExploreReport | null;
  layout: GraphLayout;
  /** Nodes (knots, stitches) on the best path. */
  bestNodes: ReadonlySet<string>;
  /** Choice texts on the best path. */
  bestChoices: ReadonlySet<string>;
  indicators: Array<{ id: string; count: number }>;
  questionTypes: Array<{ id: string; valence: string; count: number }>;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const list = (items: readonly string[], empty: string) =>
  items.length === 0 ? `<p class="none">${escapeHtml(empty)}</p>` : `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;

function stepText(step: PathStep): string {
  switch (step.kind) {
    case 'choice':
      return `choose “${step.text}”${step.q ? ` [${step.q}]` : ''}`;
    case 'flags':
      return `flag ${step.indicators.join(', ')}`;
    case 'determination':
      return `determination: ${step.determination}`;
    case 'referrals':
      return `referrals: ${step.referrals.join(', ') || '(none)'}`;
  }
}

function graphSvg(data: ReportData): string {
  const { layout } = data;
  const edges = layout.edges
    .map((edge) => {
      const best = data.bestNodes.has(edge.from) && data.bestNodes.has(edge.to) && (edge.choice === '' || data.bestChoices.has(edge.choice));
      const points = edge.points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
      const title = edge.choice ? `<title>${escapeHtml(`${edge.from} → ${edge.to}: ${edge.choice}`)}</title>` : `<title>${escapeHtml(`${edge.from} → ${edge.to}`)}</title>`;
      return `<polyline class="edge${best ? ' best' : ''}${edge.choice ? ' choice' : ''}" points="${points}" marker-end="url(#arrow)">${title}</polyline>`;
    })
    .join('\n');
  const nodes = layout.nodes
    .map((node) => {
      const best = data.bestNodes.has(node.id);
      const unreachable = data.exploration?.unreachableKnots.includes(node.id) ?? false;
      return `<g class="node${best ? ' best' : ''}${unreachable ? ' unreachable' : ''}"><rect x="${(node.x - node.width / 2).toFixed(1)}" y="${(node.y - node.height / 2).toFixed(1)}" width="${node.width.toFixed(1)}" height="${node.height.toFixed(1)}" rx="6"/><text x="${node.x.toFixed(1)}" y="${(node.y + 5).toFixed(1)}">${escapeHtml(node.id)}</text></g>`;
    })
    .join('\n');
  return `<svg role="img" aria-labelledby="graph-title" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" xmlns="http://www.w3.org/2000/svg">
<title id="graph-title">Knots of ${escapeHtml(data.title)} and the choices between them; the best path is drawn in green</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>
${edges}
${nodes}
</svg>`;
}

function findings(report: ExploreReport | null): string {
  if (!report) return '<p class="none">The story does not compile, so it was not explored: fix the errors above first.</p>';
  const scores = (label: string, value: ExploreReport['min']) =>
    value ? `<tr><th scope="row">${label}</th><td>${value.identification}</td><td>${value.questioning}</td><td>${value.referral}</td><td>${value.overall}</td></tr>` : '';
  return `<p>${report.states} distinct points explored${report.truncated ? ' — <strong>cut short at its budget: what follows is not proven</strong>' : ', every path followed'}.</p>
<h3>Endings</h3>${list(report.endings, 'No ending is reached.')}
<h3>Dead ends</h3>${list(report.deadEnds.map((end) => `${end.knot ?? '?'}: ${end.reason}`), 'None: every path reaches an ending.')}
<h3>Knots never reached</h3>${list(report.unreachableKnots, 'None.')}
<h3>Indicators tagged but never shown</h3>${list(report.indicatorsNeverShown, 'None.')}
<h3>Scores per competency</h3>${
    report.min || report.max
      ? `<table><thead><tr><th></th><th scope="col">identification</th><th scope="col">questioning</th><th scope="col">referral</th><th scope="col">overall</th></tr></thead><tbody>${scores('lowest', report.min)}${scores('highest', report.max)}</tbody></table>`
      : '<p class="none">Unscored story (no answer key).</p>'
  }
<h3>A best path</h3>${report.bestPath ? `<ol>${report.bestPath.map((step) => `<li>${escapeHtml(stepText(step))}</li>`).join('')}</ol>` : '<p class="none">None.</p>'}`;
}

export function reportHtml(data: ReportData): string {
  const problems = [...data.errors, ...data.warnings].map(formatDiagnostic);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Story report: ${escapeHtml(data.title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 80rem; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ccc; }
.none { color: #555; } .error { color: #a00000; } .warning { color: #7a5200; }
table { border-collapse: collapse; } th, td { padding: 0.2rem 0.8rem; border: 1px solid #ccc; text-align: right; }
.graph { overflow: auto; border: 1px solid #ccc; }
.node rect { fill: #f3f3f3; stroke: #444; } .node text { font: 12px monospace; text-anchor: middle; fill: #1b1b1b; }
.node.best rect { fill: #dff3e4; stroke: #1a7f37; stroke-width: 2.5; } .node.unreachable rect { stroke-dasharray: 4 3; fill: #fff4f4; }
.edge { fill: none; stroke: #888; stroke-width: 1.2; } .edge.choice { stroke: #555; } .edge.best { stroke: #1a7f37; stroke-width: 3; }
marker path { fill: #666; }
</style>
</head>
<body>
<h1>Story report: ${escapeHtml(data.title)}</h1>
<p><code>${escapeHtml(data.source)}</code> (id <code>${escapeHtml(data.id)}</code>).</p>
<h2>Errors and warnings</h2>
${problems.length === 0 ? '<p class="none">No errors and no warnings.</p>' : `<ul>${[...data.errors.map((d) => ['error', d] as const), ...data.warnings.map((d) => ['warning', d] as const)].map(([kind, d]) => `<li class="${kind}">${escapeHtml(formatDiagnostic(d))}</li>`).join('')}</ul>`}
<h2>Graph of knots and choices</h2>
<p>Each box is a knot or stitch; each arrow a divert, labelled (hover) with the choice that takes it. Green: the best path the explorer found; dashed: never reached.</p>
<div class="graph">${graphSvg(data)}</div>
<h2>What the explorer found</h2>
${findings(data.exploration)}
<h2>Indicators tagged</h2>
${list(data.indicators.map((entry) => `${entry.id} (${entry.count} line${entry.count === 1 ? '' : 's'})`), 'No indicator is tagged.')}
<h2>Question types used</h2>
${list(data.questionTypes.map((entry) => `${entry.id}: ${entry.valence} (${entry.count} choice${entry.count === 1 ? '' : 's'})`), 'No choice carries a q tag.')}
</body>
</html>
`;
}
