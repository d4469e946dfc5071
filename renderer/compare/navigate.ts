/**
 * The next (dir 1) or previous (dir -1) visible change from row `current` (null: from outside the
 * document), wrapping around at the ends; null when nothing is visible. `visible` is sorted.
 */
export function stepChange(visible: readonly number[], current: number | null, dir: 1 | -1): number | null {
  if (visible.length === 0) return null;
  if (current === null) return dir === 1 ? visible[0] : visible[visible.length - 1];
  // First visible row strictly after `current`, by binary search: lists can hold 1,200 rows.
  let lo = 0;
  let hi = visible.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (visible[mid] <= current) lo = mid + 1;
    else hi = mid;
  }
  if (dir === 1) return lo < visible.length ? visible[lo] : visible[0];
  const at = visible[lo - 1] === current ? lo - 2 : lo - 1;
  return at >= 0 ? visible[at] : visible[visible.length - 1];
}
