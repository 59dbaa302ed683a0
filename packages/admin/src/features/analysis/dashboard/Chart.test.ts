import { describe, expect, it } from 'vitest';
import { partsOf } from './Chart';

describe('Chart: only the echarts parts an option uses are loaded', () => {
  it('a pie with a tooltip needs no grid, legend, line or bar', () => {
    expect(partsOf({ tooltip: { trigger: 'item' }, series: [{ type: 'pie' }] }).sort()).toEqual(['pie', 'tooltip']);
  });

  it('a line chart with axes, a legend and a tooltip', () => {
    expect(
      partsOf({
        tooltip: { trigger: 'axis' },
        legend: {},
        xAxis: { type: 'category' },
        yAxis: { type: 'value' },
        series: [{ type: 'line' }, { type: 'line' }],
      }).sort(),
    ).toEqual(['grid', 'legend', 'line', 'tooltip']);
  });
});
