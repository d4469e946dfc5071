import { describe, expect, it } from 'vitest';
import { child, decodeEntities, parseXml, textOf, XmlError } from '../../../shared/import/xml.ts';

describe('parseXml', () => {
  it('reads elements, prefixed names, both quote styles and self-closing tags', () => {
    const root = parseXml(`<?xml version="1.0"?>\n<w:p a="1" b='two'><w:r><w:t xml:space="preserve"> x </w:t><w:tab/></w:r></w:p>`);
    expect(root.name).toBe('w:p');
    expect(root.attrs).toEqual({ a: '1', b: 'two' });
    const r = child(root, 'w:r')!;
    expect(r.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['w:t', 'w:tab']);
    expect(textOf(child(r, 'w:t')!)).toBe(' x ');
  });

  it('decodes named and numeric entities in text and attributes', () => {
    const root = parseXml('<a t="&quot;&lt;&amp;&gt;&apos;">&#7879;&#x1EC7;&amp;amp;</a>');
    expect(root.attrs.t).toBe(`"<&>'`);
    expect(textOf(root)).toBe('ệệ&amp;');
    expect(decodeEntities('&unknown; &#xZZ;')).toBe('&unknown; &#xZZ;');
  });

  it('skips comments, processing instructions and DOCTYPE', () => {
    const root = parseXml('<!DOCTYPE x><?pi x?><a><!-- <b/> --><c/></a>');
    expect(root.children).toEqual([{ name: 'c', attrs: {}, children: [] }]);
  });

  it.each(['<a><b></a>', '<a>', '<a></b>', '<a', 'no element', '<a><!-- open</a>'])('refuses malformed XML %j', (xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });
});
