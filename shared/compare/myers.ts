/** Edit script steps: keep a token of both sides, drop one from the left, add one from the right. */
export const KEEP = 0;
export const DROP = 1;
export const ADD = 2;

/**
 * The shortest edit script turning `a` into `b` (Myers' O((N+M)·D) algorithm) over interned token
 * ids. Returns one step per kept, dropped or added token, in order. Common prefix and suffix are
 * trimmed first, so nearly equal texts cost almost nothing.
 */
export function diffIds(a: ArrayLike<number>, b: ArrayLike<number>): Uint8Array {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = middleScript(a, b, start, endA, start, endB);
  const out = new Uint8Array(start + middle.length + (a.length - endA));
  out.set(middle, start); // prefix and suffix stay KEEP (0)
  return out;
}

/** Myers on a[a0..a1) and b[b0..b1), keeping each round's frontier to walk back the path. */
function middleScript(a: ArrayLike<number>, b: ArrayLike<number>, a0: number, a1: number, b0: number, b1: number): Uint8Array {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0) return new Uint8Array(m).fill(ADD);
  if (m === 0) return new Uint8Array(n).fill(DROP);
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, d);
    }
  }
  throw new Error('diffIds: no edit script found');
}

function backtrack(trace: Int32Array[], n: number, m: number, dEnd: number): Uint8Array {
  const steps: number[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const frontier = trace[d]; // v before round d, indices shifted by d + 1
    const at = (k: number) => frontier[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push(KEEP);
      x--;
      y--;
    }
    steps.push(down ? ADD : DROP);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    steps.push(KEEP);
    x--;
    y--;
  }
  return Uint8Array.from(steps.reverse());
}
