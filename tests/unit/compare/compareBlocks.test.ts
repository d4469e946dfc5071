import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import { toCliJson } from '../../../shared/compare/cliJson.ts';
import { b } from './blocks.ts';

const P1 = 'Công tác chuẩn bị Đại hội được triển khai nghiêm túc, khẩn trương, khoa học, bài bản và chuyên nghiệp.';
const P2 = 'Ban Chỉ đạo và các Tiểu ban, Tổ giúp việc được lập từ sớm, phân công rõ ràng.';
const P3 = 'Các văn kiện được chuẩn bị kỹ lưỡng, qua nhiều vòng thảo luận, lấy ý kiến rộng rãi từ cán bộ, đảng viên và Nhân dân.';
const P4 = 'Báo cáo chính trị đã hoàn thiện sau 12 lần dự thảo, Báo cáo kiểm điểm và Nghị quyết được chỉnh sửa qua 6 lần dự thảo.';
const P5 = 'Đây là dấu mốc lịch sử của Đảng bộ và Nhân dân thành phố, góp phần đưa thành phố bước vào giai đoạn phát triển mới.';
const P6 = 'Đại hội bàn và thông qua nhiều giải pháp đột phá triển khai cụ thể hóa Nghị quyết 226/2025/QH15 của Quốc hội.';

const ops = (left: Parameters<typeof compareBlocks>[0], right: Parameters<typeof compareBlocks>[1]) =>
  compareBlocks(left, right).changes.map((c) => `${c.op}:${c.left?.id ?? '-'}>${c.right?.id ?? '-'}`);

describe('compareBlocks', () => {
  it('reports renumbering alone as no change', () => {
    const left = [b('h1', 'Quan điểm', '1.', 'heading'), b('t1', 'Kết nạp đảng viên đạt 3%.', '(1)', 'target')];
    const right = [b('h1', 'Quan điểm', '2.', 'heading'), b('t1', 'Kết nạp đảng viên đạt 3%.', '(4)', 'target')];
    const result = compareBlocks(left, right);
    expect(result.stats).toMatchObject({ equal: 2, modified: 0 });
    expect(result.changes.map((c) => [c.op, c.class, c.left?.number, c.right?.number])).toEqual([
      ['equal', null, '1.', '2.'],
      ['equal', null, '(1)', '(4)'],
    ]);
  });

  it('puts deleted and inserted blocks in reading order between unchanged ones', () => {
    expect(ops([b('a', P1), b('x', P2), b('c', P3)], [b('a', P1), b('y', P5), b('c', P3)])).toEqual([
      'equal:a>a',
      'deleted:x>-',
      'inserted:->y',
      'equal:c>c',
    ]);
  });

  it('pairs an edited block by similarity when ids differ (an imported draft)', () => {
    const result = compareBlocks([b('a', P1), b('b', P4)], [b('n1', P1), b('n2', P4.replace('12 lần', '13 lần'))]);
    expect(result.changes.map((c) => [c.op, c.class])).toEqual([
      ['equal', null],
      ['modified', 'number'],
    ]);
  });

  it('reports a moved block once in the stats, with rows at both places linked', () => {
    const left = [b('a', P1), b('b', P2), b('c', P3), b('d', P4), b('e', P5)];
    const right = [b('a', P1), b('c', P3), b('d', P4), b('e', P5), b('b', P2)];
    const result = compareBlocks(left, right);
    expect(result.stats).toMatchObject({ equal: 4, moved: 1 });
    const from = result.changes.findIndex((c) => c.op === 'moved' && c.right === null);
    const to = result.changes.findIndex((c) => c.op === 'moved' && c.right !== null);
    expect(result.changes[from]).toMatchObject({ moveTo: to, left: { id: 'b', index: 1 } });
    expect(result.changes[to]).toMatchObject({ moveFrom: from, class: 'substantive', right: { id: 'b', index: 4 } });
    expect(from).toBe(1);
    expect(to).toBe(5);
  });

  it('reports a block moved and edited as moved, with its word diff', () => {
    const left = [b('a', P1), b('b', P2), b('c', P3), b('d', P4), b('e', P5)];
    const right = [b('x1', P1), b('x3', P3), b('x4', P4), b('x5', P5), b('x2', P2.replace('từ sớm', 'rất sớm'))];
    const moved = compareBlocks(left, right).changes.find((c) => c.op === 'moved' && c.right);
    expect(moved?.class).toBe('substantive');
    expect(moved?.tokens.filter((t) => t.op !== 'equal')).toEqual([
      { op: 'delete', text: 'từ', class: 'substantive' },
      { op: 'insert', text: 'rất', class: 'substantive' },
    ]);
  });

  it('finds a block split in two, keeping the id on the first part', () => {
    const left = [b('a', P1), b('b', `${P2} ${P3}`), b('c', P4)];
    const right = [b('a', P1), b('b', P2), b('new', P3), b('c', P4)];
    const result = compareBlocks(left, right);
    const split = result.changes.find((c) => c.op === 'split');
    expect(split).toMatchObject({ class: 'punctuation', left: { id: 'b' }, right: { id: 'b' } });
    expect(split?.parts?.map((p) => p.id)).toEqual(['b', 'new']);
    expect(result.stats).toMatchObject({ equal: 2, split: 1, inserted: 0 });
  });

  it('finds two blocks merged into one, also without ids', () => {
    const left = [b('a', P1), b('b', P2), b('c', P3), b('d', P4)];
    const right = [b('n1', P1), b('n2', `${P2} ${P3}`), b('n3', P4)];
    const result = compareBlocks(left, right);
    const merged = result.changes.find((c) => c.op === 'merged');
    expect(merged?.parts?.map((p) => p.id)).toEqual(['b', 'c']);
    expect(merged?.class).toBe('punctuation');
    expect(result.stats).toMatchObject({ equal: 2, merged: 1, deleted: 0 });
  });

  it('classes a split that also changed words by its words', () => {
    const left = [b('a', `${P2} ${P3}`), b('z', P6)];
    const right = [b('a', P2), b('n', P3.replace('kỹ lưỡng', 'chu đáo')), b('z', P6)];
    expect(compareBlocks(left, right).changes[0]).toMatchObject({ op: 'split', class: 'substantive' });
  });

  it('does not take an unrelated inserted block for part of its neighbour', () => {
    expect(ops([b('a', P1), b('b', P2)], [b('a', P1), b('n', P6), b('b', P2)])).toEqual(['equal:a>a', 'inserted:->n', 'equal:b>b']);
  });

  it('compares empty drafts', () => {
    expect(compareBlocks([], []).changes).toEqual([]);
    expect(ops([], [b('a', P1)])).toEqual(['inserted:->a']);
    expect(ops([b('a', P1)], [])).toEqual(['deleted:a>-']);
  });
});

