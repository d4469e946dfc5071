import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { yUndoPluginKey } from 'y-prosemirror';
import { depthOf } from '../../outline/sectionRange.ts';
import { sectionMoveKey } from '../keys.ts';
import type { SectionMove } from '../plugins/sectionMove.ts';
import { moveSectionStep } from './sectionCommands.ts';
import type { MoveDirection } from './siblingMove.ts';
import { sectionSpan, topLevelBlocks } from './topLevel.ts';

/**
 * The block whose section the cursor is in: the heading (part, section, heading) the cursor is
 * on, or else the nearest one before it, which owns every block up to the cursor; a block
 * before any heading is its own section. Null in the document header.
 */
export function sectionAtCursor(state: EditorState): string | null {
  const blocks = topLevelBlocks(state.doc);
  const index = Math.min(state.selection.$from.index(0), blocks.length - 1);
  if (index < 0 || blocks[index].type === 'header') return null;
  for (let i = index; i >= 0; i--) if (depthOf(blocks[i]) !== null) return blocks[i].id;
  return blocks[index].id;
}

/**
 * Alt+Shift+↑/↓ in the text: moves the whole section the cursor is in past its previous or next
 * sibling, as the outline and the block menu do (moveSectionStep), with the cursor where it was
 * inside the section. The move is an undo step of its own. The key is taken even when the
 * section cannot move (first or last of its rank), and the state says so (`sectionMoveKey`),
 * so the page can announce either outcome.
 */
export function moveSectionAtCursor(direction: MoveDirection): Command {
  return (state, dispatch, view) => {
    const blockId = sectionAtCursor(state);
    const section = blockId === null ? null : sectionSpan(state.doc, blockId);
    if (blockId === null || !section) return false;
    if (!dispatch) return true;
    const undoManager = yUndoPluginKey.getState(state)?.undoManager;
    undoManager?.stopCapturing();
    const moved = moveSectionStep(blockId, direction)(state, (tr) => dispatch(keepCursor(tr, state, blockId, section).setMeta(sectionMoveKey, note(blockId, direction, true))), view);
    if (moved) undoManager?.stopCapturing();
    else dispatch(state.tr.setMeta(sectionMoveKey, note(blockId, direction, false)));
    return true;
  };
}

function note(blockId: string, direction: MoveDirection, moved: boolean): Omit<SectionMove, 'serial'> {
  return { blockId, direction, moved };
}

/** The cursor at the same place inside the moved section as before (a selection reaching out of it stays where the move put it). */
function keepCursor(tr: Transaction, before: EditorState, blockId: string, section: { from: number; to: number }): Transaction {
  const moved = topLevelBlocks(tr.doc).find((b) => b.id === blockId);
  const { anchor, head } = before.selection;
  const inside = (pos: number) => pos > section.from && pos < section.to;
  if (!moved || !inside(anchor) || !inside(head)) return tr;
  return tr.setSelection(TextSelection.create(tr.doc, moved.pos + (anchor - section.from), moved.pos + (head - section.from)));
}
