import type { Command } from 'prosemirror-state';
import { blockText } from '../../document/flatten.ts';
import { topLevelBlocks } from './topLevel.ts';

/** What an edit needs of a figure: where it is in the block's text and what it said. */
export interface FigureSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Rewrites one figure of target block `blockId` in the text itself: the text stays the source of
 * truth and the targets table, derived from it, follows. Offsets map one to one onto positions
 * (a hard break is one character, "\n", and one position). False when the block is gone or its
 * text at that place is no longer the figure (someone edited it meanwhile), or nothing changes.
 */
export function replaceFigureCommand(blockId: string, figure: FigureSpan, newText: string): Command {
  return (state, dispatch) => {
    const block = topLevelBlocks(state.doc).find((b) => b.id === blockId);
    if (!block || !block.node.isTextblock) return false;
    const text = blockText(block.node);
    if (text.slice(figure.start, figure.end) !== figure.text) return false;
    const replacement = newText.trim();
    if (!replacement || replacement === figure.text) return false;
    if (dispatch) {
      const from = block.pos + 1 + figure.start;
      dispatch(state.tr.insertText(replacement, from, block.pos + 1 + figure.end));
    }
    return true;
  };
}
