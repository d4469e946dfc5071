import { type AlignState, type Side, UNPAIRED, setOf, unpaired } from './alignState.ts';
import { dice, intersectionSize, union } from './similarity.ts';

/** A block and two consecutive blocks of the other side at least this similar are one text. */
const JOIN_THRESHOLD = 0.6;
/** At least this share of a neighbour's bigrams must occur in the text it would complete. */
const CONTAINMENT = 0.8;
/** Above this many candidate triples the both-sides-unpaired search is skipped. */
const TRIPLE_LIMIT = 100_000;

/**
 * Finds splits (one left block → two consecutive right blocks) and merges (two consecutive left
 * blocks → one right block) among blocks left unpaired by the earlier steps: first an unpaired
 * block next to a paired one whose words (most of its bigrams) occur in that one's partner and
 * make the pair more similar, then an unpaired block whose text
 * two consecutive unpaired blocks on the other side make up together. Each group has at most two
 * parts on its many side.
 */
export function matchSplitMerge(state: AlignState): void {
  const multi = new Set<number>(); // left index of every group that already has two parts
  extendPairs(state, 0, multi);
  extendPairs(state, 1, multi);
  pairUnpairedTriples(state, 0);
  pairUnpairedTriples(state, 1);
}

/** `one` is the side with one block: 0 finds splits, 1 finds merges. */
function extendPairs(state: AlignState, one: Side, multi: Set<number>): void {
  const many: Side = one === 0 ? 1 : 0;
  const toOne = state.to[many];
  const toMany = state.to[one];
  for (const u of unpaired(state, many)) {
    const part = setOf(state, many, u);
    let best = { gain: 0, x: UNPAIRED };
    for (const n of [u - 1, u + 1]) {
      const x = n >= 0 && n < toOne.length ? toOne[n] : UNPAIRED;
      if (x === UNPAIRED || toMany[x] !== n || multi.has(one === 0 ? x : n)) continue;
      const target = setOf(state, one, x);
      const base = dice(target, setOf(state, many, n));
      if (intersectionSize(target, part) < CONTAINMENT * part.length) continue;
      const joined = dice(target, union(setOf(state, many, n), part));
      if (joined >= JOIN_THRESHOLD && joined - base > best.gain) best = { gain: joined - base, x };
    }
    if (best.x === UNPAIRED) continue;
    toOne[u] = best.x;
    multi.add(one === 0 ? best.x : toMany[best.x]);
  }
}

function pairUnpairedTriples(state: AlignState, one: Side): void {
  const many: Side = one === 0 ? 1 : 0;
  const singles = unpaired(state, one);
  const rest = unpaired(state, many);
  if (singles.length * rest.length > TRIPLE_LIMIT) return;
  for (const x of singles) {
    const target = setOf(state, one, x);
    let best = { score: JOIN_THRESHOLD, u: UNPAIRED };
    for (let q = 0; q + 1 < rest.length; q++) {
      const [u, v] = [rest[q], rest[q + 1]];
      if (v !== u + 1 || state.to[many][u] !== UNPAIRED || state.to[many][v] !== UNPAIRED) continue;
      const a = setOf(state, many, u);
      const b = setOf(state, many, v);
      const shared = intersectionSize(target, a) + intersectionSize(target, b);
      if ((2 * shared) / (target.length + Math.max(a.length, b.length)) < best.score) continue;
      const score = dice(target, union(a, b));
      if (score >= best.score) best = { score, u };
    }
    if (best.u === UNPAIRED) continue;
    state.to[one][x] = best.u;
    state.to[many][best.u] = x;
    state.to[many][best.u + 1] = x;
  }
}
