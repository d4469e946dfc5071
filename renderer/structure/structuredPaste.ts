import { Plugin } from 'prosemirror-state';
import { isWordHtml, structuredSliceFromText } from './pastedText.ts';

/**
 * Pasting several lines of plain text, or a passage copied from Word (through its text), keeps
 * the structure the import recogniser finds. Other HTML (from the editor itself, web pages)
 * and pastes inside table cells go the default way, where blockIdsPlugin gives fresh ids.
 */
export function structuredPaste(): Plugin {
  return new Plugin({
    props: {
      handlePaste(view, event) {
        const text = event.clipboardData?.getData('text/plain') ?? '';
        const html = event.clipboardData?.getData('text/html') ?? '';
        if (!text || (html && !isWordHtml(html))) return false;
        if (view.state.selection.$from.depth > 1) return false;
        const slice = structuredSliceFromText(text);
        if (!slice) return false;
        view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('uiEvent', 'paste'));
        return true;
      },
    },
  });
}
