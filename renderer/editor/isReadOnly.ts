import type { EditorState } from 'prosemirror-state';
import { readOnlyKey } from '../../shared/editor/keys.ts';

/**
 * Whether the editor refuses changes to the text: the read-only plugin's state, which follows the
 * server's scope (shared/editor/plugins/readOnly.ts). The one answer for the page: the view's
 * `editable`, the toolbar, the menus, the dialogs and the find bar all read it here.
 */
export function isReadOnly(state: EditorState | null): boolean {
  return state !== null && readOnlyKey.getState(state) === true;
}
