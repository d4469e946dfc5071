import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { demote, promote } from '../../shared/editor/commands/promoteDemote.ts';
import { moveSectionCommand } from '../../shared/editor/commands/moveSectionCommand.ts';
import { topLevelBlocks } from '../../shared/editor/commands/topLevel.ts';
import { moveSectionStep, selectBlock } from '../../shared/editor/commands/sectionCommands.ts';

/** What the outline can do to the document; every action goes through a ProseMirror command. */
export interface OutlineActions {
  jump(blockId: string): void;
  move(blockId: string, beforeBlockId: string | null): void;
  step(blockId: string, direction: 'up' | 'down'): void;
  shift(blockId: string, direction: 'promote' | 'demote'): void;
}

/** Scrolls the block's DOM to the top of the page area (ProseMirror's scrollIntoView only reveals the cursor). */
function reveal(view: EditorView, blockId: string): void {
  const block = topLevelBlocks(view.state.doc).find((b) => b.id === blockId);
  const dom = block ? view.nodeDOM(block.pos) : null;
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'auto' });
}

export function outlineActions(view: EditorView | null): OutlineActions {
  const run = (command: Command) => (view ? command(view.state, view.dispatch, view) : false);
  return {
    jump(blockId) {
      if (!view || !run(selectBlock(blockId))) return;
      reveal(view, blockId);
      view.focus();
    },
    move(blockId, beforeBlockId) {
      run(moveSectionCommand(blockId, beforeBlockId));
    },
    step(blockId, direction) {
      run(moveSectionStep(blockId, direction));
    },
    shift(blockId, direction) {
      if (!run(selectBlock(blockId))) return;
      run(direction === 'promote' ? promote({ withSubsections: true }) : demote({ withSubsections: true }));
    },
  };
}
