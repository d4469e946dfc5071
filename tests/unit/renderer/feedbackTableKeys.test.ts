import { describe, expect, it } from 'vitest';
import { filterOfClick, sectionThemeHeat } from '../../../renderer/feedback/dashboard/chartOptions.ts';
import { goOnTo } from '../../../renderer/feedback/table/goOnTo.ts';
import { movedSelection, SHOWN_CHARS, shownText, slotCount } from '../../../renderer/feedback/table/FeedbackTable.tsx';

describe('keyboard navigation in the feedback table', () => {
  it.each([
    ['ArrowDown', -1, 0],
    ['ArrowDown', 5, 6],
    ['ArrowDown', 99_999, 99_999],
    ['ArrowUp', 5, 4],
    ['ArrowUp', 0, 0],
    ['PageDown', 5, 25],
    ['PageDown', 99_990, 99_999],
    ['PageUp', 15, 0],
    ['Home', 500, 0],
    ['End', 3, 99_999],
  ])('%s from %i selects %i of 100,000 rows', (key, from, to) => {
    expect(movedSelection(key, from, 100_000, 20)).toBe(to);
  });

  it('leaves other keys and an empty table to the page', () => {
    expect(movedSelection('a', 3, 10, 20)).toBeNull();
    expect(movedSelection('Enter', 3, 10, 20)).toBeNull();
    expect(movedSelection('ArrowDown', -1, 0, 20)).toBeNull();
  });
});

describe('after Ctrl+Enter saves the comment at row 4, the table read again', () => {
  const saved = { at: 4, decided: 'c4', id: 'c5' };
  it('goes to the comment that was after it, wherever the decided one went', () => {
    expect(goOnTo(saved, 'c5', 'c6')).toBe(4); // the decided comment left the filter
    expect(goOnTo(saved, 'c4', 'c5')).toBe(5); // it stayed
  });
  it('without the next row known (the rows were being read again), goes past the decided comment or to its place', () => {
    const unknown = { ...saved, id: undefined };
    expect(goOnTo(unknown, 'c4', 'c5')).toBe(5);
    expect(goOnTo(unknown, 'c5', 'c6')).toBe(4);
    // The next one was known but has gone too (another compiler decided it): the row in the decided one's place.
    expect(goOnTo(saved, 'c7', 'c8')).toBe(4);
  });
});

describe('the keys of the rows in view', () => {
  it('cycle through at least as many keys as rows drawn, so a window of consecutive rows never repeats one', () => {
    for (const rendered of [0, 1, 42, 64, 65, 130, 1_000]) {
      const slots = slotCount(rendered);
      expect(slots, String(rendered)).toBeGreaterThanOrEqual(rendered);
      for (const first of [0, 7, 99_950]) {
        const keys = Array.from({ length: rendered }, (_, k) => (first + k) % slots);
        expect(new Set(keys).size).toBe(rendered);
      }
    }
    expect(slotCount(42)).toBe(64);
    expect(slotCount(65)).toBe(128);
  });
});

describe('the text drawn in a row', () => {
  it('is the whole text up to SHOWN_CHARS characters, and past that its start with an ellipsis, SHOWN_CHARS in all', () => {
    const short = 'Cần làm rõ nội dung hòa giải ở cơ sở.';
    expect(shownText(short)).toBe(short);
    expect(shownText('')).toBe('');
    const exact = 'ơ'.repeat(SHOWN_CHARS);
    expect(shownText(exact)).toBe(exact);
    const long = 'Đề nghị bổ sung chỉ tiêu. '.repeat(20);
    const shown = shownText(long);
    expect(shown).toHaveLength(SHOWN_CHARS);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
  });
});

describe('a click on the dashboard', () => {
  it('opens the table filtered to the heat map cell’s section and theme, and nothing for a click off the data', () => {
    const option = sectionThemeHeat({
      sections: [{ value: 'd:s1', label: 'I. Kinh tế', count: 3 }, { value: '', label: '', count: 1 }],
      themes: [{ value: 'code-2', label: 'Kinh tế', count: 3 }, { value: '', label: '', count: 1 }],
      cells: [[0, 0, 3], [1, 1, 1]],
    }, (e) => e.label, (e) => e.value, 'heat');
    const data = (option.series as { data: unknown[] }[])[0].data;
    expect(filterOfClick(data[1])).toEqual({ section: [''], tag: [''] });
    expect(filterOfClick(data[0])).toEqual({ section: ['d:s1'], tag: ['code-2'] });
    expect(filterOfClick(undefined)).toBeNull();
    expect(filterOfClick(42)).toBeNull();
  });
});
