/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Whether the caret's rectangle lies inside every one of `areas` (the visible boxes of the
 * elements that scroll it, and the window). ProseMirror scrolls an element only when the caret
 * is outside its box on some side (its scrollThreshold is 0), so when this holds, scrolling the
 * selection into view would move nothing.
 */
export function caretInView(caret: Box, areas: readonly Box[]): boolean {
  return areas.every((area) => caret.top >= area.top && caret.bottom <= area.bottom && caret.left >= area.left && caret.right <= area.right);
}
