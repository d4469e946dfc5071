import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { keymap } from 'prosemirror-keymap';
import { EditorState, type Plugin } from 'prosemirror-state';
import { redo, undo, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { schema } from '../../shared/document/schema.ts';

/** The editor's plugins around a Yjs fragment: sync, remote cursors, Yjs undo, keys. */
export function createEditorState(fragment: Y.XmlFragment, awareness: Awareness | null, extra: Plugin[] = []): EditorState {
  const plugins: Plugin[] = [
    ySyncPlugin(fragment),
    ...(awareness ? [yCursorPlugin(awareness)] : []),
    yUndoPlugin(),
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
      'Mod-b': toggleMark(schema.marks.strong),
      'Mod-i': toggleMark(schema.marks.em),
      'Mod-u': toggleMark(schema.marks.underline),
    }),
    ...extra,
    keymap(baseKeymap),
    dropCursor(),
    gapCursor(),
  ];
  return EditorState.create({ schema, plugins });
}
