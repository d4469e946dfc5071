/**
 * ECharts with only what the dashboard draws (bar and heat map charts, their grid, tooltip,
 * legend, visual map and ARIA description, the SVG renderer), so the bundle carries none of the
 * rest. SVG rather than canvas: a few hundred shapes at most, sharp at any zoom, and each bar
 * and cell is an element (for screen readers' descriptions and for the e2e test's clicks).
 */
import { BarChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

export { echarts };
export type { ECElementEvent, EChartsCoreOption as ChartOption } from 'echarts/core';
