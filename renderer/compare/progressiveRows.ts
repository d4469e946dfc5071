/** The place of `row` in the sorted list `indices`, or the place it would take there. */
export function placeOf(indices: readonly number[], row: number): number {
  let lo = 0;
  let hi = indices.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indices[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many rows to draw at once: around each anchor row, or from the top when there is none. */
export interface FirstWindow {
  above: number;
  below: number;
  fromTop: number;
}

/**
 * The rows of `indices` (sorted row numbers) to draw first: the rows already drawn, and those from
 * `above` places before an anchor row to `below` places after it (the place it would take if it is
 * not in the list); without anchors, the first `fromTop` rows. In the order of `indices`, and
 * `indices` itself when that is every row, so callers can tell "all drawn" by identity.
 */
export function firstRows(indices: readonly number[], drawn: ReadonlySet<number>, anchors: readonly (number | null)[], window: FirstWindow): readonly number[] {
  const places = anchors.filter((a): a is number => a !== null).map((a) => placeOf(indices, a));
  const near = places.length === 0 ? (p: number) => p < window.fromTop : (p: number) => places.some((q) => p >= q - window.above && p < q + window.below);
  const rows = indices.filter((row, p) => drawn.has(row) || near(p));
  return rows.length === indices.length ? indices : rows;
}
