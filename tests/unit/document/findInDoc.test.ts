import { readFileSync } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { createFinder, findInDoc, type FindOptions } from '../../../shared/editor/find/findInDoc.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { importFile } from '../../../shared/import/importFile.ts';

/** A corpus file as the app imports it (the same document the editor would show). */
function corpusDoc(name: string): Node {
  const bytes = readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url));
  return schema.nodeFromJSON(importFile(bytes, name).doc);
}

const THONG_BAO = corpusDoc('thong-bao-nhanh-ket-qua-dai-hoi.txt');
const THUY_NGUYEN = corpusDoc('ket-qua-dai-hoi-phuong-thuy-nguyen.txt');

const paragraphs = (...texts: string[]) => docFromFlatBlocks(texts.map((text, i) => ({ id: `p${i}`, type: 'paragraph', level: null, text })));
const found = (doc: Node, query: string, options?: FindOptions) => findInDoc(doc, query, options).map((m) => doc.textBetween(m.from, m.to));

describe('findInDoc on the corpus (old and new tone placement mixed)', () => {
  // Figures counted by hand with grep over the .txt files: in the Hải Phòng notice "Cộng hoà"
  // once, "hài hòa" twice, and "hoàn"/"Hoàn" 17 times; "uỷ"/"Uỷ" 19 times and "ủy"/"Ủy" 14 times.
  it.each<[string, Node, string[], FindOptions, number]>([
    ['Hải Phòng notice', THONG_BAO, ['hoà', 'hòa', 'HOÀ', 'Hòa'], { wholeSyllables: true }, 3],
    ['Hải Phòng notice, "hoàn" as a prefix', THONG_BAO, ['hoà', 'hòa', 'HOÀ'], {}, 20],
    ['Hải Phòng notice', THONG_BAO, ['uỷ', 'ủy', 'Uỷ', 'ỦY'], {}, 33],
    ['Hải Phòng notice', THONG_BAO, ['hoá', 'hóa'], {}, 38],
    ['Thuỷ Nguyên report', THUY_NGUYEN, ['uỷ', 'ủy'], {}, 32],
    ['Thuỷ Nguyên report', THUY_NGUYEN, ['thuỷ', 'thủy', 'THUỶ'], {}, 18],
    ['Thuỷ Nguyên report', THUY_NGUYEN, ['hoá', 'hóa'], {}, 14],
  ])('%s: %j each find the same, %j → %i', (_label, doc, queries, options, count) => {
    for (const query of queries) expect(findInDoc(doc, query, options), query).toHaveLength(count);
  });

  it('returns the text as written, in document order', () => {
    expect(found(THONG_BAO, 'hòa', { wholeSyllables: true })).toEqual(['hoà', 'hòa', 'hòa']);
    expect(found(THONG_BAO, 'Cộng hòa')).toEqual(['Cộng hoà']);
    expect(found(THONG_BAO, 'CỘNG HOÀ XÃ HỘI')).toEqual(['Cộng hoà xã hội']);
  });

  it('finds multi-word phrases whatever their case', () => {
    expect(found(THONG_BAO, 'ban chấp hành')).toEqual(Array(6).fill('Ban Chấp hành'));
    expect(found(THUY_NGUYEN, 'BAN CHẤP HÀNH')).toHaveLength(5);
  });

  it('lets the last syllable be the start of a longer one while it is being typed', () => {
    // grep -ci: 91 times "phát tr…" in the notice, every one of them "phát triển".
    const texts = found(THONG_BAO, 'phát tr');
    expect(texts).toHaveLength(91);
    expect(new Set(texts.map((t) => t.toLowerCase()))).toEqual(new Set(['phát triển']));
    expect(findInDoc(THONG_BAO, 'phát tr', { wholeSyllables: true })).toEqual([]);
  });
});