describe('toCliJson', () => {
  it('prints the CLI shape: five stats, counts by class, a move once, blocks as number, text, type and level', () => {
    const left = [b('a', P1, '1.'), b('b', P2), b('c', P3), b('d', P4)];
    const right = [b('a', P1, '2.'), b('c', P3), b('d', P4), b('b', P2), b('n', P5)];
    const json = toCliJson(compareBlocks(left, right));
    expect(json.stats).toEqual({ equal: 3, modified: 0, inserted: 1, deleted: 0, moved: 1 });
    expect(json.changes.map((c) => c.op)).toEqual(['equal', 'equal', 'equal', 'moved', 'inserted']);
    expect(json.classes).toEqual({ substantive: 2, structure: 0, number: 0, punctuation: 0, orthography: 0, formatting: 0 });
    const block = (number: string, text: string) => ({ number, text, type: 'paragraph', level: null });
    expect(json.changes[0]).toEqual({ op: 'equal', class: null, left: block('1.', P1), right: block('2.', P1), tokens: [{ op: 'equal', text: P1 }] });
    expect(json.changes[4]).toMatchObject({ left: null, right: { number: null, text: P5 }, class: 'substantive' });
    expect(Object.keys(json.changes[3]).sort()).toEqual(['class', 'left', 'op', 'right', 'tokens']);
  });

  it('leaves the unchanged rows out of the changes without equal, and keeps counting them', () => {
    const left = [b('a', P1, '1.'), b('b', P2), b('c', P3), b('d', P4)];
    const right = [b('a', P1, '2.'), b('c', P3), b('d', P4), b('b', P2), b('n', P5)];
    const all = toCliJson(compareBlocks(left, right));
    const changed = toCliJson(compareBlocks(left, right), { equal: false });
    expect(changed.changes).toEqual(all.changes.filter((c) => c.op !== 'equal'));
    expect(changed.changes.map((c) => c.op)).toEqual(['moved', 'inserted']);
    expect([changed.stats, changed.classes]).toEqual([all.stats, all.classes]);
  });
});
