import { describe, expect, it } from 'vitest';
import { recogniseText } from '../../../shared/import/index.ts';
import { CORPUS_FILES, corpus } from './corpus.ts';
import { checkedDoc, exportedText, nonSpace, typeCounts } from './docText.ts';

/**
 * Counts made by reading the files line by line (line numbers are the file's):
 * thong-bao-nhanh — sections I–IV (7, 23, 49, 57); headings "1." ×11 (I: 2, II: 2, III: 3,
 * IV: 4); "1.1." ×11 (II: 1.1 1.2; IV: 1.1 1.2 1.3 2.1 2.2 2.3 2.4 2.5 2.5 — 2.5 twice in the
 * source); "a)" "b)"; targets (1)–(7), (1)–(22), (1)–(5), (1).–(11). = 45; ordinals Một–Năm ×2 and
 * Một–Sáu = 16; "- " ×16 and the web page's "•" ×5 = 21 bullets; 44 other paragraphs.
 * noi-bat — targets (1)–(4), 7 paragraphs (title and six unnumbered lines).
 * phuong-thuy-nguyen (hard-wrapped) — sections I–IV; "1." ×11 (I: 5, II: 2, IV: 4); targets
 * (1).–(5)., (1).–(11)., (1)–(3) = 19; "- " ×8 and "+ " ×4 = 12 bullets; 17 paragraphs (title,
 * subtitle, "Căn cứ…", "Sau một thời gian…", "Đã có 569…", "Tổng số đại biểu…", "Đại hội đại biểu…
 * 02 ngày", "Chương trình…", "ĐÁNH GIÁ CHUNG", "Đại hội… bối cảnh…", "Với phương châm…",
 * "Phường Thủy Nguyên…", "Nhiệm kỳ 2020 - 2025…", "Kinh tế…", "Công tác xây dựng Đảng…",
 * "Những kết quả…", "Đến năm 2030…").
 */
const EXPECTED: Record<string, Record<string, number>> = {
  'thong-bao-nhanh-ket-qua-dai-hoi.txt': {
    section: 4,
    heading1: 11,
    heading2: 11,
    heading4: 2,
    target: 45,
    ordinal: 16,
    bullet: 21,
    paragraph: 44,
  },
  'noi-bat-dai-hoi.txt': { target: 4, paragraph: 7 },
  'ket-qua-dai-hoi-phuong-thuy-nguyen.txt': { section: 4, heading1: 11, target: 19, bullet: 12, paragraph: 17 },
};

/** A removed label must look like one: this pattern is independent of the recogniser's rules. */
const LABEL_SHAPE = /^(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2}){0,2}\.|[a-z]\)|\(\d+\)\.?|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là,|[-+•])$/u;

describe('recogniseText on the corpus', () => {
  it.each(CORPUS_FILES)('finds the sections, headings, targets and items counted by hand in %s', (file) => {
    const result = recogniseText(corpus(file));
    checkedDoc(result);
    expect(typeCounts(result)).toEqual(EXPECTED[file]);
  });

  it.each(CORPUS_FILES)('drops no character of %s: the source equals the labels plus the block texts', (file) => {
    const source = corpus(file);
    const result = recogniseText(source);
    // Every non-space character, in order, and nothing else: labels put back where they were.
    expect(nonSpace(exportedText(result))).toBe(nonSpace(source));
    for (const label of result.labels) if (label !== null) expect(label).toMatch(LABEL_SHAPE);
  });

  it('keeps the targets’ figures in their text and removes only the "(n)" label', () => {
    const result = recogniseText(corpus('thong-bao-nhanh-ket-qua-dai-hoi.txt'));
    const index = result.doc.content.findIndex((n) => n.type === 'target' && n.content?.[0].text?.startsWith('GRDP bình quân'));
    expect(result.labels[index]).toBe('(2)');
    expect(result.doc.content[index].content?.[0].text).toBe('GRDP bình quân đầu người năm 2030 (giá hiện hành) đạt 11.247 USD/người.');
  });

  it('unwraps the hard-wrapped ward report and says so', () => {
    const result = recogniseText(corpus('ket-qua-dai-hoi-phuong-thuy-nguyen.txt'));
    expect(result.warnings.map((w) => w.code)).toEqual(['hard_wrap_joined']);
    const texts = result.doc.content.map((n) => n.content?.map((c) => c.text ?? '\n').join('') ?? '');
    expect(texts).toContain('Quan điểm, mục tiêu, nhiệm vụ trọng tâm và các khâu đột phá nhiệm kỳ 2025 - 2030');
    // A word cut at a hyphen is joined without a space.
    expect(texts.some((t) => t.includes('Nghị quyết số 1669/NQ-UBTVQH15, ngày 16/6/2025'))).toBe(true);
  });

  it('gives every block a deterministic id b1, b2 … in document order', () => {
    const result = recogniseText(corpus('noi-bat-dai-hoi.txt'));
    expect(result.doc.content.map((n) => n.attrs?.id)).toEqual(result.doc.content.map((_, i) => `b${i + 1}`));
    expect(recogniseText(corpus('noi-bat-dai-hoi.txt'))).toEqual(result);
  });
});
