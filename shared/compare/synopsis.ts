import { outlineDepth } from '../document/blockTypes.ts';
import type { NumberedBlock } from '../document/flatBlock.ts';
import { type Lineage, alignAcross, chainOfId } from './alignAcross.ts';
import { joinedEmphasis, sameSpans } from '../document/emphasis.ts';
import { diffText } from './diffText.ts';
import { withEmphasis } from './emphasisTokens.ts';
import { type ChangeClass, type Token, mostSerious } from './types.ts';

/** One draft's column of a synopsis. */
export interface SynopsisColumn {
  /** 0-based position of the draft in the list given. */
  draft: number;
  /** The block's version in this draft (two blocks after a split; none when absent), and for a
   *  part, section or heading every block under it. */
  blocks: NumberedBlock[];
  /** The diff of this column's text against the previous draft's column (none for the first). */
  tokens: Token[];
  /**
   * The most serious class of those changes, `structure` when the block's type or heading level
   * changed; null when nothing but numbers changed.
   */
  class: ChangeClass | null;
}

/**
 * A block (a paragraph, a target, or a whole section) across drafts 1…N, one column per draft,
 * following the block by id and, where ids differ between drafts, by alignment.
 * Returns an empty list when no draft has a block with this id.
 */
export function synopsis(drafts: readonly (readonly NumberedBlock[])[], blockId: string, lineage: Lineage = alignAcross(drafts)): SynopsisColumn[] {
  const chain = chainOfId(drafts, lineage, blockId);
  if (chain === null) return [];
  const columns: SynopsisColumn[] = [];
  let previous: NumberedBlock[] | null = null;
  drafts.forEach((draft, k) => {
    const blocks = [...lineage.chains[chain][k]].sort((a, b) => a - b).flatMap((i) => withBody(draft, i));
    columns.push({ draft: k, blocks, ...columnChange(previous, blocks) });
    previous = blocks;
  });
  return columns;
}

/**
 * What changed from the previous column's blocks to these: the text diff with emphasis, and
 * whether a block's type or level changed. Numbers are shown but not diffed: renumbering is not a
 * change.
 */
function columnChange(previous: readonly NumberedBlock[] | null, blocks: readonly NumberedBlock[]): Pick<SynopsisColumn, 'tokens' | 'class'> {
  if (previous === null) return { tokens: [], class: null };
  const before = previous.map((b) => b.text).join('\n');
  const text = blocks.map((b) => b.text).join('\n');
  const [beforeSpans, spans] = [joinedEmphasis(previous), joinedEmphasis(blocks)];
  const structure = previous.length > 0 && blocks.length > 0 && (previous[0].type !== blocks[0].type || previous[0].level !== blocks[0].level);
  if (before === text && !structure && sameSpans(beforeSpans, spans)) return { tokens: [], class: null };
  const tokens = withEmphasis(before === text ? [{ op: 'equal', text }] : diffText(before, text), beforeSpans, spans);
  return { tokens, class: mostSerious([...tokens.map((t) => t.class), structure ? 'structure' : null]) };
}

/** The block, and when it heads a part, section or heading, every block up to the next one as high. */
function withBody(draft: readonly NumberedBlock[], i: number): NumberedBlock[] {
  const depth = outlineDepth(draft[i].type, draft[i].level);
  if (depth === null) return [draft[i]];
  let end = i + 1;
  while (end < draft.length) {
    const d = outlineDepth(draft[end].type, draft[end].level);
    if (d !== null && d <= depth) break;
    end++;
  }
  return draft.slice(i, end);
}
