import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { BlockType } from '../../document/blockTypes.ts';
import { type OutlineBlock, sectionRange } from '../../outline/sectionRange.ts';

/** A top-level block of a ProseMirror document with its position (before the node). */
export interface TopLevelBlock extends OutlineBlock {
  node: Node;
  pos: number;
  id: string | null;
}

/** Every top-level block of `doc`, in order. */
export function topLevelBlocks(doc: Node): TopLevelBlock[] {
  const out: TopLevelBlock[] = [];
  doc.forEach((node, pos) => {
    const type = node.type.name as BlockType;
    out.push({ node, pos, type, level: type === 'heading' ? (node.attrs.level as number) : null, id: node.attrs.id ?? null });
  });
  return out;
}

/** Position just after the block at `index` (or the document end past the last block). */
export function posAt(blocks: readonly TopLevelBlock[], index: number, doc: Node): number {
  return index < blocks.length ? blocks[index].pos : doc.content.size;
}

/** A section in a document: its top-level blocks [start, end) and their positions [from, to). */
export interface SectionSpan {
  blocks: TopLevelBlock[];
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * The section that starts at block `blockId` (the block and everything it owns), or null when
 * there is no such block or it is the document header, which heads no section.
 */
export function sectionSpan(doc: Node, blockId: string): SectionSpan | null {
  const blocks = topLevelBlocks(doc);
  const index = blocks.findIndex((b) => b.id === blockId);
  if (index < 0 || blocks[index].type === 'header') return null;
  const { start, end } = sectionRange(blocks, index);
  return { blocks, start, end, from: blocks[start].pos, to: posAt(blocks, end, doc) };
}

/** Indices of the top-level blocks the selection touches, first to last. */
export function selectedIndices(state: EditorState): { first: number; last: number } {
  const { $from, $to } = state.selection;
  const first = $from.index(0);
  // A position between blocks (depth 0) points at the block after it, which is not selected.
  const last = $to.depth === 0 ? Math.max(first, $to.index(0) - 1) : $to.index(0);
  return { first, last: Math.min(last, state.doc.childCount - 1) };
}

/** Attrs for a top-level text block of `type`, keeping its id. */
export function blockAttrs(type: BlockType, id: string | null, level: number | null): Record<string, unknown> {
  return type === 'heading' ? { id, level: level ?? 1 } : { id };
}
