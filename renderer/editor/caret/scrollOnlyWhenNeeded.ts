import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { scrollerOf } from '../pageKeys.ts';
import { type Box, caretInView } from './caretInView.ts';

/** The visible box of `el` without its scrollbars, as ProseMirror measures a scrolling ancestor. */
function clientBox(el: HTMLElement): Box {
  const rect = el.getBoundingClientRect();
  return { left: rect.left, top: rect.top, right: rect.left + el.clientWidth, bottom: rect.top + el.clientHeight };
}

/**
 * After each transaction that asks for it (every keystroke), ProseMirror scrolls the selection
 * into view by measuring the caret and then every ancestor of the text up to the body, each with
 * getBoundingClientRect, offsetWidth, clientWidth and getComputedStyle. Here the caret is measured
 * once against the page's scroller and the window; when it is inside both, nothing would scroll
 * and nothing is done; otherwise, and for a node selection, ProseMirror does its own walk.
 */
export function scrollOnlyWhenNeeded(): Plugin {
  const scrollers = new WeakMap<EditorView, HTMLElement>();
  return new Plugin({
    props: {
      handleScrollToSelection(view) {
        if (!(view.state.selection instanceof TextSelection)) return false;
        let scroller = scrollers.get(view);
        if (!scroller) scrollers.set(view, (scroller = scrollerOf(view)));
        const viewport = window.visualViewport;
        const window_: Box = { left: 0, top: 0, right: viewport?.width ?? innerWidth, bottom: viewport?.height ?? innerHeight };
        const areas = scroller === document.scrollingElement ? [window_] : [clientBox(scroller), window_];
        return caretInView(view.coordsAtPos(view.state.selection.head, 1), areas);
      },
    },
  });
}
