import { describe, expect, it } from 'vitest';
import { convertLegacy, encodeTcvn3, encodeTcvn3Capitals, encodeVni, legacyEncodingOf } from '../../../shared/import/index.ts';
import { TCVN3_TO_UNICODE } from '../../../shared/import/legacy/tcvn3.ts';
import { CORPUS_FILES, corpus } from './corpus.ts';

/** Every Vietnamese letter with a diacritic, lower case (67 = 12 vowels × 6 − 5 unaccented + đ). */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LETTERS = [...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).filter((l) => !'aeiouy'.includes(l)).concat('đ');

/** Corpus sentences, each a line's text up to its first full stop. */
const sentences = CORPUS_FILES.flatMap((f) => corpus(f).split(/(?<=\.)\s|\n/u))
  .map((s) => s.trim().normalize('NFC'))
  .filter((s) => s.length > 20 && /^[\p{L}\p{N}\p{P}\p{Zs}%+<>=~$|^`]*$/u.test(s));

describe('legacy font names', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnArial Narrow', 'tcvn3'],
    ['.VnTimeH', 'tcvn3-capitals'],
    ['.VnArialH', 'tcvn3-capitals'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['Times New Roman', null],
    ['VnTime', null],
  ])('%s is %s', (font, encoding) => {
    expect(legacyEncodingOf(font)).toBe(encoding);
  });
});

describe('TCVN3', () => {
  it('decodes the well-known strings of old Party documents', () => {
    expect(convertLegacy('§¶ng Céng s¶n ViÖt Nam', '.VnTime')).toBe('Đảng Cộng sản Việt Nam');
    expect(convertLegacy('B¸o c¸o chÝnh trÞ', '.VnTime')).toBe('Báo cáo chính trị');
    expect(convertLegacy('Ninh B×nh', '.VnTime')).toBe('Ninh Bình');
  });

  it('has one byte for each of the 67 lower-case letters and the 7 bare capitals, none shared', () => {
    const values = [...TCVN3_TO_UNICODE.values()];
    expect(new Set(values).size).toBe(values.length);
    expect([...LETTERS].filter((l) => !values.includes(l))).toEqual([]);
    expect(values.filter((v) => v === v.toUpperCase()).sort()).toEqual(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].sort());
  });

  it('draws every letter as a capital in the …H fonts', () => {
    expect(convertLegacy('®¶ng céng s¶n viÖt nam', '.VnTimeH')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('round-trips corpus sentences whose capitals the normal font can write', () => {
    const writable = sentences.filter((s) => [...s].every((ch) => ch === ch.toLowerCase() || /[A-ZĂÂÊÔƠƯĐ]/u.test(ch)));
    expect(writable.length).toBeGreaterThan(50);
    for (const s of writable) expect(convertLegacy(encodeTcvn3(s), '.VnTime')).toBe(s);
  });

  it('round-trips every corpus sentence through a capital font as its upper case', () => {
    for (const s of sentences) expect(convertLegacy(encodeTcvn3Capitals(s), '.VnTimeH')).toBe(s.toUpperCase());
  });

  it('refuses to encode a capital with a tone in a normal font', () => {
    expect(() => encodeTcvn3('Ủy ban')).toThrow(RangeError);
  });
});

describe('VNI', () => {
  it('decodes the well-known strings', () => {
    expect(convertLegacy('Vieät Nam', 'VNI-Times')).toBe('Việt Nam');
    expect(convertLegacy('Ñaûng Coäng saûn', 'VNI-Times')).toBe('Đảng Cộng sản');
    expect(convertLegacy('Xin chaøo caùc baïn', 'VNI-Times')).toBe('Xin chào các bạn');
    expect(convertLegacy('ÑAÛNG COÄNG SAÛN VIEÄT NAM', 'VNI-Times')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(convertLegacy('ngöôøi, thöïc hieän, nhieäm kyø', 'VNI-Times')).toBe('người, thực hiện, nhiệm kỳ');
  });

  it('writes every letter, lower and upper case, and reads it back', () => {
    for (const l of LETTERS.concat(LETTERS.map((x) => x.toUpperCase()))) expect(convertLegacy(encodeVni(l), 'VNI-Times')).toBe(l);
  });

  it('round-trips every corpus sentence', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) expect(convertLegacy(encodeVni(s), 'VNI-Times')).toBe(s);
  });

  it('keeps a modifier byte that follows no vowel as it is', () => {
    expect(convertLegacy('5ø', 'VNI-Times')).toBe('5ø');
  });
});

describe('convertLegacy on Unicode fonts', () => {
  it('returns the text unchanged, in NFC', () => {
    expect(convertLegacy('Ho\u0061\u0300', 'Times New Roman')).toBe('Hoà');
    expect(convertLegacy('µ¶', null)).toBe('µ¶');
  });
});
