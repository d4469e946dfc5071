import { keymap } from 'prosemirror-keymap';
import { type Command, type Plugin, Selection, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The element that scrolls the page: the nearest ancestor of the text that scrolls vertically. */
export function scrollerOf(view: EditorView): HTMLElement {
  for (let el = view.dom.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return document.scrollingElement as HTMLElement;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Chromium's page step: the visible height less an overlap of an eighth. */
const PAGE_SHARE = 0.875;

/**
 * The caret where the same point of the window shows once the page has scrolled one page
 * (`direction`), as a browser's PageDown/PageUp does; past the document's edge, at that edge.
 */
function movePage(view: EditorView, direction: 1 | -1, extend: boolean): void {
  const scroller = scrollerOf(view);
  const caret = view.coordsAtPos(view.state.selection.head);
  const step = Math.max(40, scroller.clientHeight * PAGE_SHARE) * direction;
  const before = scroller.scrollTop;
  scroller.scrollTop = before + step;
  const scrolled = scroller.scrollTop - before;
  // The blocks now in view are drawn in the next frames; only then can a point find its text.
  void nextFrame()
    .then(nextFrame)
    .then(() => {
      if (view.isDestroyed) return;
      const area = scroller.getBoundingClientRect();
      // Kept inside the window: the blocks drawn meanwhile (the caret's own, now at its real
      // height) may have moved the caret's old line out of it. Only a page that could not scroll
      // at all sends the caret to the document's edge.
      const y = Math.min(Math.max((caret.top + caret.bottom) / 2 + step - scrolled, area.top + 1), area.bottom - 1);
      const hit = scrolled !== 0 ? view.posAtCoords({ left: caret.left, top: y }) : null;
      const { doc, selection } = view.state;
      const head = hit ? Selection.near(doc.resolve(hit.pos)).$head : (direction > 0 ? Selection.atEnd(doc) : Selection.atStart(doc)).$head;
      const next = extend ? TextSelection.between(selection.$anchor, head) : Selection.near(head);
      view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
    });
}

const pageCommand =
  (direction: 1 | -1, extend: boolean): Command =>
  (_state, _dispatch, view) => {
    if (!view) return false;
    movePage(view, direction, extend);
    return true;
  };

/**
 * PageDown and PageUp (with Shift, extending the selection), done by the editor. Chromium's own
 * walks the lines a page further down, and those lines are not laid out while their block is
 * off screen (`content-visibility: auto`, renderer/editor/page.css): the caret sometimes stayed
 * where it was. This scrolls one page, waits until the blocks now in view are drawn, and puts the
 * caret at the point of the window where it was.
 */
export function pageKeysPlugin(): Plugin {
  return keymap({
    PageDown: pageCommand(1, false),
    PageUp: pageCommand(-1, false),
    'Shift-PageDown': pageCommand(1, true),
    'Shift-PageUp': pageCommand(-1, true),
  });
}
