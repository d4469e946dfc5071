import { TextSelection, type Command } from 'prosemirror-state';
import { moveSectionCommand } from './moveSectionCommand.ts';
import { topLevelBlocks } from './topLevel.ts';
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

/** Puts the cursor at the start of block `blockId` and scrolls it into view. */
export function selectBlock(blockId: string): Command {
  return (state, dispatch) => {
    const block = topLevelBlocks(state.doc).find((b) => b.id === blockId);
    if (!block) return false;
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(block.pos + 1))).scrollIntoView());
    return true;
  };
}
