import { describe, expect, it } from 'vitest';
import { alignAcross } from '../../../shared/compare/alignAcross.ts';
import { synopsis } from '../../../shared/compare/synopsis.ts';
import { targetsAcrossDrafts } from '../../../shared/compare/targetsAcrossDrafts.ts';
import { b } from './blocks.ts';

const T2 = 'Thành lập từ 200 - 220 tổ chức đảng trong doanh nghiệp ngoài nhà nước, hợp tác xã, đơn vị sự nghiệp ngoài công lập.';
const T4 = 'Chỉ số sản xuất công nghiệp (IIP) tăng bình quân 15,5 - 16,5%/năm; tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đến năm 2030 đạt 47 - 48%.';
const P = 'Đại hội bàn và thông qua nhiều giải pháp đột phá triển khai cụ thể hóa Nghị quyết 226/2025/QH15 của Quốc hội.';
const Q = 'Phát triển dịch vụ logistics, thương mại và cảng biển hiện đại, tận dụng cơ chế đặc thù để hình thành các trung tâm logistics quy mô lớn.';

/** Four drafts: a target edited, a paragraph imported with new ids, then split, a section renumbered. */
const drafts = [
  [b('s1', 'CÁC CHỈ TIÊU CHỦ YẾU', 'I', 'section'), b('t2', T2, '(2)', 'target'), b('t4', T4, '(4)', 'target'), b('p', P)],
  [b('s1', 'CÁC CHỈ TIÊU CHỦ YẾU', 'I', 'section'), b('t2', T2.replace('200 - 220', '220'), '(2)', 'target'), b('t4', T4, '(3)', 'target'), b('p', P)],
  [b('x1', 'CÁC CHỈ TIÊU CHỦ YẾU', 'I', 'section'), b('x2', T2.replace('200 - 220', '220'), '(2)', 'target'), b('x4', T4.replace('47 - 48%', '47% - 48%'), '(3)', 'target'), b('x5', `${P} ${Q}`)],
  [b('x0', 'Mở đầu'), b('x1', 'CÁC CHỈ TIÊU CHỦ YẾU', 'II', 'section'), b('x2', T2.replace('200 - 220', '220'), '(2)', 'target'), b('x4', T4.replace('47 - 48%', '47% - 48%'), '(3)', 'target'), b('x5', P), b('x6', Q)],
];

describe('synopsis', () => {
  it('follows a target through every draft, by id and across an import that changed ids', () => {
    const columns = synopsis(drafts, 't2');
    expect(columns.map((c) => c.blocks.map((x) => x.id))).toEqual([['t2'], ['t2'], ['x2'], ['x2']]);
    expect(columns.map((c) => c.class)).toEqual([null, 'number', null, null]);
  });

  it('finds the lineage from a block id of a later draft too, and ignores renumbering', () => {
    const columns = synopsis(drafts, 'x4');
    expect(columns.map((c) => c.blocks[0].number)).toEqual(['(4)', '(3)', '(3)', '(3)']);
    expect(columns.map((c) => c.class)).toEqual([null, null, 'punctuation', null]);
  });

  it('shows both parts where a paragraph was split', () => {
    const columns = synopsis(drafts, 'p');
    expect(columns.map((c) => c.blocks.map((x) => x.text))).toEqual([[P], [P], [`${P} ${Q}`], [P, Q]]);
    expect(columns.map((c) => c.class)).toEqual([null, null, 'substantive', 'punctuation']);
  });

  it('takes a section with every block under it', () => {
    const columns = synopsis(drafts, 's1');
    expect(columns.map((c) => c.blocks.length)).toEqual([4, 4, 4, 5]);
  });

  it('is empty for an id no draft has', () => {
    expect(synopsis(drafts, 'nope')).toEqual([]);
  });

  it('gives every block of every draft a lineage', () => {
    const lineage = alignAcross(drafts);
    drafts.forEach((d, k) => d.forEach((_, i) => expect(lineage.chainsOf[k][i].length).toBeGreaterThan(0)));
  });
});

describe('targetsAcrossDrafts', () => {
  it('lists each target once with its figures per draft', () => {
    const rows = targetsAcrossDrafts(drafts);
    expect(rows).toHaveLength(2);
    const [t2, t4] = rows;
    expect(t2.cells.map((c) => c?.figures.map((f) => [f.min, f.max]))).toEqual([[[200, 220]], [[220, 220]], [[220, 220]], [[220, 220]]]);
    expect(t4.cells.map((c) => c?.number)).toEqual(['(4)', '(3)', '(3)', '(3)']);
    expect(t4.cells.map((c) => c?.figures.at(-1))).toMatchObject([
      { min: 47, max: 48, unit: '%' },
      { min: 47, max: 48, unit: '%' },
      { min: 47, max: 48, unit: '%' },
      { min: 47, max: 48, unit: '%' },
    ]);
  });
});
