import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { keymap } from 'prosemirror-keymap';
import type { Plugin } from 'prosemirror-state';
import { redo, yUndoPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { blockIdsPlugin } from '../../shared/editor/plugins/blockIds.ts';
import { nfcInputPlugin } from '../../shared/editor/plugins/nfcInput.ts';
import { numberingPlugin } from '../../shared/editor/plugins/numberingPlugin.ts';
import { readOnlyPlugin } from '../../shared/editor/plugins/readOnly.ts';
import { restoreUndoPlugin, undoRestoreOrUndo } from '../../shared/editor/plugins/restoreUndo.ts';
import { sectionMovePlugin } from '../../shared/editor/plugins/sectionMove.ts';
import { schema } from '../../shared/editor/schema.ts';
import { structureKeymap } from '../../shared/editor/structureKeymap.ts';
import type { NumberingScheme } from '../../shared/numbering/scheme.ts';
import { commentHighlightsPlugin } from './comments/commentHighlights.ts';
import { findPlugin } from './find/findPlugin.ts';
import { leanSyncPlugin } from './leanSyncPlugin.ts';
import { caretBlockPlugin } from './caret/caretBlock.ts';
import { readSelectionFirstPlugin } from './caret/readSelectionFirst.ts';
import { scrollOnlyWhenNeeded } from './caret/scrollOnlyWhenNeeded.ts';
import { typedTextPlugin } from './typing/typedTextPlugin.ts';
import { emptyDocHintPlugin } from './hint/emptyDocHint.ts';
import { farBlocksPlugin } from './offscreen/farBlocksPlugin.ts';
import { numberViewsPlugin } from './numbering/numberViews.ts';
import { pageKeysPlugin } from './pageKeys.ts';
import { remoteCursorPlugin } from './presence/remoteCursorPlugin.ts';
import { structuredPaste } from './paste/structuredPaste.ts';
import { runInPlugin } from './runIn/runInPlugin.ts';
import { suggestModePlugin } from './suggestions/suggestModePlugin.ts';

export interface EditorPluginsInput {
  /** The Y.XmlFragment the editor is bound to. */
  fragment: Y.XmlFragment;
  /** Presence for remote cursors; null in a view nobody else sees (tests, benchmarks). */
  awareness: Awareness | null;
  /** The document's numbering scheme when the view is made (later changes arrive as a meta). */
  scheme?: NumberingScheme;
  /** The hint a blank document shows, in the UI language; none when absent. */
  emptyHint?: () => string;
  /** Whether the server made the connection read-only when the view is made (later changes arrive as a meta). */
  readOnly?: boolean;
}

/**
 * The one list of the editor's plugins, in order. A feature contributes here: its plugin (state
 * in shared/editor/plugins when it needs no DOM, drawing in renderer/editor/<feature>) and its key
 * in shared/editor/keys.ts; it never edits the page. Order matters where noted: ySyncPlugin first
 * (it binds the document; only the read-only filter comes before it), keymaps before the base keymap so they win.
 */
export function editorPlugins({ fragment, awareness, scheme, emptyHint, readOnly }: EditorPluginsInput): Plugin[] {
  return [
    // Before every plugin that dispatches or appends: a refused change reaches none of them.
    readOnlyPlugin(readOnly),
    // Before every plugin that handles a key: each reads the selection the person sees.
    readSelectionFirstPlugin(),
    // ySyncPlugin and yCursorPlugin without the work they discard on every transaction (issue 9).
    leanSyncPlugin(fragment),
    ...(awareness ? [remoteCursorPlugin(awareness)] : []),
    yUndoPlugin(),
    restoreUndoPlugin(),
    blockIdsPlugin(),
    nfcInputPlugin(),
    numberingPlugin(scheme),
    numberViewsPlugin(),
    runInPlugin(),
    sectionMovePlugin(),
    ...(emptyHint ? [emptyDocHintPlugin(emptyHint)] : []),
    caretBlockPlugin(),
    scrollOnlyWhenNeeded(),
    farBlocksPlugin(),
    findPlugin(),
    commentHighlightsPlugin(),
    // Before paste and the keymaps: in suggestion mode it takes typing, Backspace, Delete and paste.
    suggestModePlugin(),
    structuredPaste(),
    typedTextPlugin(),
    keymap({
      'Mod-z': undoRestoreOrUndo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
      'Mod-b': toggleMark(schema.marks.strong),
      'Mod-i': toggleMark(schema.marks.em),
      'Mod-u': toggleMark(schema.marks.underline),
    }),
    structureKeymap(),
    pageKeysPlugin(),
    keymap(baseKeymap),
    dropCursor(),
    gapCursor(),
  ];
}
