import { OUTLINE_TYPES } from '../../shared/document/blockTypes.ts';
import type { BlockRef, Change } from '../../shared/compare/types.ts';
import { numberLabel } from '../../shared/numbering/numberLabel.ts';

/** A part, section or heading row of a comparison: the rows below it up to the next one belong to it. */
export interface SectionRef {
  /** Index of the heading row in `changes`. */
  row: number;
  /** "II. Nhiệm vụ…" as displayed in the newer draft (the older one when it was deleted). */
  label: string;
}

/** Every row's section: `sectionOf[i]` is an index into `sections`, -1 before the first heading. */
export interface SectionIndex {
  sections: SectionRef[];
  sectionOf: Int32Array;
}

const LABEL_LENGTH = 80;

/** The block a row stands for: the newer side, or the older one for deleted rows and old places of moves. */
export function shownBlock(change: Change): BlockRef | null {
  return change.right ?? change.left;
}

export function blockLabel(block: BlockRef): string {
  const text = block.text.length > LABEL_LENGTH ? `${block.text.slice(0, LABEL_LENGTH - 1)}…` : block.text;
  const number = numberLabel(block.type, block.number);
  return number ? `${number} ${text}` : text;
}

/**
 * Groups the rows of a comparison by the nearest part, section or heading row above them. A moved
 * heading is listed once, at its new place: its old place (a row with `moveTo`) opens no section,
 * so the rows left there stay with the section above.
 */
export function indexSections(changes: readonly Change[]): SectionIndex {
  const sections: SectionRef[] = [];
  const sectionOf = new Int32Array(changes.length);
  changes.forEach((change, i) => {
    const block = shownBlock(change);
    if (block && change.moveTo === undefined && OUTLINE_TYPES.includes(block.type)) sections.push({ row: i, label: blockLabel(block) });
    sectionOf[i] = sections.length - 1;
  });
  return { sections, sectionOf };
}
