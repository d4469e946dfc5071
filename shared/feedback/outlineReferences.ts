/**
 * References to numbered places: "Phần thứ hai" / "phần II", "mục II.3" / "mục 2", "tiểu mục
 * 2.1", "điểm a", "chỉ tiêu (7)" / "chỉ tiêu số 7" / "các chỉ tiêu (3), (4) và (5)", and the
 * ordinals "Một là" … "Mười là".
 */
import { cardinalWords, capitalize, ordinalWords } from '../numbering/vietnameseWords.ts';
import { foldText } from './foldText.ts';
import { keywordMatches, keywordOf, keywordPattern } from './keywordPattern.ts';
import type { Reference, ReferenceKind } from './references.ts';

const f = foldText;
const PATH = '(?:[ivxlc]{1,7}|\\d{1,3})(?:\\.\\d{1,3}){0,4}';
/** A label ends where no letter, digit, "%" or decimal part follows ("chỉ tiêu 7,5%" names no target). */
const END = '(?![\\p{L}\\p{N}%]|[.,]\\d)';

const PLACE_WORDS: Record<string, ReferenceKind> = {
  'tiểu mục': 'subsection',
  mục: 'section',
  phần: 'part',
  điểm: 'point',
  tiết: 'point',
};
const PLACE = keywordPattern(
  Object.keys(PLACE_WORDS),
  `\\s{0,3}(?:${f('số')}\\s{1,3})?(?:(${PATH})${END}|([a-zđ])(?=\\)|[^\\p{L}\\p{N}]|$)|${f('thứ')}\\s{1,3}(\\p{L}{2,5}))`,
);

/** 1–10 by the fold of the word after "thứ" ("nhât", "hai", "tư" …): the groups are read from the fold. */
const ORDINAL_NUMBER = new Map<string, number>();
for (let n = 1; n <= 10; n++) ORDINAL_NUMBER.set(foldText(ordinalWords(n)), n);

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i]];
    total += i + 1 < roman.length && ROMAN[roman[i + 1]] > v ? -v : v;
  }
  return total;
}

export function outlineReferences(text: string, fold: string): Reference[] {
  return [...places(text, fold), ...targets(text, fold), ...ordinals(text, fold)];
}

function places(text: string, fold: string): Reference[] {
  const out: Reference[] = [];
  for (const m of keywordMatches(fold, PLACE)) {
    const word = keywordOf(text.slice(m.index, m.index + m[1].length), Object.keys(PLACE_WORDS));
    if (!word) continue;
    const kind = PLACE_WORDS[word];
    const value = placeValue(kind, m[2], m[3], m[4]);
    if (value) out.push({ kind, value, from: m.index, to: m.index + m[0].length });
  }
  return out;
}

function placeValue(kind: ReferenceKind, path: string | undefined, letter: string | undefined, ordinal: string | undefined): string | null {
  if (kind === 'part') {
    const n = path ? (/^\d/u.test(path) ? Number(path) : romanValue(path)) : ordinal ? ORDINAL_NUMBER.get(ordinal) : undefined;
    return n ? `Phần thứ ${ordinalWords(n)}` : null;
  }
  // "điểm c": c is also a roman numeral, so the path pattern may have taken it.
  if (kind === 'point') return letter ?? (path && /^[a-z]$/u.test(path) ? path : null);
  if (!path) return null;
  return path.replace(/^[ivxlc]+/u, (roman) => roman.toUpperCase());
}

const TARGET_ONE = `(?:\\(\\s{0,2}(\\d{1,3})\\s{0,2}\\)|(\\d{1,3})${END})`;
const TARGET = keywordPattern(['chỉ tiêu'], `\\s{0,3}(?:(?:${f('số')}|${f('thứ')})\\s{0,3})?${TARGET_ONE}`);
/** One more of a list: ", (4)", " và (5)", "; 6". */
const TARGET_NEXT = new RegExp(`\\s{0,3}(?:,|;|${f('và')}(?![\\p{L}]))\\s{0,3}${TARGET_ONE}`, 'uy');
const MAX_LIST = 30;

function targets(text: string, fold: string): Reference[] {
  const out: Reference[] = [];
  for (const m of keywordMatches(fold, TARGET)) {
    if (!keywordOf(text.slice(m.index, m.index + m[1].length), ['chỉ tiêu'])) continue;
    out.push({ kind: 'target', value: `(${Number(m[2] ?? m[3])})`, from: m.index, to: m.index + m[0].length });
    TARGET_NEXT.lastIndex = m.index + m[0].length;
    for (let k = 0; k < MAX_LIST; k++) {
      const next = TARGET_NEXT.exec(fold);
      if (!next) break;
      const lead = next[0].search(/[(\d]/u); // the span starts at the number, not at ", và"
      out.push({ kind: 'target', value: `(${Number(next[1] ?? next[2])})`, from: next.index + lead, to: next.index + next[0].length });
    }
  }
  return out;
}

const ORDINAL_WORDS = Array.from({ length: 10 }, (_, i) => `${cardinalWords(i + 1)} là`);
const ORDINAL = keywordPattern(ORDINAL_WORDS);

/**
 * A comment that lists its own points ("Một là, đề nghị …; Hai là, …") is not naming the draft's
 * ordinals: an ordinal at the start of the text or of a sentence or line is taken as a reference
 * only when quoted (“Hai là”).
 */
function ordinals(text: string, fold: string): Reference[] {
  const out: Reference[] = [];
  for (const m of keywordMatches(fold, ORDINAL)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index).trimEnd();
    if (before === '' || /[.;:!?\n]$/u.test(before)) continue;
    const word = keywordOf(text.slice(m.index, m.index + m[0].length), ORDINAL_WORDS);
    if (word) out.push({ kind: 'ordinal', value: capitalize(word), from: m.index, to: m.index + m[0].length });
  }
  return out;
}
