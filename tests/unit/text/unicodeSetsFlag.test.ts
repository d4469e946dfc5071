import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textKey } from '../../../shared/compare/textKey.ts';
import { isNumberToken, isWord, tokenize } from '../../../shared/compare/tokenize.ts';
import { UNICODE_SETS, UNICODE_SETS_GLOBAL, compareKey } from '../../../shared/text/normalize.ts';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const corpusTexts = () => readdirSync(CORPUS).map((name) => readFileSync(new URL(name, CORPUS), 'utf8'));

/**
 * Every code point (lone surrogates too), in blocks of 64 between a space, a digit, a letter, a
 * mark and a full stop, so that each one is met alone, inside runs and at their edges.
 */
function everyCodePoint(): string[] {
  const texts: string[] = [];
  for (let start = 0; start <= 0x10ffff; start += 4096) {
    let text = '';
    for (let cp = start; cp < Math.min(start + 4096, 0x110000); cp++) {
      text += String.fromCodePoint(cp);
      if (cp % 64 === 63) text += [' ', '7', 'a', '\u0301', '.'][(cp >> 6) % 5];
    }
    texts.push(text);
  }
  return texts;
}

/** The comparison's patterns as they were written with the u flag: the v spellings must match as they do. */
const U_PATTERNS = {
  run: /[\p{L}\p{M}]+|\s+|[^\p{L}\p{M}\s]+/gu,
  token: /\s+|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+|[^]/gu,
  words: /[\p{L}\p{M}\p{N}]+/gu,
  syllable: /[\p{L}\p{M}]+/gu,
  word: /^[\p{L}\p{M}\p{N}]/u,
  number: /^\p{N}+(?:[.,]\p{N}+)*$/u,
};

describe('the v flag matches as the u flag in the comparison’s patterns', () => {
  const texts = [...corpusTexts(), ...everyCodePoint()];

  it.each(Object.entries(U_PATTERNS))('%s: the same matches on the corpus and on every code point', (_name, u) => {
    const v = new RegExp(u.source, u.global ? UNICODE_SETS_GLOBAL : UNICODE_SETS);
    for (const text of texts) {
      if (u.global) expect(text.match(v)).toEqual(text.match(u));
      else expect([...text].filter((ch) => v.test(ch))).toEqual([...text].filter((ch) => u.test(ch)));
    }
  });

  it('tokenize, isWord and isNumberToken give on the corpus and on every code point what the u patterns give', () => {
    for (const text of texts) {
      const tokens = tokenize(text);
      expect(tokens).toEqual(text.match(U_PATTERNS.token));
      expect(tokens.filter(isWord)).toEqual(tokens.filter((t) => U_PATTERNS.word.test(t)));
      expect(tokens.filter(isNumberToken)).toEqual(tokens.filter((t) => U_PATTERNS.number.test(t)));
    }
    expect(corpusTexts().flatMap(tokenize).filter(isNumberToken).length).toBeGreaterThan(100);
  });

  it('textKey gives compareKey on the corpus', () => {
    for (const text of corpusTexts()) {
      for (const paragraph of text.split('\n').slice(0, 200)) {
        expect(textKey(paragraph, new Map())).toBe(compareKey(paragraph));
      }
    }
  });
});
