import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { BODY, FONT, MARGINS_MM, mmToTwips } from '../../../shared/export/layout.ts';
import { child, descendants, parseXml } from './miniXml.ts';
import { documentBody, unzipDocx } from './docxKit.ts';
import { sampleReport } from './fixtures.ts';

const parts = unzipDocx(exportDocx(sampleReport().doc, sampleReport().labels));
const body = documentBody(parts);
const sectPr = child(body, 'w:sectPr')!;
const styles = parseXml(parts['word/styles.xml']);

describe('36-HD page layout in word/document.xml', () => {
  it.each([
    ['A4 width', () => child(sectPr, 'w:pgSz')!.attrs['w:w'], '11906'],
    ['A4 height', () => child(sectPr, 'w:pgSz')!.attrs['w:h'], '16838'],
    ['top margin', () => child(sectPr, 'w:pgMar')!.attrs['w:top'], String(mmToTwips(MARGINS_MM.top))],
    ['bottom margin', () => child(sectPr, 'w:pgMar')!.attrs['w:bottom'], String(mmToTwips(MARGINS_MM.bottom))],
    ['left margin', () => child(sectPr, 'w:pgMar')!.attrs['w:left'], String(mmToTwips(MARGINS_MM.left))],
    ['right margin', () => child(sectPr, 'w:pgMar')!.attrs['w:right'], String(mmToTwips(MARGINS_MM.right))],
    ['different first page', () => (child(sectPr, 'w:titlePg') ? 'yes' : 'no'), 'yes'],
  ])('%s', (_name, read, expected) => {
    expect(read()).toBe(expected);
  });

  it('keeps the margins inside the 36-HD ranges', () => {
    expect(MARGINS_MM.top).toBeGreaterThanOrEqual(20);
    expect(MARGINS_MM.top).toBeLessThanOrEqual(25);
    expect(MARGINS_MM.bottom).toBeGreaterThanOrEqual(20);
    expect(MARGINS_MM.bottom).toBeLessThanOrEqual(25);
    expect(MARGINS_MM.left).toBeGreaterThanOrEqual(30);
    expect(MARGINS_MM.left).toBeLessThanOrEqual(35);
    expect(MARGINS_MM.right).toBeGreaterThanOrEqual(15);
    expect(MARGINS_MM.right).toBeLessThanOrEqual(20);
    expect(BODY.firstLineIndentMm).toBeGreaterThanOrEqual(10);
    expect(BODY.firstLineIndentMm).toBeLessThanOrEqual(12.7);
  });

  it('numbers pages from page 2: the default header has a PAGE field, the first-page header is empty', () => {
    const refs = descendants(sectPr, 'w:headerReference').map((r) => [r.attrs['w:type'], r.attrs['r:id']]);
    expect(refs).toEqual([
      ['default', 'rIdHeaderDefault'],
      ['first', 'rIdHeaderFirst'],
    ]);
    const rels = parts['word/_rels/document.xml.rels'];
    expect(rels).toContain('Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"');
    expect(rels).toContain('Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"');
    const instr = descendants(parseXml(parts['word/header1.xml']), 'w:instrText').map((e) => e.children.join('').trim());
    expect(instr).toEqual(['PAGE']);
    expect(descendants(parseXml(parts['word/header2.xml']), 'w:instrText')).toEqual([]);
    const headerStyle = descendants(styles, 'w:style').find((s) => s.attrs['w:styleId'] === 'Header')!;
    expect(descendants(headerStyle, 'w:jc')[0].attrs['w:val']).toBe('center');
  });
});

describe('36-HD type in word/styles.xml', () => {
  const defaults = child(child(child(styles, 'w:docDefaults')!, 'w:rPrDefault')!, 'w:rPr')!;
  const style = (id: string) => descendants(styles, 'w:style').find((s) => s.attrs['w:styleId'] === id)!;

  it('sets Times New Roman for every script and Vietnamese as the language', () => {
    const fonts = child(defaults, 'w:rFonts')!.attrs;
    expect([fonts['w:ascii'], fonts['w:hAnsi'], fonts['w:cs'], fonts['w:eastAsia']]).toEqual([FONT, FONT, FONT, FONT]);
    expect(FONT).toBe('Times New Roman');
    expect(child(defaults, 'w:lang')!.attrs['w:val']).toBe('vi-VN');
  });

  it.each([
    ['Normal', '28', 'both', String(mmToTwips(BODY.firstLineIndentMm))],
    ['Heading2', '28', 'both', String(mmToTwips(BODY.firstLineIndentMm))],
    ['Heading1', '28', 'center', '0'],
    ['VkDocType', '32', 'center', '0'],
    ['VkRecipients', '22', 'left', '0'],
    ['FootnoteText', '24', 'both', '0'],
  ])('%s is %s half-points, aligned %s, first line indented %s twips', (id, size, align, indent) => {
    const s = style(id);
    expect(descendants(s, 'w:sz')[0].attrs['w:val']).toBe(size);
    expect(descendants(s, 'w:jc')[0].attrs['w:val']).toBe(align);
    expect(descendants(s, 'w:ind')[0].attrs['w:firstLine']).toBe(indent);
  });

  it('makes body text 14 pt (28 half-points) by default', () => {
    expect(child(defaults, 'w:sz')!.attrs['w:val']).toBe('28');
  });

  it('gives outline blocks Word heading styles with outline levels', () => {
    expect(['Heading1', 'Heading2', 'Heading3', 'Heading6'].map((id) => descendants(style(id), 'w:outlineLvl')[0].attrs['w:val'])).toEqual(['0', '1', '2', '5']);
  });
});
