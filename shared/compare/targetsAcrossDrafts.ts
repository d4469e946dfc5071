import type { NumberedBlock } from '../document/flatBlock.ts';
import { type Lineage, alignAcross } from './alignAcross.ts';
import { extractFigures } from '../targets/extractFigures.ts';
import type { TargetFigure } from '../targets/targetFigure.ts';

/** A target as it stands in one draft. */
export interface TargetCell {
  id: string;
  number: string | null;
  text: string;
  figures: TargetFigure[];
}

/** One target followed through the drafts: `cells[k]` is its version in draft k, or null. */
export interface TargetRow {
  chain: number;
  cells: (TargetCell | null)[];
}

/**
 * The targets table: every target (block of type `target`) of any draft, one row each, with its
 * number, text and figures per draft. Rows come in order of first appearance; a target that was
 * split shows its first part, one that was merged into another shares that one's row.
 */
export function targetsAcrossDrafts(drafts: readonly (readonly NumberedBlock[])[], lineage: Lineage = alignAcross(drafts)): TargetRow[] {
  const rows: TargetRow[] = [];
  const seen = new Set<number>();
  drafts.forEach((draft, k) => {
    draft.forEach((block, i) => {
      if (block.type !== 'target') return;
      const chain = lineage.chainsOf[k][i][0];
      if (seen.has(chain)) return;
      seen.add(chain);
      rows.push({ chain, cells: drafts.map((d, n) => cellOf(d, lineage.chains[chain][n])) });
    });
  });
  return rows;
}

function cellOf(draft: readonly NumberedBlock[], indices: number[]): TargetCell | null {
  const first = indices.length ? draft[Math.min(...indices)] : undefined;
  if (!first) return null;
  return { id: first.id, number: first.number, text: first.text, figures: extractFigures(first.text) };
}
