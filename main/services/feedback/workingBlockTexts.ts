import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { textBetween } from '../../../shared/suggestions/anchoredRange.ts';

/** One run of text of a block in the working copy's Y.Doc, and its characters (formatting left out). */
export interface BlockText {
  blockId: string;
  text: Y.XmlText;
  plain: string;
}

/**
 * The runs of text of the blocks `blockIds` in a working copy (a Y.Doc as y-prosemirror writes
 * it: an element per node with its `id` attribute, a Y.XmlText per run of text), in the order of
 * `blockIds`; a block the working copy no longer has gives none. Read only.
 */
export function workingBlockTexts(ydoc: Y.Doc, blockIds: readonly string[]): BlockText[] {
  const wanted = new Set(blockIds);
  const found = new Map<string, BlockText[]>();
  const walk = (element: Y.XmlElement | Y.XmlFragment, depth: number) => {
    if (depth > 64) return;
    for (const child of element.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const id = child.getAttribute('id');
      if (typeof id === 'string' && wanted.has(id) && !found.has(id)) {
        const texts = child.toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText);
        found.set(id, texts.map((text) => ({ blockId: id, text, plain: textBetween(text, 0, text.length) })));
      }
      walk(child, depth + 1);
    }
  };
  walk(ydoc.getXmlFragment(CONTENT_FRAGMENT), 0);
  return blockIds.flatMap((id) => found.get(id) ?? []);
}
