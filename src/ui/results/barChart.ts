// A bar chart drawn by Chartist (SVG, about 7.6 kB gzip, imported by the results page only) and
// always paired with a data table: the chart is one image with a text summary for screen readers,
// the table beside it carries every number, so nothing is available only as a picture.
import { BarChart } from 'chartist';
import 'chartist/dist/index.css';
import { h } from '../dom';

export interface BarData {
  /** One label per bar, as in the table's first column. */
  labels: string[];
  values: number[];
}

export interface ChartTableProps {
  /** The table's caption and the chart's accessible name. */
  title: string;
  /** Headers of the table's two columns. */
  labelHeader: string;
  valueHeader: string;
  data: BarData;
  /** Horizontal bars read better for long labels (indicator and referral names). */
  horizontal?: boolean;
  /** How a value is written in the table and the summary, e.g. as a percentage. */
  format?: (value: number) => string;
}

export function chartWithTable(props: ChartTableProps): HTMLElement {
  const format = props.format ?? String;
  const summary = props.data.labels.map((label, i) => `${label}: ${format(props.data.values[i] ?? 0)}`).join('; ');
  const chart = h('div', { className: 'chart', attrs: { role: 'img', 'aria-label': `${props.title}. ${summary || 'No data.'}` } });
  const table = h(
    'table',
    { className: 'data-table' },
    h('caption', {}, props.title),
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, props.labelHeader), h('th', { attrs: { scope: 'col' } }, props.valueHeader))),
    h(
      'tbody',
      {},
      ...props.data.labels.map((label, i) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, label), h('td', {}, format(props.data.values[i] ?? 0)))),
    ),
  );
  const figure = h('figure', { className: 'chart-figure' }, chart, table);
  if (props.data.labels.length > 0) {
    const height = props.horizontal ? Math.max(160, props.data.labels.length * 28 + 40) : 240;
    new BarChart(
      chart,
      { labels: props.data.labels, series: [props.data.values] },
      {
        horizontalBars: props.horizontal ?? false,
        reverseData: props.horizontal ?? false,
        height: `${height}px`,
        axisX: { onlyInteger: true },
        axisY: { onlyInteger: true, offset: props.horizontal ? 180 : 40 },
      },
    );
  }
  return figure;
}
