/**
 * ECharts with only the parts the overview draws (lines, radar, bars; SVG renderer), so the chunk
 * stays small. Loaded on demand by {@link Chart}; tests replace this module (jsdom cannot lay out charts).
 */
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { init, use as install, type ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, RadarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

install([LineChart, RadarChart, BarChart, GridComponent, TooltipComponent, LegendComponent, RadarComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  LineSeriesOption | RadarSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | RadarComponentOption | TooltipComponentOption
>;

export interface RenderedChart {
  update(option: ChartOption): void;
  resize(): void;
  dispose(): void;
}

export function renderChart(element: HTMLElement, option: ChartOption): RenderedChart {
  // Numbers reach the chart already formatted for the reader's locale (the option's formatters).
  const chart = init(element, undefined, { renderer: 'svg' });
  chart.setOption(option);
  return {
    update: (next) => chart.setOption(next, { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
