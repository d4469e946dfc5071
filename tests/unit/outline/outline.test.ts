import { describe, expect, it } from 'vitest';
import type { FlatBlock } from '../../../shared/document/flatBlock.ts';
import { numberBlocks } from '../../../shared/numbering/numberBlocks.ts';
import { buildOutline } from '../../../shared/outline/buildOutline.ts';
import { countWords } from '../../../shared/text/countWords.ts';
import { moveSection } from '../../../shared/outline/moveSection.ts';
import { sectionRange } from '../../../shared/outline/sectionRange.ts';
import { blocksOf } from '../numbering/blocks.ts';
import { corpusBlocks } from '../numbering/corpusBlocks.ts';

const codes = (blocks: readonly FlatBlock[]) =>
  blocks.map((b) => (b.type === 'heading' ? `H${b.level}` : b.type[0] === 'p' ? (b.type === 'part' ? 'P' : 'p') : b.type[0].toUpperCase())).join(' ');

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Một hai  ba', 3],
    ['đạt 13%/năm trở lên', 4],
    ['(1) 200 - 220 tổ chức', 2],
    ['GRDP\tbình quân\nđầu người', 5],
    ['“Dân vận khéo” – đạt', 4],
    ['đ\u00a0Ư\u3000ơ 2030', 3],
  ])('counts %j as %i words', (text, n) => expect(countWords(text)).toBe(n));
});

describe('sectionRange', () => {
  const blocks = blocksOf('S p H1 p H2 p H1 p S p');
  it.each([
    [0, 0, 8],
    [2, 2, 6],
    [4, 4, 6],
    [6, 6, 8],
    [8, 8, 10],
    [1, 1, 2],
  ])('a block at %i owns [%i, %i)', (index, start, end) => {
    expect(sectionRange(blocks, index)).toEqual({ start, end });
  });

  it('throws on an index outside the document', () => {
    expect(() => sectionRange(blocks, 10)).toThrow(RangeError);
  });
});

describe('moveSection', () => {
  const blocks = blocksOf('S p H1 p H1 T S p');
  it('moves a section with its content before an earlier block', () => {
    expect(codes(moveSection(blocks, 4, 2))).toBe('S p H1 T H1 p S p');
  });
  it('moves a section with its content after later blocks, to the end', () => {
    expect(codes(moveSection(blocks, 0, 8))).toBe('S p S p H1 p H1 T');
    expect(moveSection(blocks, 0, 8).map((b) => b.id)).toEqual([6, 7, 0, 1, 2, 3, 4, 5].map((i) => blocks[i].id));
  });
  it('changes nothing when dropped onto or inside itself', () => {
    expect(moveSection(blocks, 2, 3)).toBe(blocks);
    expect(moveSection(blocks, 2, 4)).toBe(blocks);
    expect(moveSection(blocks, 2, 2)).toBe(blocks);
  });
  it('renumbers everything after the moved section', () => {
    const moved = moveSection(blocks, 4, 2);
    expect(numberBlocks(moved)).toEqual(['I', null, '1', '(1)', '2', null, 'II', null]);
  });
});

describe('buildOutline', () => {
  it('builds the section tree of the corpus report with numbers, words and targets', () => {
    const blocks = corpusBlocks('thong-bao-nhanh-ket-qua-dai-hoi.txt');
    const outline = buildOutline(blocks, numberBlocks(blocks));
    expect(outline.map((n) => n.number)).toEqual(['I', 'II', 'III', 'IV']);
    const iv = outline[3];
    expect(iv.title).toBe('KẾT QUẢ ĐẠI HỘI');
    expect(iv.children.map((n) => n.number)).toEqual(['1', '2', '3', '4']);
    const two = iv.children[1];
    expect(two.children.map((n) => n.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    const targets = two.children[2];
    expect(targets.children.map((n) => [n.number, n.targets])).toEqual([['a)', 7], ['b)', 22]]);
    expect(targets.targets).toBe(29);
    expect(two.targets).toBe(29 + 5 + 11);
    expect(iv.words).toBe(iv.children.reduce((sum, c) => sum + c.words, countWords(blocks[iv.startIndex].text) + countWords(blocks[iv.startIndex + 1].text)));
    expect(outline[0].endIndex).toBe(outline[1].startIndex);
    expect(iv.endIndex).toBe(blocks.length);
  });

  it('puts a heading that skips a level under the nearest shallower node', () => {
    const blocks = blocksOf('p S H2 H4 H1');
    const outline = buildOutline(blocks, numberBlocks(blocks));
    expect(outline).toHaveLength(1);
    expect(outline[0].startIndex).toBe(1);
    expect(outline[0].children.map((n) => n.level)).toEqual([2, 1]);
    expect(outline[0].children[0].children[0].level).toBe(4);
  });
});
