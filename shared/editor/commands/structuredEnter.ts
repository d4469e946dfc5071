import { splitBlockAs } from 'prosemirror-commands';
import type { Command } from 'prosemirror-state';
import { setBlockType } from './setBlockType.ts';

/** Item types whose next block is another item of the same type ("(7)" → "(8)"). */
const LIST_TYPES: ReadonlySet<string> = new Set(['ordinal', 'target', 'bullet']);

/**
 * Enter in a structured document. In an ordinal point, target or bullet, the new block is the
 * same kind of item (with a new id); Enter in an empty item turns it into a paragraph, ending
 * the list. At the end of a part, section or heading the next block is a paragraph; in the
 * middle a split keeps the type on both halves. A split always keeps the id on the left part.
 */
export const structuredEnter: Command = (state, dispatch, view) => {
  const { $from, empty } = state.selection;
  if ($from.depth !== 1) return false; // table cells and node selections: the default keys
  const parent = $from.parent;
  if (LIST_TYPES.has(parent.type.name) && empty && parent.content.size === 0) {
    return setBlockType('paragraph')(state, dispatch, view);
  }
  return splitBlockAs((node, atEnd) => {
    if (LIST_TYPES.has(node.type.name)) return { type: node.type, attrs: { id: null } };
    if (atEnd) return { type: state.schema.nodes.paragraph, attrs: { id: null } };
    return null;
  })(state, dispatch, view);
};
