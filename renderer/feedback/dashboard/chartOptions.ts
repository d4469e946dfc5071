/**
 * The dashboard's four charts as ECharts options, from the server's aggregates (feedback.dashboard)
 * and the labels the page gives; nothing here draws or fetches. Each bar and cell keeps the facet
 * value it stands for, so a click can open the table filtered to it (filterOfClick).
 */
import type { FeedbackStatus } from '../../../shared/feedback/model.ts';
import type { FacetEntry, FeedbackFilters } from '../../../shared/feedback/table/feedbackQuery.ts';
import type { ChartOption } from './echarts.ts';

export const BAR_COLOUR = '#a3161a';
const STATUS_COLOURS: Record<FeedbackStatus, string> = {
  new: '#8c8c8c', in_review: '#3f6fb5', accepted: '#1e7b34', partly_accepted: '#7aa33b', explained: '#b26a00', out_of_scope: '#5b4b8a',
};
/** The app's font (renderer/styles.css), named: ECharts measures labels with it to truncate them. */
const TEXT = { fontFamily: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif", color: '#1f1f1f' };
const LABEL_WIDTH = 210;

/** A chart element's data: the filter a click on it applies. */
interface Clickable {
  value: number | [number, number, number];
  filter: FeedbackFilters;
}

const aria = (description: string) => ({ aria: { enabled: true, label: { description } } });

/** Horizontal bars, one per entry in order (the first on top): comments by section. */
export function barsAcross(entries: FacetEntry[], labelOf: (e: FacetEntry) => string, filterOf: (e: FacetEntry) => FeedbackFilters, description: string): ChartOption {
  return {
    ...aria(description), textStyle: TEXT, tooltip: { trigger: 'item' },
    grid: { left: LABEL_WIDTH + 24, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: entries.map(labelOf), axisLabel: { width: LABEL_WIDTH, overflow: 'truncate' } },
    series: [{ type: 'bar', itemStyle: { color: BAR_COLOUR }, data: entries.map((e): Clickable => ({ value: e.count, filter: filterOf(e) })) }],
  };
}

/** Vertical bars, one per entry: comments by source level. */
export function barsUp(entries: FacetEntry[], labelOf: (e: FacetEntry) => string, filterOf: (e: FacetEntry) => FeedbackFilters, description: string): ChartOption {
  return {
    ...aria(description), textStyle: TEXT, tooltip: { trigger: 'item' },
    grid: { left: 48, right: 16, top: 16, bottom: 40 },
    xAxis: { type: 'category', data: entries.map(labelOf) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', itemStyle: { color: BAR_COLOUR }, barMaxWidth: 64, data: entries.map((e): Clickable => ({ value: e.count, filter: filterOf(e) })) }],
  };
}

/** Stacked bars per day received, a series per status: comments by status over time. */
export function statusByDay(byDay: { days: string[]; statuses: FeedbackStatus[]; counts: number[][] }, statusLabel: (s: FeedbackStatus) => string, description: string): ChartOption {
  return {
    ...aria(description), textStyle: TEXT, tooltip: { trigger: 'item' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: byDay.days },
    yAxis: { type: 'value', minInterval: 1 },
    series: byDay.statuses.map((status, s) => ({
      type: 'bar', name: statusLabel(status), stack: 'all', barMaxWidth: 64, itemStyle: { color: STATUS_COLOURS[status] },
      data: byDay.counts[s].map((count): Clickable => ({ value: count, filter: { status: [status] } })),
    })),
  };
}

/** Sections down, themes (the codebook's top-level codes) across, a cell's colour its count: where each theme is raised. */
export function sectionThemeHeat(
  heat: { sections: FacetEntry[]; themes: FacetEntry[]; cells: [number, number, number][] },
  sectionLabel: (e: FacetEntry) => string,
  themeLabel: (e: FacetEntry) => string,
  description: string,
): ChartOption {
  const max = Math.max(1, ...heat.cells.map(([, , count]) => count));
  return {
    ...aria(description), textStyle: TEXT, tooltip: { trigger: 'item' },
    grid: { left: LABEL_WIDTH + 24, right: 24, top: 8, bottom: 120 },
    xAxis: { type: 'category', data: heat.themes.map(themeLabel), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'category', inverse: true, data: heat.sections.map(sectionLabel), axisLabel: { width: LABEL_WIDTH, overflow: 'truncate' } },
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', right: 24, bottom: 0, itemHeight: 120, text: [String(max), '0'], inRange: { color: ['#fbeaea', BAR_COLOUR] } },
    series: [{
      type: 'heatmap', label: { show: true },
      data: heat.cells.map(([row, column, count]): Clickable => ({
        value: [column, row, count], filter: { section: [heat.sections[row].value], tag: [heat.themes[column].value] },
      })),
    }],
  };
}

/** The filter a clicked element stands for, or null (a click on an axis or empty space). */
export function filterOfClick(data: unknown): FeedbackFilters | null {
  const filter = (data as Partial<Clickable> | null)?.filter;
  return filter ?? null;
}
