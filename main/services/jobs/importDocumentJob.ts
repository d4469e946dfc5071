import { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { SERVICE_ORIGIN } from '../../../shared/editor/origins.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { importFile } from '../../../shared/import/index.ts';
import { importedTitle } from '../../../shared/import/importedTitle.ts';

export interface ImportDocumentInput {
  bytes: Uint8Array;
  fileName: string;
}

export interface ImportDocumentOutput {
  /** The Yjs update that makes an empty document hold the file's content. */
  update: Uint8Array;
  /** What the document is called when the user gave no title. */
  title: string;
  warnings: string[];
}

/**
 * A file read into a new document's first Yjs update: everything an import costs except the
 * writes, so it can run off the event loop. Throws the file's AppError when it cannot be read.
 */
export function importDocumentJob({ bytes, fileName }: ImportDocumentInput): ImportDocumentOutput {
  const result = importFile(bytes, fileName);
  const doc = Node.fromJSON(schema, result.doc);
  doc.check();
  const ydoc = new Y.Doc({ gc: false });
  ydoc.transact(() => prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment(CONTENT_FRAGMENT)), SERVICE_ORIGIN);
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { update, title: importedTitle(doc, fileName), warnings: result.warnings.map((w) => w.message) };
}
