import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../../shared/import/index.ts';
import { DEFAULT_SCHEME, numberBlocks, type NumberableBlock } from '../../../shared/numbering/index.ts';
import { buildDocx, p, type ParaSpec } from '../../fixtures/buildDocx.ts';
import { RESOLUTION_GROUPS, resolutionText } from '../../fixtures/generators/resolution.ts';
import { CORPUS_FILES, corpus } from './corpus.ts';

const blocksOf = (result: ImportResult): NumberableBlock[] =>
  result.doc.content.map((n) => ({ type: n.type as NumberableBlock['type'], level: (n.attrs?.level as number | undefined) ?? null }));
const targetNumbers = (result: ImportResult, scheme = result.numbering) =>
  numberBlocks(blocksOf(result), scheme).filter((_, i) => result.doc.content[i].type === 'target');
const numberingWarning = (result: ImportResult) => result.warnings.find((w) => w.code === 'numbering_differs');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `(${from + i})`);

describe('importing a resolution whose targets run (1)…(23) across sub-sections 2.1–2.4', () => {
  const result = importFile(strToU8(resolutionText()), 'nghi-quyet.txt');

  it('was numbered (1)…(11), (1)…(5), (1)…(3), (1)…(4) by the default scheme', () => {
    const groups = RESOLUTION_GROUPS.flatMap((count) => range(1, count));
    expect(targetNumbers(result, DEFAULT_SCHEME)).toEqual([...range(1, 2), ...groups]);
  });

  it('restarts targets only at a new Roman section, so (12) is still (12)', () => {
    expect(result.numbering.target).toEqual({ style: 'paren-decimal', reset: 'section' });
    expect(targetNumbers(result)).toEqual([...range(1, 2), ...range(1, 23)]);
    expect(numberingWarning(result)).toBeUndefined();
  });
});

describe('importing the corpus', () => {
  it('keeps the city report’s scheme and warns only about the duplicated "2.5.", naming it', () => {
    const result = importFile(strToU8(corpus('thong-bao-nhanh-ket-qua-dai-hoi.txt')), 'thong-bao.txt');
    expect(result.numbering).toEqual(DEFAULT_SCHEME);
    const warning = numberingWarning(result)!;
    expect(warning.blocks).toEqual([{ id: expect.any(String), source: '2.5.', derived: '2.6' }]);
    const index = result.doc.content.findIndex((n) => n.attrs?.id === warning.blocks![0].id);
    expect(result.doc.content[index].content?.[0].text).toBe('Các nhiệm vụ và giải pháp chủ yếu');
    expect(warning.message).toContain('“2.5. Các nhiệm vụ và giải pháp chủ yếu” nay là 2.6');
  });

  it.each(CORPUS_FILES)('derives every other number %s typed', (file) => {
    const result = importFile(strToU8(corpus(file)), file);
    const derived = numberBlocks(blocksOf(result), result.numbering);
    const differing = result.sourceNumbers.flatMap((typed, i) =>
      typed !== null && derived[i] !== null && typed.replace(/[.,:\s]+$/u, '').toLowerCase() !== derived[i]!.toLowerCase() ? [typed] : [],
    );
    expect(differing).toEqual(file.startsWith('thong-bao') ? ['2.5.'] : []);
  });
});

describe('Word’s automatic numbering', () => {
  const targets = { numId: 7, levels: [{ format: 'decimal', text: '(%1)' }], instances: [{ numId: 8, start: 1 }] };
  const heading = (text: string): ParaSpec => p(text);
  const target = (numId: number, text: string): ParaSpec => ({ runs: [text], num: { numId, ilvl: 0 } });
  const body = (second: number) => [
    heading('2.1. Về kinh tế'),
    target(7, 'Tăng trưởng GRDP bình quân 13%/năm.'),
    target(7, 'Kim ngạch xuất khẩu đạt 75 tỷ USD.'),
    heading('2.2. Về xã hội'),
    target(second, 'Tỷ lệ lao động qua đào tạo đạt 90%.'),
  ];

  it('continues across w:num instances of one list: its targets run on across sub-sections', () => {
    const result = importFile(buildDocx({ numbering: [{ ...targets, instances: [] }], body: body(7) }), 'nq.docx');
    expect(result.sourceNumbers.filter((_, i) => result.doc.content[i].type === 'target')).toEqual(['(1)', '(2)', '(3)']);
    expect(result.numbering.target.reset).toBe('continue');
    expect(targetNumbers(result)).toEqual(['(1)', '(2)', '(3)']);
    expect(result.labels.every((l) => l === null || /^\d/u.test(l))).toBe(true);
  });

  it('restarts where an instance overrides the start: its targets restart at each sub-section', () => {
    const result = importFile(buildDocx({ numbering: [targets], body: body(8) }), 'nq.docx');
    expect(targetNumbers(result)).toEqual(['(1)', '(2)', '(1)']);
    expect(result.numbering.target.reset).toBe(DEFAULT_SCHEME.target.reset);
  });

  it('counts multi-level lists ("%1.%2.") and reads their levels as headings', () => {
    const outline = { numId: 3, levels: [{ format: 'decimal', text: '%1.' }, { format: 'decimal', text: '%1.%2.' }] };
    const para = (ilvl: number, text: string): ParaSpec => ({ runs: [text], num: { numId: 3, ilvl } });
    const result = importFile(buildDocx({ numbering: [outline], body: [para(0, 'Kinh tế'), para(1, 'Công nghiệp'), para(1, 'Dịch vụ'), para(0, 'Xã hội'), para(1, 'Y tế')] }), 'bc.docx');
    expect(result.sourceNumbers).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.']);
    expect(result.doc.content.map((n) => n.attrs?.level)).toEqual([1, 2, 2, 1, 2]);
    expect(numberingWarning(result)).toBeUndefined();
  });

  it('keeps as text a number in a format none of our labels has ("1)")', () => {
    const result = importFile(buildDocx({ numbering: [{ numId: 4, levels: [{ format: 'decimal', text: '%1)' }] }], body: [target(4, 'Một'), target(4, 'Hai')] }), 'x.docx');
    expect(result.doc.content.map((n) => n.content?.map((c) => c.text).join(''))).toEqual(['1) Một', '2) Hai']);
  });
});
