import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';

/**
 * Types `text` at the end of the document's last paragraph, as y-prosemirror would write it (a
 * Y.XmlText inside the paragraph element), making a paragraph when there is none.
 */
export function typeText(ydoc: Y.Doc, text: string): void {
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
    let paragraph = fragment.length > 0 ? fragment.get(fragment.length - 1) : null;
    if (!(paragraph instanceof Y.XmlElement) || paragraph.nodeName !== 'paragraph') {
      paragraph = new Y.XmlElement('paragraph');
      fragment.insert(fragment.length, [paragraph]);
    }
    const element = paragraph as Y.XmlElement;
    let yText = element.length > 0 ? element.get(element.length - 1) : null;
    if (!(yText instanceof Y.XmlText)) {
      yText = new Y.XmlText();
      element.insert(element.length, [yText]);
    }
    (yText as Y.XmlText).insert((yText as Y.XmlText).length, text);
  }, 'test');
}

/** The text of the document's blocks, one line per top-level block. */
export function plainText(ydoc: Y.Doc): string {
  return ydoc
    .getXmlFragment(CONTENT_FRAGMENT)
    .toArray()
    .map((block) => (block instanceof Y.XmlElement ? block.toArray().map((child) => (child instanceof Y.XmlText ? child.toString() : '')).join('') : ''))
    .join('\n');
}
