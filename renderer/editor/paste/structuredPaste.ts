import { Plugin } from 'prosemirror-state';
import { isWordHtml, structuredSliceFromText, structuredSliceFromWordHtml } from './pastedText.ts';

/**
 * A passage copied from Word keeps the structure the import recogniser finds, with its bold,
 * italic, underline and tables; so do several lines of plain text. Other HTML (from the editor
 * itself, web pages) goes the default way, where blockIdsPlugin gives fresh ids; so does
 * anything of more than one block pasted inside a table cell, where blocks cannot go.
 */
export function structuredPaste(): Plugin {
  return new Plugin({
    props: {
      handlePaste(view, event) {
        const text = event.clipboardData?.getData('text/plain') ?? '';
        const html = event.clipboardData?.getData('text/html') ?? '';
        const fromWord = html !== '' && isWordHtml(html);
        if (!fromWord && (!text || html)) return false;
        const slice = fromWord ? structuredSliceFromWordHtml(html) : structuredSliceFromText(text);
        if (!slice) return false;
        if (slice.openStart === 0 && view.state.selection.$from.depth > 1) return false;
        view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('uiEvent', 'paste'));
        return true;
      },
    },
  });
}
