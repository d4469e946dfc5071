import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../shared/import/index.ts';
import { inlineMarkdown } from '../../../shared/import/text/inlineMarkdown.ts';
import { recogniseHeader } from '../../../shared/import/text/header.ts';
import { parseXml } from '../../../shared/import/xml.ts';
import { docxWithDocument, documentXml } from '../../fixtures/zipBombs.ts';

/**
 * Text an attacker writes must be read in linear time. Each input below took the old readers
 * tens of seconds to minutes (they grew with the square of its length: measured at a tenth of
 * the size and extrapolated); read linearly it takes milliseconds. The bound is generous, for
 * a loaded machine: a regression to quadratic is far past it.
 */
const BOUND_MS = 1500;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('readers of untrusted text', () => {
  it('reads a start tag holding a long run of attribute-name characters in linear time', () => {
    // 10,000 letters took 0.16 s, 40,000 2.8 s: this one about a minute.
    const { value, ms } = timed(() => parseXml(`<w:document><w:p ${'a'.repeat(200_000)}/><w:p x="1"/></w:document>`));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.children.map((c) => (typeof c === 'string' ? c : c.attrs))).toEqual([{}, { x: '1' }]);
  });

  it('imports a 1 KB .docx whose tag is 200,000 letters long without stalling (it took 16 s at 120,000)', () => {
    const xml = strToU8(documentXml(`<w:p ${'a'.repeat(200_000)}/><w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>`));
    const docx = docxWithDocument(deflateSync(xml, { level: 9 }), 8, xml.length);
    expect(docx.length).toBeLessThan(2048);
    const { value, ms } = timed(() => importFile(docx, 'bom.docx'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(JSON.stringify(value.doc)).toContain('Xin chào');
  });

  it('keeps attribute parsing as it was: both quotes, spaces around "=", junk skipped, the last duplicate wins', () => {
    const root = parseXml(`<e a = "1" junk b='t"wo' c=unquoted d="x &amp; y" a="3" e="open>`.replace('open>', 'open"/>'));
    expect(root.attrs).toEqual({ a: '3', b: 't"wo', d: 'x & y', e: 'open' });
    expect(parseXml(`<e a="never closed b='1'/>`).attrs).toEqual({ b: '1' }); // an unclosed quote is skipped, not the rest
  });

  it('tests a header cell "Số …" and "…, ngày … tháng …" in linear time, with the same verdicts', () => {
    // "Số " + 16,000 letters took 5.7 s inside an import; "ngày" + 3,000 "tháng" 0.4 s.
    for (const line of ['Số ' + 'a'.repeat(100_000), 'Số ' + '-'.repeat(100_000), 'Hà Nội, ngày ' + 'tháng '.repeat(30_000)]) {
      const { value, ms } = timed(() => recogniseHeader([line, 'Nội dung']));
      expect(ms).toBeLessThan(BOUND_MS);
      expect(value).toBeNull();
    }
    const header = recogniseHeader(['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ THÀNH PHỐ', 'Số 01-BC/ĐU', 'Hải Phòng, ngày 5 tháng 3 năm 2025'])!;
    expect([header.header.number, header.header.place, header.header.date]).toEqual(['Số 01-BC/ĐU', 'Hải Phòng', 'ngày 5 tháng 3 năm 2025']);
    expect(recogniseHeader(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 12- NQ/TU'])!.header.number).toBe('Số: 12- NQ/TU');
  });

  it('reads a line of unclosed "**" and "__" markers in linear time, leaving them as text', () => {
    // A line of 40,000 characters took 0.45 s, one of 160,000 6.5 s; this one is 400,000.
    for (const line of ['**x '.repeat(100_000), '__x '.repeat(100_000)]) {
      for (const emphasis of [false, true]) {
        const { value, ms } = timed(() => inlineMarkdown(line, emphasis));
        expect(ms).toBeLessThan(BOUND_MS);
        expect(value).toEqual([{ text: line, marks: [] }]);
      }
    }
  });

  it('keeps inline markdown as it was: the first closer after a non-space wins, markers never span a line end', () => {
    const strong = [{ type: 'strong' }];
    const em = [{ type: 'em' }];
    expect(inlineMarkdown('a **b **c** d', false)).toEqual([
      { text: 'a ', marks: [] },
      { text: 'b **c', marks: strong },
      { text: ' d', marks: [] },
    ]);
    expect(inlineMarkdown('**x** và *y* và _z_ **mở', true)).toEqual([
      { text: 'x', marks: strong },
      { text: ' và ', marks: [] },
      { text: 'y', marks: em },
      { text: ' và ', marks: [] },
      { text: 'z', marks: em },
      { text: ' **mở', marks: [] },
    ]);
    expect(inlineMarkdown('**a\u2028b**', false)).toEqual([{ text: '**a\u2028b**', marks: [] }]);
  });
});
