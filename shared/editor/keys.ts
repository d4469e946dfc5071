import { PluginKey } from 'prosemirror-state';
import type { FindState } from './find/findState.ts';
import type { CommentHighlights } from './plugins/commentHighlightState.ts';
import type { NumberingState } from './plugins/numberingPlugin.ts';
import type { RestoreUndoState } from './plugins/restoreUndo.ts';
import type { SectionMove } from './plugins/sectionMove.ts';
import type { SuggestModeState } from './plugins/suggestModeState.ts';

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

/** The last section move asked for with Alt+Shift+↑/↓ in the text (plugins/sectionMove.ts), for the page to announce. */
export const sectionMoveKey = new PluginKey<SectionMove | null>('sectionMove');

/** The hint drawn in the empty paragraph of a blank document (renderer/editor/hint). */
export const emptyHintKey = new PluginKey('emptyHint');

/** The run-in headings' bodies drawn as body text (renderer/editor/runIn). */
export const runInKey = new PluginKey('runIn');

/** The commented ranges drawn in the text and the thread in focus (renderer/editor/comments; set by renderer/comments). */
export const commentsKey = new PluginKey<CommentHighlights>('comments');
/** Whether the server made this editor read-only (plugins/readOnly.ts); its meta sets it. */
export const readOnlyKey = new PluginKey<boolean>('readOnly');

/** Suggestion mode ("Đề xuất sửa"): typing made into suggestions, and the suggestions drawn in the text (renderer/editor/suggestions; set by renderer/suggestions). */
export const suggestModeKey = new PluginKey<SuggestModeState>('suggestMode');
