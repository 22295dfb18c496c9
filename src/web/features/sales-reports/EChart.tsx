import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  FunnelChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** Where a click on a chart landed: the category's index and the series' index. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
}

/**
 * One chart, drawn by Apache ECharts on a canvas; `label` names it for screen readers. `onClick`
 * (a bar, a slice, a point) turns the pointer into a hand over what can be clicked.
 */
export function EChart({
  option,
  label,
  height = 260,
  onClick,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  onClick?: (click: ChartClick) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const clicked = useRef(onClick);
  clicked.current = onClick;
  useEffect(() => {
    const chart = echarts.init(element.current);
    chart.setOption(option);
    chart.on('click', (params) => clicked.current?.(params as ChartClick));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    const observer = new ResizeObserver(resize);
    if (element.current) observer.observe(element.current);
    return () => {
      window.removeEventListener('resize', resize);
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
