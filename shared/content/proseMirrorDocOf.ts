import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../document/contentFragment.ts';
import { repairedDoc } from '../content/repairedDoc.ts';
import { schema } from '../editor/schema.ts';
import { yContentJson } from '../content/yContentJson.ts';

/**
 * The ProseMirror document of a Y.Doc (an empty paragraph for a new document). Read without
 * y-prosemirror's conversion, which deletes from the Y.Doc whatever the schema refuses: content
 * a repair has not reached yet is repaired here in memory, and the Y.Doc is left as it is.
 */
export function proseMirrorDocOf(ydoc: Y.Doc): Node {
  const raw = yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  if (raw.length === 0) return schema.nodes.doc.create(null, schema.nodes.paragraph.create());
  return repairedDoc(raw).doc;
}
