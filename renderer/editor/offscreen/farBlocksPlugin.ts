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

/**
 * Top-level blocks far from the visible part of the page get `content-visibility: hidden`, the
 * rest keep page.css's `auto`. Chromium decides whether each `auto` block is on screen with an
 * IntersectionObserver of its own, run for every such block in every frame whose layout changed:
 * 1,200 blocks cost about 3 ms of each keystroke's frame (issue 9); a hidden block costs nothing
 * there and is drawn the same (its remembered height). The far ones are picked by a style rule
 * on `:nth-child` ranges, written when the page scrolls past the kept range, so ProseMirror's
 * DOM is never touched. The blocks holding the selection's ends stay drawn whatever their place:
 * Chromium keeps no selection inside hidden content. Print draws every block (page.css).
 */
export function farBlocksPlugin(): Plugin {
  const band = String(++views);
  return new Plugin({
    props: { attributes: { 'data-band': band } },
    view(view) {
      const style = document.createElement('style');
      document.head.append(style);
      const scroller = scrollerOf(view);
      let kept: [number, number] | null = null;
      let frame = 0;
      const measure = () => {
        frame = 0;
        if (view.isDestroyed) return;
        const blocks = view.dom.children;
        if (blocks.length < MIN_BLOCKS) return write(view, style, band, null);
        const area = scroller === document.scrollingElement ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
        const height = Math.max(area.bottom - area.top, 100);
        const need: [number, number] = [firstBelow(blocks, area.top - KEEP_SCREENS * height), lastAbove(blocks, area.bottom + KEEP_SCREENS * height)];
        if (!kept || need[0] < kept[0] || need[1] > kept[1] || kept[1] >= blocks.length) {
          kept = [firstBelow(blocks, area.top - BAND_SCREENS * height), lastAbove(blocks, area.bottom + BAND_SCREENS * height)];
        }
        write(view, style, band, kept);
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
          style.remove();
        },
      };
    },
  });
}

/** The indices of the top-level blocks holding the selection's anchor and head, as one key. */
function endBlocks({ $anchor, $head }: Selection): string {
  return `${$anchor.index(0)} ${$head.index(0)}`;
}

/** Writes the rule hiding every block outside `kept` (indices) but those holding the selection's ends; none for null. */
function write(view: EditorView, style: HTMLStyleElement, band: string, kept: [number, number] | null): void {
  let rule = '';
  if (kept) {
    const { $anchor, $head } = view.state.selection;
    // Only an end outside the kept range needs naming, so typing and Enter near it leave the rule
    // as it is (a new rule restyles every block). nth-child counts from 1.
    const outside = [$anchor.index(0), $head.index(0)].filter((i) => i < kept[0] || i > kept[1]);
    const not = `:not(.caret-block):not(.doc-header)${[...new Set(outside)].map((i) => `:not(:nth-child(${i + 1}))`).join('')}`;
    const root = `.page .ProseMirror[data-band="${band}"]`;
    rule = `@media screen { ${root} > :nth-child(-n+${kept[0]})${not}, ${root} > :nth-child(n+${kept[1] + 2})${not} { content-visibility: hidden; } }`;
  }
  if (style.textContent !== rule) style.textContent = rule;
}
