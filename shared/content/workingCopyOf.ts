import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../document/contentFragment.ts';
import type { ContentRepair } from '../content/contentRepair.ts';
import { numberingSchemeOf } from '../numbering/numberingSchemeOf.ts';
import { repairedDoc } from '../content/repairedDoc.ts';
import { yContentJson } from '../content/yContentJson.ts';
import { numberingJsonOf } from '../content/numberingJsonOf.ts';
import type { NumberingScheme } from '../numbering/index.ts';
import { proseMirrorDocOf } from '../content/proseMirrorDocOf.ts';

/** A document's working copy as read from storage (which equals the live doc: every update is stored before it is acknowledged). */
export interface WorkingCopy {
  ydoc: Y.Doc;
  doc: Node;
  scheme: NumberingScheme;
  /** The stored numbering setting as JSON text, null when the document uses the default. */
  schemeJson: string | null;
  /** What reading it had to repair (stored as repaired by readWorkingCopy); empty when its content was valid. */
  repairs: ContentRepair[];
}

/**
 * The working copy held by `ydoc` (which the caller destroys), where no store is at hand (a
 * worker's job): content the schema refuses is repaired in memory only; the next load by the
 * server or a service stores the repair.
 */
export function workingCopyOf(ydoc: Y.Doc): WorkingCopy {
  const raw = yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  const { doc, repairs } = raw.length > 0 ? repairedDoc(raw) : { doc: proseMirrorDocOf(ydoc), repairs: [] };
  return { ydoc, doc, scheme: numberingSchemeOf(ydoc), schemeJson: numberingJsonOf(ydoc), repairs };
}
