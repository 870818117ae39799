import { useEffect, useRef } from 'react';

import type { ChartOption, RenderedChart } from './echarts-setup';

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, in words, for those who cannot see it: read out in its place. */
  summary: string;
}

/** An ECharts chart drawn as SVG; ECharts loads with the first chart, not with the page. */
export function Chart({ option, summary }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<RenderedChart | undefined>(undefined);
  // The option to draw once ECharts has loaded; later options go straight to the chart.
  const latest = useRef(option);

  useEffect(() => {
    let disposed = false;
    const onResize = () => chart.current?.resize();
    void import('./echarts-setup').then(({ renderChart }) => {
      if (disposed || !element.current) return;
      chart.current = renderChart(element.current, latest.current);
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    chart.current?.update(option);
  }, [option]);

  return <div ref={element} className="chart" role="img" aria-label={summary} />;
}
