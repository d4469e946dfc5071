import { Plugin, type Selection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { scrollerOf } from '../pageKeys.ts';

/** Blocks within this many heights of the scroller above or below it are left to `content-visibility: auto`. */
const KEEP_SCREENS = 1;
/** When the kept range no longer covers KEEP_SCREENS, it is drawn again this wide, so scrolling rewrites the rule once a screen or so. */
const BAND_SCREENS = 2.5;
/** Below this many blocks there is nothing to gain. */
const MIN_BLOCKS = 200;

let views = 0;

/** The index of the first block of `blocks` whose bottom is below `y` (viewport coordinates); `blocks.length` if none. */
function firstBelow(blocks: HTMLCollection, y: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].getBoundingClientRect().bottom < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last block of `blocks` whose top is above `y`; -1 if none. */
function lastAbove(blocks: HTMLCollection, y: number): number {
  let lo = -1;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].getBoundingClientRect().top > y) hi = mid - 1;
    else lo = mid;
  }
  return lo;
}

/** The attribute page.css hides a block by (`content-visibility: hidden`). */
const FAR = 'data-far';

/** ProseMirror's DOM observer (not in its typings): writes made while it is stopped are not read back as edits. */
interface Observed {
  domObserver: { stop(): void; start(): void };
}

/**
 * Top-level blocks far from the visible part of the page get `content-visibility: hidden` (the
 * `data-far` attribute, page.css), the rest keep page.css's `auto`. Chromium decides whether each
 * `auto` block is on screen with an IntersectionObserver of its own, run for every such block in
 * every frame whose layout changed: 1,200 blocks cost about 3 ms of each keystroke's frame
 * (issue 9); a hidden block costs nothing there and is drawn the same (its remembered height).
 * The attribute is written with ProseMirror's DOM observer stopped, so it is not read as an
 * edit; a block ProseMirror draws again comes back without it (`auto`, always safe) until the
 * next measure. Not positional selectors: with `:nth-child` every Enter restyled every block
 * after it. The blocks holding the selection's ends stay drawn wherever they are: Chromium keeps
 * no selection inside hidden content. Print draws every block (page.css).
 */
export function farBlocksPlugin(): Plugin {
  return new Plugin({
    view(view) {
      const scroller = scrollerOf(view);
      let kept: [number, number] | null = null;
      let frame = 0;
      const measure = () => {
        frame = 0;
        if (view.isDestroyed) return;
        const blocks = view.dom.children;
        if (blocks.length < MIN_BLOCKS) kept = null;
        else {
          const area = scroller === document.scrollingElement ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
          const height = Math.max(area.bottom - area.top, 100);
          const need: [number, number] = [firstBelow(blocks, area.top - KEEP_SCREENS * height), lastAbove(blocks, area.bottom + KEEP_SCREENS * height)];
          if (!kept || need[0] < kept[0] || need[1] > kept[1] || kept[1] >= blocks.length) {
            kept = [firstBelow(blocks, area.top - BAND_SCREENS * height), lastAbove(blocks, area.bottom + BAND_SCREENS * height)];
          }
        }
        mark(view, kept);
      };
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(measure);
      };
      const target = scroller === document.scrollingElement ? window : scroller;
      target.addEventListener('scroll', schedule, { passive: true });
      // A panel opened or closed beside the page changes the width, and so every block's height.
      const resized = new ResizeObserver(schedule);
      resized.observe(scroller);
      schedule();
      return {
        update(view, previous) {
          if (view.state.doc.childCount !== previous.doc.childCount || endBlocks(view.state.selection) !== endBlocks(previous.selection)) schedule();
        },
        destroy() {
          cancelAnimationFrame(frame);
          target.removeEventListener('scroll', schedule);
          resized.disconnect();
        },
      };
    },
  });
}

/** The indices of the top-level blocks holding the selection's anchor and head, as one key. */
function endBlocks({ $anchor, $head }: Selection): string {
  return `${$anchor.index(0)} ${$head.index(0)}`;
}

/** Marks every block outside `kept` (indices) far, but those holding the selection's ends; none for null. */
function mark(view: EditorView, kept: [number, number] | null): void {
  const blocks = view.dom.children;
  const { $anchor, $head } = view.state.selection;
  const ends = new Set([$anchor.index(0), $head.index(0)]);
  const observer = (view as unknown as Observed).domObserver;
  let stopped = false;
  for (let i = 0; i < blocks.length; i++) {
    const far = kept !== null && (i < kept[0] || i > kept[1]) && !ends.has(i);
    if (blocks[i].hasAttribute(FAR) === far) continue;
    if (!stopped) {
      observer.stop();
      stopped = true;
    }
    blocks[i].toggleAttribute(FAR, far);
  }
  if (stopped) observer.start();
}
