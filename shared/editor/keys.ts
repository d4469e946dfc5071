import { PluginKey } from 'prosemirror-state';
import type { FindState } from './find/findState.ts';
import type { NumberingState } from './plugins/numberingPlugin.ts';
import type { RestoreUndoState } from './plugins/restoreUndo.ts';

/**
 * Every PluginKey of the editor, in one place (as y-prosemirror keeps its keys in one file), so a
 * newcomer sees every plugin state a transaction can carry a meta for. A new plugin adds its key
 * here and its plugin to the editor's list (renderer/editor/editorPlugins.ts). y-prosemirror's
 * own keys (ySyncPluginKey, yUndoPluginKey, yCursorPluginKey) stay in y-prosemirror.
 */

/** Block ids present and unique (plugins/blockIds.ts); its meta 'fix' marks the plugin's own id fixes. */
export const blockIdsKey = new PluginKey('blockIds');

/** The scheme in force and every block's number (plugins/numberingPlugin.ts); its meta sets the scheme. */
export const numberingKey = new PluginKey<NumberingState>('numbering');

/** The find bar's matches and current match (find/findState.ts; drawn by renderer/editor/find). */
export const findKey = new PluginKey<FindState>('find');

/** The undo of the last restore while nothing newer was typed (plugins/restoreUndo.ts). */
export const restoreUndoKey = new PluginKey<RestoreUndoState>('restoreUndo');
