import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { extractFigures } from '../../../shared/targets/index.ts';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/api/base64.ts';
import { replaceFigureCommand } from '../../../shared/editor/commands/figureEdit.ts';
import { formatFigureValue, formatFigureYear } from '../../../renderer/targets/formatFigure.ts';
import { isWordHtml, structuredSliceFromText } from '../../../renderer/editor/paste/pastedText.ts';
import { doc, run, sec, tgt } from '../blockIds/fixtures.ts';

const sliceBlocks = (text: string) => {
  const slice = structuredSliceFromText(text)!;
  return flattenDoc(schema.nodes.doc.create(null, slice.content));
};

describe('structured paste', () => {
  it('recognises labels in pasted lines, removes them and sets the block types', () => {
    const blocks = sliceBlocks('II. NHIỆM VỤ\n1. Quan điểm\nMột là, phát triển nhanh.\n(1) Tăng trưởng 10%/năm.\n- Một gạch đầu dòng');
    expect(blocks.map((b) => `${b.type}${b.level ?? ''}:${b.text}`)).toEqual([
      'section:NHIỆM VỤ',
      'heading1:Quan điểm',
      'ordinal:phát triển nhanh.',
      'target:Tăng trưởng 10%/năm.',
      'bullet:Một gạch đầu dòng',
    ]);
  });

  it('gives every pasted block a fresh, distinct id', () => {
    const a = sliceBlocks('1. Một\n2. Hai').map((b) => b.id);
    const b = sliceBlocks('1. Một\n2. Hai').map((b) => b.id);
    expect(a.every(Boolean)).toBe(true);
    expect(new Set([...a, ...b]).size).toBe(4);
  });

  it('leaves a single line to the ordinary paste', () => {
    expect(structuredSliceFromText('(7) chỉ một dòng')).toBeNull();
    expect(structuredSliceFromText('một dòng\n\n   \n')).toBeNull();
  });

  it('tells Word HTML from other HTML', () => {
    expect(isWordHtml('<html xmlns:o="urn:schemas-microsoft-com:office:office"><p class=MsoNormal>x</p>')).toBe(true);
    expect(isWordHtml('<p data-type="paragraph">x</p>')).toBe(false);
  });
});

describe('figure editing', () => {
  const text = 'Tốc độ tăng trưởng bình quân 13%/năm trở lên đến năm 2030.';
  const state = () => EditorState.create({ doc: doc(sec('s', 'Chỉ tiêu'), tgt('t1', text)), schema });

  it('rewrites the figure in the block text, so the figures derived from it follow', () => {
    const figure = extractFigures(text)[0];
    expect(figure.text).toBe('13%/năm');
    const after = run(state(), replaceFigureCommand('t1', figure, '14%/năm'));
    const newText = flattenDoc(after.doc)[1].text;
    expect(newText).toBe(text.replace('13%', '14%'));
    expect(extractFigures(newText)[0]).toMatchObject({ value: 14, unit: '%/năm', year: 2030, qualifiers: ['at-least', 'average'] });
  });

  it('refuses a stale edit when the text at that place changed meanwhile', () => {
    const figure = { ...extractFigures(text)[0], text: '12%/năm' };
    expect(replaceFigureCommand('t1', figure, '14%/năm')(state())).toBe(false);
    expect(replaceFigureCommand('gone', extractFigures(text)[0], '14%/năm')(state())).toBe(false);
    expect(replaceFigureCommand('t1', extractFigures(text)[0], '  ')(state())).toBe(false);
  });

  it('formats values, ranges, parts and years in Vietnamese notation', () => {
    expect(formatFigureValue({ value: 245500, min: 245500, max: 245500, outOf: null })).toBe('245.500');
    expect(formatFigureValue({ value: null, min: 15.5, max: 16.5, outOf: null })).toBe('15,5 – 16,5');
    expect(formatFigureValue({ value: 55, min: 55, max: 55, outOf: 67 })).toBe('55/67');
    expect(formatFigureYear({ year: 2030, yearFrom: 2026 })).toBe('2026–2030');
    expect(formatFigureYear({ year: null, yearFrom: null })).toBe('');
  });
});

describe('base64', () => {
  it('round-trips bytes larger than one chunk, Vietnamese text included', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    const vi = new TextEncoder().encode('Đảng bộ thành phố');
    expect(bytesToBase64(vi)).toBe(Buffer.from(vi).toString('base64'));
  });
});

