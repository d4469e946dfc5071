import type { SectionIndex } from './changeSections.ts';

/** How many changes of each class a comparison has (old places of moves not counted); the CLI counts alike. */
export { classCounts } from '../../shared/compare/cliJson.ts';

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
