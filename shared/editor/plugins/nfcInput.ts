import { Plugin } from 'prosemirror-state';

const MARK = /\p{M}/u;

/**
 * Keeps typed and pasted text in Unicode NFC. Some Vietnamese input methods ("Unicode tổ hợp")
 * send a base letter and then its diacritic as separate inputs; a lone combining mark is
 * composed with the character before it, so "a" + U+0300 is stored as "à", not as two code
 * points that compare and search differently.
 */
export function nfcInputPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, from, to, text) {
        const nfc = text.normalize('NFC');
        if (!MARK.test(nfc.charAt(0))) {
          if (nfc === text) return false;
          view.dispatch(view.state.tr.insertText(nfc, from, to));
          return true;
        }
        const $from = view.state.doc.resolve(from);
        const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 1), $from.parentOffset);
        if (!before) return false;
        view.dispatch(view.state.tr.insertText((before + nfc).normalize('NFC'), from - 1, to));
        return true;
      },
      transformPastedText: (text: string) => text.normalize('NFC'),
      transformPastedHTML: (html: string) => html.normalize('NFC'),
    },
  });
}
