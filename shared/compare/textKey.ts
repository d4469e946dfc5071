import { UNICODE_SETS_GLOBAL, compareKey } from '../text/normalize.ts';

/**
 * Runs of a text that compareKey treats independently: letter runs, whitespace, anything else.
 * The v flag (see UNICODE_SETS in normalize.ts) matches as u does here; it is cheaper to compile.
 */
const RUN = new RegExp(String.raw`[\p{L}\p{M}]+|\s+|[^\p{L}\p{M}\s]+`, UNICODE_SETS_GLOBAL);

/**
 * A memo of the keys of the runs (syllables, punctuation) met while comparing. Vietnamese has a
 * few thousand distinct syllables, so a report's keys are mostly memo hits.
 */
export type KeyMemo = Map<string, string>;

/** Beyond this many runs the process-wide memo starts afresh (keeps memory bounded). */
const MEMO_LIMIT = 100_000;
const processMemo: KeyMemo = new Map();

/**
 * The memo shared by every comparison in this process. Keys are a pure function of the run, so
 * sharing only saves work: a second comparison of a draft finds its syllables already keyed.
 */
export function sharedKeyMemo(): KeyMemo {
  if (processMemo.size > MEMO_LIMIT) processMemo.clear();
  return processMemo;
}

/**
 * `compareKey(text)`, computed run by run with a memo: equal to compareKey for every text (both
 * work per syllable, and whitespace becomes one space, trimmed at the ends), many times faster
 * on long texts.
 */
export function textKey(text: string, memo: KeyMemo = sharedKeyMemo()): string {
  let out = '';
  for (const run of text.match(RUN) ?? []) out += runKey(run, memo);
  return out.trim();
}

/** The key of one syllable or stretch of punctuation. */
export function runKey(run: string, memo: KeyMemo): string {
  let key = memo.get(run);
  if (key === undefined) {
    key = /^\s/u.test(run) ? ' ' : compareKey(run);
    memo.set(run, key);
  }
  return key;
}
