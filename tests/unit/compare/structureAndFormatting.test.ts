import { describe, expect, it } from 'vitest';
import { toCliJson } from '../../../shared/compare/cliJson.ts';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import { synopsis } from '../../../shared/compare/synopsis.ts';
import { withEmphasis } from '../../../shared/compare/emphasisTokens.ts';
import type { Token } from '../../../shared/compare/types.ts';
import { flattenBlock } from '../../../shared/document/flatten.ts';
import type { EmphasisSpan, NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { b } from './blocks.ts';

const TEXT = 'Công tác chuẩn bị Đại hội: Được triển khai nghiêm túc, chặt chẽ, đúng quy định.';
const LEAD = 'Công tác chuẩn bị Đại hội:'.length;

const heading = (id: string, text: string, level: number, number: string): NumberedBlock => ({ id, type: 'heading', level, number, text });
const bold = (from: number, to: number): EmphasisSpan => ({ from, to, bold: true });
const withSpans = (block: NumberedBlock, ...emphasis: EmphasisSpan[]): NumberedBlock => ({ ...block, emphasis });
const sideText = (tokens: readonly Token[], skip: 'insert' | 'delete') => tokens.filter((t) => t.op !== skip).map((t) => t.text).join('');

describe('a change of block type or heading level (class structure)', () => {
  it('shows a heading demoted from "3." to "2.1." as a modified row of class structure, counted', () => {
    const left = [heading('h1', 'Công tác chuẩn bị', 1, '2'), heading('h2', 'Đại biểu dự khuyết', 1, '3')];
    const right = [heading('h1', 'Công tác chuẩn bị', 1, '2'), heading('h2', 'Đại biểu dự khuyết', 2, '2.1')];
    const { changes, stats } = compareBlocks(left, right);
    expect(changes.map((c) => [c.op, c.class])).toEqual([['equal', null], ['modified', 'structure']]);
    expect(stats).toMatchObject({ equal: 1, modified: 1 });
    expect(toCliJson(compareBlocks(left, right)).classes.structure).toBe(1);
  });

  it('classes a paragraph retyped as a target as structure, and keeps renumbering alone equal', () => {
    const left = [b('p', TEXT), b('t', 'Tăng trưởng 10%.', '(1)', 'target')];
    const right = [b('p', TEXT, '(1)', 'target'), b('t', 'Tăng trưởng 10%.', '(2)', 'target')];
    expect(compareBlocks(left, right).changes.map((c) => [c.op, c.class])).toEqual([['modified', 'structure'], ['equal', null]]);
  });

  it('lets a wording change outrank the structure change of the same block', () => {
    const left = [heading('h', 'Đại biểu dự khuyết', 1, '3')];
    const right = [heading('h', 'Đại biểu chính thức', 2, '2.1')];
    expect(compareBlocks(left, right).changes.map((c) => c.class)).toEqual(['substantive']);
  });

  it('finds a part of a split that became a heading', () => {
    const left = [b('p', 'Về kinh tế. Tăng trưởng cao.')];
    const right = [heading('p', 'Về kinh tế.', 1, '1'), b('q', 'Tăng trưởng cao.')];
    const [row] = compareBlocks(left, right).changes;
    expect([row.op, row.class]).toEqual(['split', 'structure']);
  });
});

describe('bold, italic and underline added or removed (class formatting)', () => {
  it('makes a row whose only change is a bolded lead-in modified, class formatting, the bold run marked', () => {
    const { changes } = compareBlocks([b('p', TEXT)], [withSpans(b('p', TEXT), bold(0, LEAD))]);
    const [row] = changes;
    expect([row.op, row.class]).toEqual(['modified', 'formatting']);
    expect(row.tokens).toEqual([
      { op: 'equal', text: TEXT.slice(0, LEAD), class: 'formatting', emphasis: { bold: true }, emphasisBefore: {} },
      { op: 'equal', text: TEXT.slice(LEAD) },
    ]);
  });

  it('keeps a row equal when both drafts have the same emphasis, and carries it on the tokens', () => {
    const block = withSpans(b('p', TEXT), bold(0, LEAD));
    const [row] = compareBlocks([block], [{ ...block }]).changes;
    expect([row.op, row.class]).toEqual(['equal', null]);
    expect(row.tokens[0]).toEqual({ op: 'equal', text: TEXT.slice(0, LEAD), emphasis: { bold: true } });
  });

  it('finds an emphasis change next to a wording change; the wording decides the class', () => {
    const right = TEXT.replace('nghiêm túc', 'nghiêm chỉnh');
    const [row] = compareBlocks([withSpans(b('p', TEXT), { from: 0, to: LEAD, italic: true })], [withSpans(b('p', right), bold(0, LEAD))]).changes;
    expect(row.class).toBe('substantive');
    expect(row.tokens[0]).toMatchObject({ op: 'equal', class: 'formatting', emphasis: { bold: true }, emphasisBefore: { italic: true } });
    expect([sideText(row.tokens, 'insert'), sideText(row.tokens, 'delete')]).toEqual([TEXT, right]);
  });

  it('cuts inserted and deleted blocks at their emphasis without calling it a change of its own', () => {
    const { changes } = compareBlocks([withSpans(b('d', 'Bỏ đoạn này.'), bold(0, 3))], [withSpans(b('n', 'Đoạn mới hẳn.'), { from: 5, to: 8, underline: true })]);
    const tokens = changes.flatMap((c) => c.tokens);
    expect(tokens).toEqual([
      { op: 'delete', text: 'Bỏ ', class: 'substantive', emphasis: { bold: true } },
      { op: 'delete', text: 'đoạn này.', class: 'substantive' },
      { op: 'insert', text: 'Đoạn ', class: 'substantive' },
      { op: 'insert', text: 'mới', class: 'substantive', emphasis: { underline: true } },
      { op: 'insert', text: ' hẳn.', class: 'substantive' },
    ]);
  });

  it('shifts the parts’ emphasis into place across a merge', () => {
    const left = [b('a', 'Đạt 5%.', '(1)', 'target'), withSpans(b('c', 'Đạt 6%.', '(2)', 'target'), bold(0, 3))];
    const right = [withSpans(b('a', 'Đạt 5%. Đạt 6%.', '(1)', 'target'), bold(8, 11))];
    const [row] = compareBlocks(left, right).changes;
    expect(row.op).toBe('merged');
    expect(row.tokens.some((t) => t.class === 'formatting')).toBe(false);
    expect(row.tokens.filter((t) => t.emphasis?.bold).map((t) => t.text)).toEqual(['Đạt']);
  });

  it('never changes either side’s text while cutting tokens at emphasis', () => {
    const tokens: Token[] = [{ op: 'equal', text: 'Một ' }, { op: 'delete', text: 'hai', class: 'substantive' }, { op: 'insert', text: 'ba bốn', class: 'substantive' }, { op: 'equal', text: ' năm sáu' }];
    const cut = withEmphasis(tokens, [bold(2, 6), { from: 9, to: 11, italic: true }], [bold(0, 1), { from: 5, to: 12, underline: true }]);
    expect([sideText(cut, 'insert'), sideText(cut, 'delete')]).toEqual([sideText(tokens, 'insert'), sideText(tokens, 'delete')]);
    expect(cut.length).toBeGreaterThan(tokens.length);
  });

  it('reads a block’s emphasis from its marks, one span per stretch, hard breaks counted as one character', () => {
    const s = schema;
    const node = s.nodes.paragraph.create({ id: 'p' }, [s.text('Đậm', [s.marks.strong.create()]), s.text(' và', [s.marks.strong.create()]), s.nodes.hard_break.create(), s.text('nghiêng', [s.marks.em.create()]), s.text(' thường')]);
    expect(flattenBlock(node)).toEqual({ id: 'p', type: 'paragraph', level: null, text: 'Đậm và\nnghiêng thường', emphasis: [bold(0, 6), { from: 7, to: 14, italic: true }] });
    expect(flattenBlock(s.nodes.paragraph.create({ id: 'q' }, s.text('thường')))).toEqual({ id: 'q', type: 'paragraph', level: null, text: 'thường' });
  });
});

describe('synopsis of structure and formatting changes', () => {
  it('names a demotion and a bolded lead-in as the column’s change', () => {
    const drafts = [[heading('h', 'Đại biểu dự khuyết', 1, '3'), b('p', TEXT)], [heading('h', 'Đại biểu dự khuyết', 2, '2.1'), b('p', TEXT)], [heading('h', 'Đại biểu dự khuyết', 2, '2.1'), withSpans(b('p', TEXT), bold(0, LEAD))]];
    expect(synopsis(drafts, 'h').map((c) => c.class)).toEqual([null, 'structure', 'formatting']);
    expect(synopsis(drafts, 'p').map((c) => c.class)).toEqual([null, null, 'formatting']);
  });
});
