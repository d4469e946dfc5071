/** A box's size, or the viewport's. */
export interface Size {
  width: number;
  height: number;
}

/** Where a popup menu goes, and the height it may take when the window is shorter than it. */
export interface MenuPlacement {
  left: number;
  top: number;
  maxHeight: number | null;
}

/** The gap kept between a menu and the window's edges. */
export const MENU_MARGIN = 4;

/**
 * Where a menu of `menu` size opened at the point (`x`, `y`) goes so that all of it is inside the
 * `viewport`: at the point when it fits, else moved left and up just enough (as a desktop menu
 * opens leftwards or upwards at the right and bottom edges). A menu taller than the window starts
 * at its top and scrolls.
 */
export function placeMenu(x: number, y: number, menu: Size, viewport: Size): MenuPlacement {
  const room = viewport.height - 2 * MENU_MARGIN;
  const height = Math.min(menu.height, room);
  const left = Math.max(MENU_MARGIN, Math.min(x, viewport.width - menu.width - MENU_MARGIN));
  const top = Math.max(MENU_MARGIN, Math.min(y, viewport.height - height - MENU_MARGIN));
  return { left, top, maxHeight: menu.height > room ? room : null };
}
