import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { keymap } from 'prosemirror-keymap';
import { EditorState, type Plugin } from 'prosemirror-state';
import { redo, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { blockIdsPlugin } from '../../shared/editor/plugins/blockIds.ts';
import { nfcInputPlugin } from '../../shared/editor/plugins/nfcInput.ts';
import { schema } from '../../shared/editor/schema.ts';
import type { NumberingScheme } from '../../shared/numbering/index.ts';
import { restoreUndoPlugin, undoRestoreOrUndo } from '../../shared/editor/plugins/restoreUndo.ts';
import { findPlugin } from './find/findPlugin.ts';
import { numberingPlugin } from '../../shared/editor/plugins/numberingPlugin.ts';
import { structuredPaste } from './paste/structuredPaste.ts';
import { structureKeymap } from '../../shared/editor/structureKeymap.ts';

/**
 * The editor's plugins around a Yjs fragment: sync, remote cursors, Yjs undo, block ids,
 * derived numbering, find and replace, structured paste and keys (structure keys before the
 * base keymap).
 */
export function createEditorState(fragment: Y.XmlFragment, awareness: Awareness | null, scheme?: NumberingScheme, extra: Plugin[] = []): EditorState {
  const plugins: Plugin[] = [
    ySyncPlugin(fragment),
    ...(awareness ? [yCursorPlugin(awareness)] : []),
    yUndoPlugin(),
    restoreUndoPlugin(),
    blockIdsPlugin(),
    nfcInputPlugin(),
    numberingPlugin(scheme),
    findPlugin(),
    structuredPaste(),
    keymap({
      'Mod-z': undoRestoreOrUndo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
      'Mod-b': toggleMark(schema.marks.strong),
      'Mod-i': toggleMark(schema.marks.em),
      'Mod-u': toggleMark(schema.marks.underline),
    }),
    structureKeymap(),
    ...extra,
    keymap(baseKeymap),
    dropCursor(),
    gapCursor(),
  ];
  return EditorState.create({ schema, plugins });
}
