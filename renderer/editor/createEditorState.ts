import { EditorState } from 'prosemirror-state';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { schema } from '../../shared/editor/schema.ts';
import type { NumberingScheme } from '../../shared/numbering/scheme.ts';
import { editorPlugins } from './editorPlugins.ts';

/** The editor's state around a Yjs fragment, with every plugin of the editor (editorPlugins.ts). */
export function createEditorState(fragment: Y.XmlFragment, awareness: Awareness | null, scheme?: NumberingScheme, emptyHint?: () => string, readOnly = false): EditorState {
  return EditorState.create({ schema, plugins: editorPlugins({ fragment, awareness, scheme, emptyHint, readOnly }) });
}
