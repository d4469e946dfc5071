import type { Node } from 'prosemirror-model';
import { flattenBlock } from '../../shared/document/flatten.ts';
import { extractFigures, type TargetFigure } from '../../shared/targets/index.ts';

/** One line of the targets table: a target block, its label and the figures in its text. */
export interface TargetRow {
  id: string;
  number: string | null;
  text: string;
  figures: TargetFigure[];
}

/**
 * Every target block of `doc` in order, with its label (labels[i] belongs to doc.child(i)) and
 * its figures. `cache` (text → figures) is kept by the caller so only changed targets are read again.
 */
export function targetRows(doc: Node, labels: readonly (string | null)[], cache: Map<string, TargetFigure[]>): TargetRow[] {
  const rows: TargetRow[] = [];
  doc.forEach((node, _pos, i) => {
    if (node.type.name !== 'target') return;
    const { id, text } = flattenBlock(node);
    let figures = cache.get(text);
    if (!figures) {
      figures = extractFigures(text);
      cache.set(text, figures);
    }
    rows.push({ id, number: labels[i] ?? null, text, figures });
  });
  return rows;
}
