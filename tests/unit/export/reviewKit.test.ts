import { describe, expect, it } from 'vitest';
import { parseXml } from './miniXml.ts';
import { reviewedParagraphs } from './docxKit.ts';

/** The test tools are only worth their verdicts if they say no to what is wrong. */
describe('parseXml (strict)', () => {
  it.each([
    ['a mismatched closing tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['a raw ampersand', '<a>x & y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['two root elements', '<a/><b/>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it('decodes entities in text and attributes', () => {
    const el = parseXml('<a t="&quot;x&quot;">Hòa &amp; hoà &#7843;</a>');
    expect([el.attrs.t, el.children.join('')]).toEqual(['"x"', 'Hòa & hoà ả']);
  });
});

describe('reviewedParagraphs', () => {
  const body = (inner: string) =>
    parseXml(`<w:body>${inner}</w:body>`);
  const delMark = '<w:pPr><w:rPr><w:del w:id="9" w:author="a" w:date="d"/></w:rPr></w:pPr>';

  it('merges a paragraph whose mark is deleted into the next one on accept, keeps it on reject', () => {
    const b = body(`<w:p>${delMark}<w:r><w:t>Một </w:t></w:r></w:p><w:p><w:r><w:t>hai</w:t></w:r></w:p>`);
    expect(reviewedParagraphs(b, 'accept')).toEqual(['Một hai']);
    expect(reviewedParagraphs(b, 'reject')).toEqual(['Một ', 'hai']);
  });

  it('drops inserted runs on reject and deleted runs on accept', () => {
    const b = body('<w:p><w:ins><w:r><w:t>mới</w:t></w:r></w:ins><w:del><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p>');
    expect([reviewedParagraphs(b, 'accept'), reviewedParagraphs(b, 'reject')]).toEqual([['mới'], ['cũ']]);
  });

  it('refuses deleted text outside a deletion', () => {
    expect(() => reviewedParagraphs(body('<w:p><w:r><w:delText>lạc</w:delText></w:r></w:p>'), 'accept')).toThrow();
  });
});
