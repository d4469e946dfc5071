import { PluginKey } from 'prosemirror-state';
import type { RestoreUndoState } from './plugins/restoreUndo.ts';
import type { FindState } from '../../renderer/editor/find/findPlugin.ts';
import type { NumberingState } from './plugins/numberingPlugin.ts';

/** Plugin keys of the structured editor, in one place (as y-prosemirror keeps its keys). */
export const numberingKey = new PluginKey<NumberingState>('numbering');

/** Origin of Y.Doc writes made by the numbering dialog. */
export const NUMBERING_ORIGIN = 'vankien:numbering-dialog';

/** The find bar's matches and current match (renderer/find). */
export const findKey = new PluginKey<FindState>('find');

/** The undo of the last restore while nothing newer was typed (renderer/drafts/restoreUndo.ts). */
export const restoreUndoKey = new PluginKey<RestoreUndoState>('restoreUndo');
