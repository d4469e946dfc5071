import type { Change, ChangeClass } from '../../shared/compare/types.ts';
import type { SectionIndex } from './changeSections.ts';

/** One group of the change list: a section (or the rows before any, section -1) and its changes. */
export interface ChangeGroup {
  section: number;
  rows: number[];
}

/** The visible changes grouped by section, in reading order. */
export function groupBySection(visible: readonly number[], index: SectionIndex): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  for (const row of visible) {
    const section = index.sectionOf[row];
    const last = groups[groups.length - 1];
    if (last && last.section === section) last.rows.push(row);
    else groups.push({ section, rows: [row] });
  }
  return groups;
}

/** How many changes of each class a comparison has (old places of moves not counted). */
export function classCounts(changes: readonly Change[]): Record<ChangeClass, number> {
  const counts: Record<ChangeClass, number> = { substantive: 0, number: 0, punctuation: 0, orthography: 0 };
  for (const c of changes) if (c.class && c.op !== 'equal' && c.moveTo === undefined) counts[c.class]++;
  return counts;
}
