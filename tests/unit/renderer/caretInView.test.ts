import { describe, expect, it } from 'vitest';
import { caretInView } from '../../../renderer/editor/caret/caretInView.ts';

const scroller = { left: 300, right: 1400, top: 60, bottom: 860 };
const window_ = { left: 0, right: 1440, top: 0, bottom: 900 };
const caret = (left: number, top: number) => ({ left, right: left, top, bottom: top + 25 });

describe('caretInView (whether scrolling the selection into view would move nothing)', () => {
  it.each([
    ['in the middle of the page', caret(700, 400), true],
    ['touching the top edge of the scroller', caret(700, 60), true],
    ['its bottom on the bottom edge of the scroller', caret(700, 835), true],
    ['one pixel above the scroller (under the toolbar)', caret(700, 59), false],
    ['one pixel below the scroller', caret(700, 836), false],
    ['left of the scroller (the outline beside it)', caret(299, 400), false],
    ['right of the scroller', caret(1401, 400), false],
  ])('caret %s: %s', (_what, at, inside) => {
    expect(caretInView(at, [scroller, window_])).toBe(inside);
  });

  it('asks every area: inside the scroller but outside the window is not in view', () => {
    const tall = { left: 0, right: 1440, top: 0, bottom: 2000 };
    expect(caretInView(caret(700, 1500), [tall])).toBe(true);
    expect(caretInView(caret(700, 1500), [tall, window_])).toBe(false);
  });
});
