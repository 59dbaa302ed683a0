import { type EChartsCoreOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

// echarts' modular build: the core and the canvas renderer here (no SVG renderer, no full `echarts`),
// and each chart kind and component in its own chunk, loaded when an option uses it (issue 21: every
// lazy chunk ≤ 150 KB gzip; all of them in one chunk were 181 KB).
use([CanvasRenderer]);

const PARTS = {
  line: () => import('./chart-parts/line'),
  bar: () => import('./chart-parts/bar'),
  pie: () => import('./chart-parts/pie'),
  grid: () => import('./chart-parts/grid'),
  tooltip: () => import('./chart-parts/tooltip'),
  legend: () => import('./chart-parts/legend'),
};
type Part = keyof typeof PARTS;

export type ChartOption = EChartsCoreOption & {
  series: ({ type: 'line' | 'bar' | 'pie' } & Record<string, unknown>)[];
};

/** The chart kinds and components an option needs. */
export function partsOf(option: ChartOption): Part[] {
  const parts = new Set<Part>(option.series.map((s) => s.type));
  if (option.grid || option.xAxis || option.yAxis) parts.add('grid');
  if (option.tooltip) parts.add('tooltip');
  if (option.legend) parts.add('legend');
  return [...parts];
}

/** One ECharts canvas that follows its container's width; lazy-loaded with the dashboard's charts chunk. */
export default function Chart({
  option,
  height = 260,
  label,
}: {
  option: ChartOption;
  height?: number;
  label: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  // A chunk that fails to load fails like a lazy component: thrown to the nearest error boundary.
  const [failed, setFailed] = useState<unknown>(null);
  if (failed) throw failed;
  useEffect(() => {
    let gone = false;
    let dispose = () => {};
    Promise.all(partsOf(option).map((p) => PARTS[p]()))
      .then(() => {
        if (gone || !el.current) return;
        const chart = init(el.current, undefined, { renderer: 'canvas' });
        chart.setOption(option);
        const ro = new ResizeObserver(() => chart.resize());
        ro.observe(el.current);
        dispose = () => {
          ro.disconnect();
          chart.dispose();
        };
      })
      .catch((e: unknown) => {
        if (!gone) setFailed(e ?? new Error('chart'));
      });
    return () => {
      gone = true;
      dispose();
    };
  }, [option]);
  return <div ref={el} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
