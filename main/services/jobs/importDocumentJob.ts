import { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { SERVICE_ORIGIN } from '../../../shared/editor/origins.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { importFile } from '../../../shared/import/index.ts';
import { importedTitle } from '../../../shared/import/importedTitle.ts';
import { DEFAULT_SCHEME, type NumberingScheme } from '../../../shared/numbering/index.ts';

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

/** The numbering setting to store for a scheme: none for the default, so the document follows it. */
export function numberingSettingOf(scheme: NumberingScheme): string | null {
  return JSON.stringify(scheme) === JSON.stringify(DEFAULT_SCHEME) ? null : JSON.stringify(scheme);
}

/**
 * A file read into a new document's first Yjs update: everything an import costs except the
 * writes, so it can run off the event loop. The document's numbering setting is the scheme that
 * reproduces the file's numbers. Throws the file's AppError when it cannot be read.
 */
export function importDocumentJob({ bytes, fileName }: ImportDocumentInput): ImportDocumentOutput {
  const result = importFile(bytes, fileName);
  const doc = Node.fromJSON(schema, result.doc);
  doc.check();
  const ydoc = new Y.Doc({ gc: false });
  const numbering = numberingSettingOf(result.numbering);
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment(CONTENT_FRAGMENT));
    if (numbering !== null) ydoc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, numbering);
  }, SERVICE_ORIGIN);
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { update, title: importedTitle(doc, fileName), warnings: result.warnings.map((w) => w.message) };
}
