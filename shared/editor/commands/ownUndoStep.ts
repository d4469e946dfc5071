import type { Command } from 'prosemirror-state';
import { yUndoPluginKey } from 'y-prosemirror';

/**
 * `command` as an undo step of its own: Ctrl+Z right after it undoes it and nothing else, and
 * never undoes it together with an edit made just before or just after. Without this, Yjs's
 * undo manager merges every change that follows the last within its capture window (500 ms), so
 * what one Ctrl+Z takes back depended on how fast the person (or a loaded test machine) went
 * from one command to the next. A command that changes no text (a selection, a find step, nothing)
 * leaves the current step open. The command runs once: a replace-all searches the document once.
 */
export function ownUndoStep(command: Command): Command {
  return (state, dispatch, view) => {
    if (!dispatch) return command(state, undefined, view);
    const undoManager = yUndoPluginKey.getState(state)?.undoManager;
    let changed = false;
    const applied = command(
      state,
      (tr) => {
        if (tr.docChanged && !changed) {
          changed = true;
          undoManager?.stopCapturing();
        }
        dispatch(tr);
      },
      view,
    );
    // y-prosemirror writes the change to the Y.Doc inside dispatch, so the step is closed after it.
    if (changed) undoManager?.stopCapturing();
    return applied;
  };
}
