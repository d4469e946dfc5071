import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { typedText } from './typedText.ts';

/** Whether the page's selection is a caret at `pos` of the document (what the state says). */
function domCaretAt(view: EditorView, pos: number): boolean {
  const selection = (view.root as Document).getSelection();
  if (!selection?.isCollapsed || !selection.focusNode || !view.dom.contains(selection.focusNode)) return false;
  try {
    return view.posAtDOM(selection.focusNode, selection.focusOffset) === pos;
  } catch {
    return false; // a point ProseMirror does not map (inside a widget)
  }
}

/**
 * A character typed at a caret is inserted by a transaction, as ProseMirror itself does for a
 * selection that is not a text caret, instead of letting Chromium type it and reading the DOM
 * back. Chromium's typing command laid the page out and synchronised its selection inside the
 * keystroke (Document::UpdateStyleAndLayout, Editor::SyncSelection: about 2 ms per keystroke in
 * the 1,200-block report, issue 9), before ProseMirror's observer read the change; drawn by
 * ProseMirror, the text is laid out once, in the frame. The `handleTextInput` props (NFC input,
 * suggestion mode) see the text first, as they do for typed text. Left to the browser: anything
 * `typedText` does not type, an input method's composition (ProseMirror calls no keypress
 * handler then), a range selection, and a page selection that is not where the state's caret is
 * (a click not yet read), so the text goes where the person sees the caret.
 */
export function typedTextPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyPress(view, event) {
        const text = typedText(event);
        const { selection } = view.state;
        if (text === null || !(selection instanceof TextSelection) || !selection.empty || !selection.$from.parent.inlineContent) return false;
        if (!domCaretAt(view, selection.head)) return false;
        const at = selection.from;
        const typed = () => view.state.tr.insertText(text).scrollIntoView();
        if (!view.someProp('handleTextInput', (f) => f(view, at, at, text, typed))) view.dispatch(typed());
        return true;
      },
    },
  });
}
