import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** ProseMirror's DOM observer (not in its typings): `flush` reads the page's selection and edits not yet read. */
interface Observed {
  domObserver: { flush(): void };
}

/** The keyCode of a key an input method is composing with: ProseMirror leaves those alone too. */
const COMPOSING = 229;

/**
 * Before any key is handled, ProseMirror reads a selection the page has moved but it has not yet
 * read, so every command acts at the caret the person sees. ProseMirror reads the page's
 * selection on `selectionchange`, an ordinary task, and Chromium runs input before ordinary
 * tasks: under load, a key pressed just after a click or a Home was handled with the selection
 * from before it. PageDown then paged from the old caret, or the late read scrolled the old caret
 * back into view over the page just scrolled, and Enter would have split the block the caret had
 * left. Reading it first is what the late `selectionchange` would have done (`flush` does nothing
 * when the page's selection is the one last read). First among the plugins that handle keys.
 */
export function readSelectionFirstPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view: EditorView, event: KeyboardEvent) {
        if (!view.composing && event.keyCode !== COMPOSING) (view as unknown as Observed).domObserver.flush();
        return false;
      },
    },
  });
}
