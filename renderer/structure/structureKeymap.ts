import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { demote, promote, setBlockType } from '../../shared/outline/index.ts';
import { BLOCK_CHOICES } from './blockShortcuts.ts';
import { structuredEnter } from './structuredEnter.ts';

/**
 * Keys of the structured editor: Enter keeps list items going, Tab / Shift-Tab demote and
 * promote the outline block at the cursor, Ctrl+Alt+… sets the block type. Placed before the
 * base keymap so these win. Tab outside an outline block is not taken, so focus can leave.
 */
export function structureKeymap(): Plugin {
  const bindings: Record<string, Command> = {
    Enter: structuredEnter,
    Tab: demote(),
    'Shift-Tab': promote(),
  };
  for (const choice of BLOCK_CHOICES) if (choice.key) bindings[choice.key] = setBlockType(choice.type, choice.level);
  return keymap(bindings);
}
