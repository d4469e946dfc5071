import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { demote, promote } from './commands/promoteDemote.ts';
import { chooseBlockType } from './commands/chooseBlockType.ts';
import { toDocumentEdge } from './commands/toDocumentEdge.ts';
import { closeFind, findStep, openFind } from './commands/findCommands.ts';
import { BLOCK_CHOICES } from './blockShortcuts.ts';
import { structuredEnter } from './commands/structuredEnter.ts';
import { moveSectionAtCursor } from './commands/moveSectionAtCursor.ts';

/**
 * Keys of the structured editor: Enter keeps list items going, Tab / Shift-Tab demote and
 * promote the outline block at the cursor, Alt+Shift+↑/↓ move the section the cursor is in, Ctrl+Alt+… sets the block type. Placed before the
 * base keymap so these win. Tab outside an outline block is not taken, so focus can leave.
 * Ctrl+F / Ctrl+H open the find bar, F3 / Shift+F3 step through its matches and Esc closes it,
 * instead of the browser's find, which cannot see "hoà" in "hòa". Ctrl+Home / Ctrl+End (and with
 * Shift) go to the document's start and end themselves (see toDocumentEdge.ts).
 */
export function structureKeymap(): Plugin {
  const bindings: Record<string, Command> = {
    Enter: structuredEnter,
    Tab: demote(),
    'Shift-Tab': promote(),
    'Alt-Shift-ArrowUp': moveSectionAtCursor('up'),
    'Alt-Shift-ArrowDown': moveSectionAtCursor('down'),
    'Mod-f': openFind(false),
    'Mod-h': openFind(true),
    F3: findStep(1),
    'Shift-F3': findStep(-1),
    Escape: closeFind,
    'Mod-Home': toDocumentEdge('start', false),
    'Mod-End': toDocumentEdge('end', false),
    'Shift-Mod-Home': toDocumentEdge('start', true),
    'Shift-Mod-End': toDocumentEdge('end', true),
  };
  for (const choice of BLOCK_CHOICES) if (choice.key) bindings[choice.key] = chooseBlockType(choice);
  return keymap(bindings);
}
