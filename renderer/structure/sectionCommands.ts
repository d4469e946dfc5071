import { TextSelection, type Command } from 'prosemirror-state';
import { moveSectionCommand, posAt, sectionRange, topLevelBlocks } from '../../shared/outline/index.ts';
import { siblingMoveTarget, type MoveDirection } from './siblingMove.ts';

/** Moves the section starting at `blockId` past its previous or next sibling (context menu, outline keys). */
export function moveSectionStep(blockId: string, direction: MoveDirection): Command {
  return (state, dispatch, view) => {
    const blocks = topLevelBlocks(state.doc);
    const index = blocks.findIndex((b) => b.id === blockId);
    if (index < 0) return false;
    const before = siblingMoveTarget(blocks, index, direction);
    if (before === undefined) return false;
    return moveSectionCommand(blockId, before)(state, dispatch, view);
  };
}

/**
 * Deletes the section starting at `blockId` with everything it owns. The document keeps at
 * least one block: deleting everything leaves an empty paragraph. False for the header.
 */
export function deleteSectionCommand(blockId: string): Command {
  return (state, dispatch) => {
    const blocks = topLevelBlocks(state.doc);
    const index = blocks.findIndex((b) => b.id === blockId);
    if (index < 0 || blocks[index].type === 'header') return false;
    if (dispatch) {
      const { start, end } = sectionRange(blocks, index);
      const from = blocks[start].pos;
      const to = posAt(blocks, end, state.doc);
      const bodyLeft = blocks.some((b, i) => (i < start || i >= end) && b.type !== 'header');
      const tr = bodyLeft ? state.tr.delete(from, to) : state.tr.replaceWith(from, to, state.schema.nodes.paragraph.create());
      tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(from, tr.doc.content.size))));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Puts the cursor at the start of block `blockId` and scrolls it into view. */
export function selectBlock(blockId: string): Command {
  return (state, dispatch) => {
    const block = topLevelBlocks(state.doc).find((b) => b.id === blockId);
    if (!block) return false;
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(block.pos + 1))).scrollIntoView());
    return true;
  };
}
