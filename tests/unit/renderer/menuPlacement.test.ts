import { describe, expect, it } from 'vitest';
import { MENU_MARGIN, placeMenu } from '../../../renderer/editor/menuPlacement.ts';

const VIEWPORT = { width: 1280, height: 800 };
const MENU = { width: 220, height: 430 };

describe('placeMenu', () => {
  it.each([
    ['at the point when it fits', 100, 100, { left: 100, top: 100, maxHeight: null }],
    ['moved up when opened near the bottom', 100, 700, { left: 100, top: 800 - 430 - MENU_MARGIN, maxHeight: null }],
    ['moved left when opened near the right edge', 1200, 100, { left: 1280 - 220 - MENU_MARGIN, top: 100, maxHeight: null }],
    ['moved up and left in the bottom right corner', 1279, 799, { left: 1280 - 220 - MENU_MARGIN, top: 800 - 430 - MENU_MARGIN, maxHeight: null }],
    ['kept off the top and left edges', -20, -5, { left: MENU_MARGIN, top: MENU_MARGIN, maxHeight: null }],
  ])('puts a menu that fits %s', (_name, x, y, expected) => {
    const place = placeMenu(x, y, MENU, VIEWPORT);
    expect(place).toEqual(expected);
    expect(place.left + MENU.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(place.top + MENU.height).toBeLessThanOrEqual(VIEWPORT.height);
  });

  it('starts a menu taller than the window at its top and lets it scroll within the window', () => {
    const place = placeMenu(300, 250, { width: 220, height: 430 }, { width: 1280, height: 300 });
    expect(place).toEqual({ left: 300, top: MENU_MARGIN, maxHeight: 300 - 2 * MENU_MARGIN });
  });
});
