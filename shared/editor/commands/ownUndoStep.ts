import type { Command } from 'prosemirror-state';
import { yUndoPluginKey } from 'y-prosemirror';

/**
 * `command` as an undo step of its own: Ctrl+Z right after it undoes it and nothing else, and
 * never undoes it together with an edit made just before or just after. Without this, Yjs's
 * undo manager merges every change that follows the last within its capture window (500 ms), so
 * what one Ctrl+Z takes back depended on how fast the person (or a loaded test machine) went
 * from one command to the next. A command that changes nothing leaves the current step open.
 */
export function ownUndoStep(command: Command): Command {
  return (state, dispatch, view) => {
    if (!command(state, undefined, view)) return false;
    if (!dispatch) return true;
    const undoManager = yUndoPluginKey.getState(state)?.undoManager;
    undoManager?.stopCapturing();
    // y-prosemirror writes the change to the Y.Doc inside dispatch, so the step is closed after it.
    command(state, dispatch, view);
    undoManager?.stopCapturing();
    return true;
  };
}
