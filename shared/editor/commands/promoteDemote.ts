import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { BlockType } from '../../document/blockTypes.ts';
import { depthOf, sectionRange } from '../../outline/sectionRange.ts';
import { blockAttrs, selectedIndices, topLevelBlocks } from './topLevel.ts';

/** The outline block type at a depth: 0 part, 1 section, 2–5 heading 1–4. */
function typeAtDepth(depth: number): { type: BlockType; level: number | null } | null {
  if (depth === 0) return { type: 'part', level: null };
  if (depth === 1) return { type: 'section', level: null };
  if (depth >= 2 && depth <= 5) return { type: 'heading', level: depth - 1 };
  return null;
}

export interface ShiftOptions {
  /** Shift the sub-sections with the selected blocks (the outline sidebar), not only the blocks (Tab). */
  withSubsections?: boolean;
}

/** Indices of the outline blocks to shift, or null when the selection holds none. */
function outlineIndices(state: EditorState, withSubsections: boolean): number[] | null {
  const blocks = topLevelBlocks(state.doc);
  const { first, last } = selectedIndices(state);
  const picked = new Set<number>();
  for (let i = first; i <= last; i++) {
    if (depthOf(blocks[i]) === null) continue;
    const end = withSubsections ? sectionRange(blocks, i).end : i + 1;
    for (let j = i; j < end; j++) if (depthOf(blocks[j]) !== null) picked.add(j);
  }
  return picked.size ? [...picked].sort((a, b) => a - b) : null;
}

/**
 * Moves the selected outline blocks `delta` levels (−1 promote, +1 demote): section ↔ heading 1
 * ↔ heading 2 … Ids stay. All or nothing: false when a block would leave the outline (promoting
 * a part, demoting a heading 4) or when the selection holds no outline block.
 */
function shift(delta: -1 | 1, options: ShiftOptions): Command {
  return (state, dispatch) => {
    const indices = outlineIndices(state, options.withSubsections ?? false);
    if (!indices) return false;
    const blocks = topLevelBlocks(state.doc);
    const targets = indices.map((i) => typeAtDepth(depthOf(blocks[i])! + delta));
    if (targets.some((t) => t === null)) return false;
    if (dispatch) {
      const tr: Transaction = state.tr;
      indices.forEach((i, k) => {
        const { type, level } = targets[k]!;
        tr.setNodeMarkup(blocks[i].pos, state.schema.nodes[type], blockAttrs(type, blocks[i].id, level));
      });
      dispatch(tr);
    }
    return true;
  };
}

/** Shift-Tab: one level up (heading 2 → heading 1 → section → part). */
export const promote = (options: ShiftOptions = {}): Command => shift(-1, options);

/** Tab: one level down (part → section → heading 1 … heading 4). */
export const demote = (options: ShiftOptions = {}): Command => shift(1, options);
