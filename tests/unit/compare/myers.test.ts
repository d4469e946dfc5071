import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADD, DROP, KEEP, diffIds } from '../../../shared/compare/myers.ts';

/** Replays an edit script on `a`, returning the right side it produces and the number of edits. */
function replay(a: number[], b: number[], script: Uint8Array): { out: number[]; edits: number } {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  let edits = 0;
  for (const step of script) {
    if (step === KEEP) {
      expect(a[x]).toBe(b[y]);
      out.push(a[x++]);
      y++;
    } else if (step === DROP) (x++, edits++);
    else if (step === ADD) (out.push(b[y++]), edits++);
  }
  expect(x).toBe(a.length);
  return { out, edits };
}

describe('diffIds', () => {
  it('turns any sequence into any other with a script that replays exactly', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        expect(replay(a, b, diffIds(a, b)).out).toEqual(b);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('finds the shortest script (2 edits for one replaced token)', () => {
    expect(replay([1, 2, 3, 4], [1, 2, 9, 4], diffIds([1, 2, 3, 4], [1, 2, 9, 4])).edits).toBe(2);
    expect(replay([1, 2, 3], [2, 3, 1], diffIds([1, 2, 3], [2, 3, 1])).edits).toBe(2);
  });
});
