import { type Command, Plugin } from 'prosemirror-state';
import { undo, ySyncPluginKey } from 'y-prosemirror';
import { blockIdsKey, restoreUndoKey } from '../keys.ts';

/** What Ctrl+Z does right after a restore reached the editor: restore what the restore replaced. */
export interface RestoreUndoState {
  undo: (() => void) | null;
}

/**
 * Holds the undo of the last restore while nothing newer was typed here. A restore is an edit
 * the server makes, so it never enters this editor's Yjs undo stack; RestoreNotice puts its undo
 * here when the restore arrives, and the first local change to the document (not a remote update,
 * not the block-id fixes that follow one) takes it away again.
 */
export function restoreUndoPlugin(): Plugin<RestoreUndoState> {
  return new Plugin<RestoreUndoState>({
    key: restoreUndoKey,
    state: {
      init: () => ({ undo: null }),
      apply(tr, value) {
        const meta = tr.getMeta(restoreUndoKey) as RestoreUndoState | undefined;
        if (meta) return meta;
        if (!value.undo || !tr.docChanged) return value;
        const remote = tr.getMeta(ySyncPluginKey)?.isChangeOrigin === true || tr.getMeta(blockIdsKey) !== undefined;
        return remote ? value : { undo: null };
      },
    },
  });
}

/** Ctrl+Z: the pending restore's undo when there is one, else the Yjs undo of local typing. */
export const undoRestoreOrUndo: Command = (state, dispatch) => {
  const pending = restoreUndoKey.getState(state)?.undo;
  if (!pending) return undo(state);
  if (dispatch) {
    dispatch(state.tr.setMeta(restoreUndoKey, { undo: null }));
    pending();
  }
  return true;
};
