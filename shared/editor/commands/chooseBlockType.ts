import type { Command } from 'prosemirror-state';
import type { BlockChoice } from '../blockShortcuts.ts';
import { ownUndoStep } from './ownUndoStep.ts';
import { setBlockType } from './setBlockType.ts';

/**
 * A block type a person chose — from the toolbar's select, the context menu or its Ctrl+Alt
 * shortcut — as an undo step of its own (see ownUndoStep), as moving a section and replacing
 * found text are: Ctrl+Z after typing or pasting that follows it takes back that typing or
 * paste, never the choice of type. (Enter in an empty list item also retypes it, as typing.)
 */
export function chooseBlockType(choice: Pick<BlockChoice, 'type' | 'level'>): Command {
  return ownUndoStep(setBlockType(choice.type, choice.level));
}
