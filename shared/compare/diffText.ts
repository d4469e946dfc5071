import { classifyHunk } from './classifyHunk.ts';
import { ADD, DROP, KEEP, diffIds } from './myers.ts';
import { isSpace, tokenize } from './tokenize.ts';
import type { Token } from './types.ts';
import type { KeyMemo } from './textKey.ts';

/** Maps token text to small integers so the diff compares numbers, not strings. */
export type Interner = Map<string, number>;

/** A stretch of the edit script: tokens a[a0..a1) and b[b0..b1), equal or replaced. */
interface Run {
  same: boolean;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * The syllable-level diff of two texts as whole-word runs, each replaced run classified.
 * Equal texts give one `equal` run (none for two empty texts).
 */
export function diffText(left: string, right: string, interner: Interner = new Map(), memo: KeyMemo = new Map()): Token[] {
  const a = tokenize(left);
  const b = tokenize(right);
  const runs = absorbSpaces(widen(toRuns(diffIds(intern(a, interner), intern(b, interner))), a, b), a);
  const tokens: Token[] = [];
  for (const run of runs) {
    const removed = a.slice(run.a0, run.a1).join('');
    const added = b.slice(run.b0, run.b1).join('');
    if (run.same) {
      if (removed) tokens.push({ op: 'equal', text: removed });
      continue;
    }
    const cls = classifyHunk(removed, added, memo);
    if (removed) tokens.push({ op: 'delete', text: removed, class: cls });
    if (added) tokens.push({ op: 'insert', text: added, class: cls });
  }
  return tokens;
}

function intern(tokens: string[], interner: Interner): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let id = interner.get(tokens[i]);
    if (id === undefined) interner.set(tokens[i], (id = interner.size));
    ids[i] = id;
  }
  return ids;
}

function toRuns(script: Uint8Array): Run[] {
  const runs: Run[] = [];
  let x = 0;
  let y = 0;
  for (const step of script) {
    const same = step === KEEP;
    let run = runs.at(-1);
    if (!run || run.same !== same) runs.push((run = { same, a0: x, a1: x, b0: y, b1: y }));
    if (step !== ADD) run.a1 = ++x;
    if (step !== DROP) run.b1 = ++y;
  }
  return runs;
}

/**
 * Grows every replaced run until it starts and ends on word boundaries (so "47" → "47%" is shown
 * as whole words, never as an inserted "%"), then joins replaced runs that come to touch.
 */
function widen(runs: Run[], a: string[], b: string[]): Run[] {
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.same) continue;
    const before = runs[i - 1];
    const after = runs[i + 1];
    while (before && before.a1 > before.a0 && cutBefore(run, before, a, b)) {
      before.a1--;
      before.b1--;
      run.a0--;
      run.b0--;
    }
    while (after && after.a1 > after.a0 && cutAfter(run, after, a, b)) {
      after.a0++;
      after.b0++;
      run.a1++;
      run.b1++;
    }
  }
  const joined: Run[] = [];
  for (const run of runs) {
    if (run.a0 === run.a1 && run.b0 === run.b1) continue;
    const last = joined.at(-1);
    if (last && !last.same && !run.same) {
      last.a1 = run.a1;
      last.b1 = run.b1;
    } else joined.push(run);
  }
  return joined;
}

/**
 * Joins two replaced runs separated only by spaces, so "trước hết" → "chủ yếu" reads as one
 * replacement instead of alternating one-syllable deletions and insertions.
 */
function absorbSpaces(runs: Run[], a: string[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const last = out.at(-1);
    const next = runs[i + 1];
    if (run.same && last && !last.same && next && !next.same && onlySpaces(a, run)) {
      last.a1 = next.a1;
      last.b1 = next.b1;
      i++;
    } else out.push(run);
  }
  return out;
}

function onlySpaces(tokens: string[], run: Run): boolean {
  for (let i = run.a0; i < run.a1; i++) if (!isSpace(tokens[i])) return false;
  return true;
}

/** True when the run's first token on some side glues onto the word just before it. */
function cutBefore(run: Run, before: Run, a: string[], b: string[]): boolean {
  if (isSpace(a[before.a1 - 1])) return false;
  return (run.a1 > run.a0 && !isSpace(a[run.a0])) || (run.b1 > run.b0 && !isSpace(b[run.b0]));
}

/** True when the run's last token on some side glues onto the word just after it. */
function cutAfter(run: Run, after: Run, a: string[], b: string[]): boolean {
  if (isSpace(a[after.a0])) return false;
  return (run.a1 > run.a0 && !isSpace(a[run.a1 - 1])) || (run.b1 > run.b0 && !isSpace(b[run.b1 - 1]));
}
