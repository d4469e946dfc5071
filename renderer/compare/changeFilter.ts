import type { Change } from '../../shared/compare/types.ts';
import type { SectionIndex } from './changeSections.ts';

/** What the reviewer chose to see among the changes. */
export interface ChangeFilter {
  /** Hide edits that only change tone-mark placement, case, punctuation or spacing. */
  hideMinor: boolean;
  /** Hide edits that only add or remove bold, italic or underline. */
  hideFormatting: boolean;
  onlyTargets: boolean;
  /** Index into the section list, or null for every section. */
  section: number | null;
}

/** Orthography-only, punctuation-only and formatting-only edits are hidden until asked for. */
export const DEFAULT_FILTER: ChangeFilter = { hideMinor: true, hideFormatting: true, onlyTargets: false, section: null };

/** An edit of wording that only a proofreader cares about. Moves, splits and merges are never minor. */
export function isMinor(change: Change): boolean {
  return change.op === 'modified' && (change.class === 'orthography' || change.class === 'punctuation');
}

/** An edit of bold, italic or underline only. A change of block type or level (structure) is never hidden. */
export function isFormattingOnly(change: Change): boolean {
  return change.op === 'modified' && change.class === 'formatting';
}

function touchesTarget(change: Change): boolean {
  return change.left?.type === 'target' || change.right?.type === 'target' || !!change.parts?.some((p) => p.type === 'target');
}

/**
 * A row the navigator stops at: not equal, and not the old place of a moved block (its new place
 * is the change, counted once as in the stats).
 */
export function isNavigable(change: Change): boolean {
  return change.op !== 'equal' && change.moveTo === undefined;
}

/** Whether row i is a change the filter lets through. */
export function passesFilter(change: Change, i: number, filter: ChangeFilter, index: SectionIndex): boolean {
  if (!isNavigable(change)) return false;
  if (filter.hideMinor && isMinor(change)) return false;
  if (filter.hideFormatting && isFormattingOnly(change)) return false;
  if (filter.onlyTargets && !touchesTarget(change)) return false;
  if (filter.section !== null && index.sectionOf[i] !== filter.section) return false;
  return true;
}

/** The indices of the rows the navigator visits, in reading order. */
export function visibleChanges(changes: readonly Change[], filter: ChangeFilter, index: SectionIndex): number[] {
  const out: number[] = [];
  changes.forEach((change, i) => {
    if (passesFilter(change, i, filter, index)) out.push(i);
  });
  return out;
}

/** How many changes the "hide" filters keep out of the list, and why: what the list says it hides. */
export interface HiddenChanges {
  /** Orthography or punctuation only (hideMinor). */
  minor: number;
  /** Bold, italic or underline only (hideFormatting). */
  formatting: number;
}

/** The changes that the other filters (section, targets) let through but hideMinor/hideFormatting hide. */
export function hiddenChanges(changes: readonly Change[], filter: ChangeFilter, index: SectionIndex): HiddenChanges {
  const hidden: HiddenChanges = { minor: 0, formatting: 0 };
  if (!filter.hideMinor && !filter.hideFormatting) return hidden;
  const open = { ...filter, hideMinor: false, hideFormatting: false };
  changes.forEach((change, i) => {
    if (!passesFilter(change, i, open, index)) return;
    if (filter.hideMinor && isMinor(change)) hidden.minor++;
    else if (filter.hideFormatting && isFormattingOnly(change)) hidden.formatting++;
  });
  return hidden;
}
