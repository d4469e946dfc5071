/**
 * Keyword patterns for the reference recognisers. A pattern is matched on `foldText(text)`: its
 * keywords are folded the same way, spaces inside a keyword match one to three white spaces, and
 * a keyword starts and ends at a word boundary. Every quantifier is bounded and no two of them
 * can match the same characters, so a match costs at most a constant per starting position:
 * no catastrophic backtracking on any input (tests run 1 MB of adversarial text).
 */
import { foldText, sameWords } from './foldText.ts';

const ESCAPE = /[.*+?^${}()|[\]\\]/gu;

/**
 * Group 1 of the pattern is the keyword; `tail` (a regex source) follows it. The pattern has no
 * leading look-behind (it made every search three times slower: the engine can no longer skip
 * ahead to a keyword's first letter); `keywordMatches` checks that a match starts a word.
 */
export function keywordPattern(words: readonly string[], tail = ''): RegExp {
  const alternatives = [...new Set(words.map((w) => foldText(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(ESCAPE, '\\$&').replace(/ /gu, '\\s{1,3}'));
  return new RegExp(`(${alternatives.join('|')})(?![\\p{L}\\p{N}])${tail}`, 'gu');
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** The matches of a keyword pattern in `fold` that start a word. */
export function keywordMatches(fold: string, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const m of fold.matchAll(pattern)) if (m.index === 0 || !WORDLIKE.test(fold[m.index - 1])) out.push(m as RegExpExecArray);
  return out;
}

const memo = new Map<string, string | null>();
const MEMO_LIMIT = 10_000;

/** The keyword among `words` that `written` spells (tone placement and case aside), or null. */
export function keywordOf(written: string, words: readonly string[]): string | null {
  const key = `${written}\u0000${words.join('\u0000')}`;
  let found = memo.get(key);
  if (found === undefined) {
    found = words.find((w) => sameWords(written, w)) ?? null;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, found);
  }
  return found;
}
