import { describe, expect, it } from 'vitest';
import { firstRows, placeOf } from '../../../renderer/compare/progressiveRows.ts';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const WINDOW = { above: 20, below: 80, fromTop: 200 };

describe('the rows drawn first when a long list of rows is shown', () => {
  const all = range(0, 1000);

  it('draws the top of the list first when there is no anchor', () => {
    expect(firstRows(all, new Set(), [], WINDOW)).toEqual(range(0, 200));
    expect(firstRows(all, new Set(), [null, null], WINDOW)).toEqual(range(0, 200));
  });

  it('draws the rows around each anchor, and keeps every row already drawn', () => {
    const changes = [5, 420, 990];
    expect(firstRows(all, new Set(changes), [500], WINDOW)).toEqual([5, 420, ...range(480, 580), 990]);
    expect(firstRows(all, new Set(), [500, 950], WINDOW)).toEqual([...range(480, 580), ...range(930, 1000)]);
    expect(firstRows(all, new Set(), [null, 10], WINDOW)).toEqual(range(0, 90));
  });

  it('anchors on the place a row would take when the row is not in the list', () => {
    const evens = range(0, 500).map((k) => 2 * k);
    expect(placeOf(evens, 101)).toBe(51);
    expect(placeOf(evens, 5000)).toBe(500);
    expect(firstRows(evens, new Set(), [101], { above: 2, below: 2, fromTop: 0 })).toEqual([98, 100, 102, 104]);
  });

  it('returns the list itself when every row is drawn at once, so "all drawn" is an identity check', () => {
    const short = range(0, 150);
    expect(firstRows(short, new Set(), [], WINDOW)).toBe(short);
    const only = [3, 8, 40];
    expect(firstRows(only, new Set(all), [500], WINDOW)).toBe(only);
    expect(firstRows(all, new Set(), [], WINDOW)).not.toBe(all);
  });
});