describe('findInDoc matching rules', () => {
  const doc = paragraphs('Phát triển kinh tế, hoà bình và ổn định.', 'Cái ma, cái mà, cái mả; đa dạng và da màu.', 'phát  triển\u00a0bền vững');

  it('matches white space with any white space', () => {
    expect(found(doc, 'phát triển bền')).toEqual(['phát  triển\u00a0bền']);
    expect(found(doc, 'kinh   tế')).toEqual(['kinh tế']);
  });

  it('keeps tones and the other diacritics significant', () => {
    expect(found(doc, 'ma', { wholeSyllables: true })).toEqual(['ma']);
    expect(found(doc, 'mà')).toEqual(['mà', 'màu']);
    expect(found(doc, 'đa')).toEqual(['đa']);
    expect(found(doc, 'da', { wholeSyllables: true })).toEqual(['da']);
    expect(found(doc, 'hoa')).toEqual([]);
  });

  it('takes a prefix only at the query’s end, tone-placement-insensitively', () => {
    expect(found(doc, 'phát triê')).toEqual(['Phát triển', 'phát  triển']);
    expect(found(doc, 'ph triển')).toEqual([]);
    expect(found(paragraphs('hoàn thành, hoạch định'), 'hòa')).toEqual(['hoàn']);
  });

  it('ignores every diacritic when asked', () => {
    expect(found(doc, 'phat trien', { ignoreDiacritics: true })).toEqual(['Phát triển', 'phát  triển']);
    expect(found(doc, 'cai ma', { ignoreDiacritics: true, wholeSyllables: true })).toEqual(['Cái ma', 'cái mà', 'cái mả']);
    expect(found(doc, 'da', { ignoreDiacritics: true, wholeSyllables: true })).toEqual(['đa', 'da']);
  });

  it('matches whole tokens, never the middle of a syllable', () => {
    expect(found(doc, 'iển')).toEqual([]);
    expect(found(doc, 'ổn định.')).toEqual(['ổn định.']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findInDoc(doc, '')).toEqual([]);
    expect(findInDoc(doc, '  \u00a0')).toEqual([]);
  });

  it('does not overlap matches', () => {
    expect(found(paragraphs('và và và'), 'và và')).toEqual(['và và']);
  });
});

describe('findInDoc and the document structure', () => {
  it('never matches across blocks', () => {
    const doc = paragraphs('Đại hội đã thông qua Nghị quyết', 'Đại hội bế mạc');
    expect(found(doc, 'Nghị quyết Đại hội')).toEqual([]);
    expect(found(doc, 'Đại hội')).toEqual(['Đại hội', 'Đại hội']);
  });

  it('finds text in table cells, never across cells', () => {
    const doc = docFromFlatBlocks([
      { id: 'p', type: 'paragraph', level: null, text: 'Bảng chỉ tiêu' },
      { id: 't', type: 'table', level: null, text: 'Chỉ tiêu\tTốc độ tăng trưởng\nGRDP bình quân\t10,5%' },
    ]);
    expect(found(doc, 'tăng trưởng')).toEqual(['tăng trưởng']);
    expect(found(doc, '10,5%')).toEqual(['10,5%']);
    expect(found(doc, 'chỉ tiêu')).toEqual(['chỉ tiêu', 'Chỉ tiêu']);
    expect(found(doc, 'trưởng GRDP')).toEqual([]);
  });

  it('does not cross a hard break', () => {
    const doc = paragraphs('Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc');
    expect(found(doc, 'Nam Độc lập')).toEqual([]);
    expect(found(doc, 'độc lập')).toEqual(['Độc lập']);
  });

  it('skips footnote markers and does not cross them', () => {
    const ref = schema.marks.footnote_ref.create({ note: 'fn1' });
    const doc = schema.nodes.doc.create(null, [
      schema.nodes.paragraph.create({ id: 'p' }, [schema.text('nền hoà bình'), schema.text('1', [ref]), schema.text(' bền vững 1')]),
      schema.nodes.footnote.create({ id: 'fn1' }, [schema.text('Chú thích.')]),
    ]);
    expect(found(doc, 'hoà bình')).toEqual(['hoà bình']);
    expect(found(doc, 'bình bền')).toEqual([]);
    expect(found(doc, '1')).toEqual(['1']);
    expect(findInDoc(doc, '1')[0].from).toBe(1 + 'nền hoà bình1 bền vững '.length);
  });

  it('finds a syllable split between marks', () => {
    const strong = schema.marks.strong.create();
    const doc = schema.nodes.doc.create(null, [schema.nodes.paragraph.create({ id: 'p' }, [schema.text('Cộng h'), schema.text('oà', [strong]), schema.text(' xã hội')])]);
    expect(found(doc, 'cộng hòa xã')).toEqual(['Cộng hoà xã']);
  });

  it('gives positions that stay right when the same search runs again after an edit', () => {
    const doc = paragraphs('hoà bình', 'giữ vững hoà bình', 'hoà hợp');
    const finder = createFinder('hoà', { wholeSyllables: true });
    expect(finder(doc)).toHaveLength(3);
    const edited = new Transform(doc).insert(1, schema.text('Nền hòa bình, ')).doc;
    const matches = finder(edited);
    expect(matches.map((m) => edited.textBetween(m.from, m.to))).toEqual(['hòa', 'hoà', 'hoà', 'hoà']);
  });
});
