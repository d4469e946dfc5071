import { FEEDBACK_STATUSES, type FeedbackStatus } from '../../../shared/feedback/model.ts';
import { type FacetEntry, FEEDBACK_DIMENSIONS, type FeedbackFilters } from '../../../shared/feedback/table/feedbackQuery.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import type { FeedbackIndex } from './FeedbackIndex.ts';
import { feedbackIndexOf } from './feedbackIndexOf.ts';

export interface FeedbackDashboard {
  total: number;
  bySection: FacetEntry[];
  byLevel: FacetEntry[];
  byDay: { days: string[]; statuses: FeedbackStatus[]; counts: number[][] };
  heat: { sections: FacetEntry[]; themes: FacetEntry[]; cells: [number, number, number][] };
}

/** Per index, the last dashboard worked out: its filters and the index's version then. */
const last = new WeakMap<FeedbackIndex, { version: number; key: string; dashboard: FeedbackDashboard }>();

/**
 * The dashboard's aggregates over the items that pass `filters`, in one pass over the index
 * (kept until the index changes: opening the dashboard again on the same items costs nothing):
 * per section, per source level, per day received and status, and sections × themes — the
 * codebook's top-level codes, an item counted under each it has or has a child of, and '' for
 * the untagged (the tag filter of a cell keeps the same items: a parent covers its children).
 */
export function feedbackDashboard(store: WorkspaceStore, filters: FeedbackFilters): FeedbackDashboard {
  const index = feedbackIndexOf(store);
  const key = JSON.stringify(FEEDBACK_DIMENSIONS.map((dim) => [...(filters[dim] ?? [])].sort()));
  const kept = last.get(index);
  if (kept && kept.version === index.version && kept.key === key) return kept.dashboard;
  const dashboard = aggregate(index, filters);
  last.set(index, { version: index.version, key, dashboard });
  return dashboard;
}

function aggregate(index: FeedbackIndex, filters: FeedbackFilters): FeedbackDashboard {
  const matched = index.match(filters, '');
  const sections = new Int32Array(index.dictionary('section').length);
  const levels = new Int32Array(index.dictionary('level').length);
  const tagValues = index.dictionary('tag');
  // Whether a tag code is a theme: top-level or '' (untagged); a child is not, its parent is among the item's codes too.
  const isTheme = tagValues.map((value) => value === '' || index.isTopLevelTag(value));
  const themes = new Int32Array(tagValues.length);
  const statusValues = index.dictionary('status');
  const themeCount = themes.length;
  const heat = new Map<number, number>();
  const perDay = new Map<string, Int32Array>();
  index.forEachMatched(matched, (entry, codes) => {
    sections[codes.section]++;
    levels[codes.level]++;
    for (const tag of codes.tags) {
      if (!isTheme[tag]) continue;
      themes[tag]++;
      const cell = codes.section * themeCount + tag;
      heat.set(cell, (heat.get(cell) ?? 0) + 1);
    }
    const day = entry.createdAt.slice(0, 10);
    let counts = perDay.get(day);
    if (!counts) perDay.set(day, (counts = new Int32Array(statusValues.length)));
    counts[codes.status]++;
  });
  const bySection = index.entriesOf('section', sections);
  const themeEntries = index.entriesOf('tag', themes).filter((e) => e.value === '' ? e.count > 0 : index.isTopLevelTag(e.value));
  const sectionRow = new Map(bySection.map((e, i) => [e.value, i]));
  const themeColumn = new Map(themeEntries.map((e, i) => [e.value, i]));
  const sectionValues = index.dictionary('section');
  const themeValues = tagValues;
  const cells: [number, number, number][] = [];
  for (const [cell, count] of heat) {
    const row = sectionRow.get(sectionValues[Math.floor(cell / themeCount)]);
    const column = themeColumn.get(themeValues[cell % themeCount]);
    if (row !== undefined && column !== undefined) cells.push([row, column, count]);
  }
  const days = [...perDay.keys()].sort();
  const statusAt = new Map(statusValues.map((s, code) => [s, code]));
  return {
    total: matched.total,
    bySection,
    byLevel: index.entriesOf('level', levels),
    byDay: { days, statuses: [...FEEDBACK_STATUSES], counts: FEEDBACK_STATUSES.map((s) => days.map((d) => perDay.get(d)![statusAt.get(s)!])) },
    heat: { sections: bySection, themes: themeEntries, cells: cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]) },
  };
}
