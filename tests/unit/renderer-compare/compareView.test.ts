import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import { DEFAULT_FILTER, visibleChanges } from '../../../renderer/compare/changeFilter.ts';
import { indexSections } from '../../../renderer/compare/changeSections.ts';
import { stepChange } from '../../../renderer/compare/navigate.ts';
import { classCounts, groupBySection } from '../../../renderer/compare/sectionCounts.ts';
import { sideLines } from '../../../renderer/compare/sideRuns.ts';
import { comparisonFileName, parseSide } from '../../../renderer/compare/sides.ts';
import { b } from '../compare/blocks.ts';


const LEFT = [
  b('s1', 'Kết quả đạt được', 'I', 'section'),
  b('p1', 'Thành phố giữ vững hoà bình và ổn định chính trị.'),
  b('p2', 'Kinh tế tăng trưởng khá, quy mô được mở rộng.'),
  b('s2', 'Nhiệm vụ', 'II', 'section'),
  b('t1', 'Tốc độ tăng trưởng GRDP bình quân 10%/năm.', '(1)', 'target'),
  b('p3', 'Phát triển văn hoá, xã hội hài hoà với kinh tế.'),
];
const RIGHT = [
  b('s1', 'Kết quả đạt được', 'I', 'section'),
  b('p1', 'Thành phố giữ vững hòa bình và ổn định chính trị.'),
  b('p2', 'Kinh tế tăng trưởng nhanh, quy mô được mở rộng.'),
  b('s2', 'Nhiệm vụ', 'II', 'section'),
  b('t1', 'Tốc độ tăng trưởng GRDP bình quân 11%/năm.', '(1)', 'target'),
  b('p3', 'Phát triển văn hoá, xã hội hài hoà với kinh tế.'),
  b('p4', 'Bảo đảm quốc phòng, an ninh.'),
];

describe('change navigator helpers', () => {
  const comparison = compareBlocks(LEFT, RIGHT);
  const index = indexSections(comparison.changes);

  it('groups rows under the nearest section above them', () => {
    expect(index.sections.map((s) => s.label)).toEqual(['I. Kết quả đạt được', 'II. Nhiệm vụ']);
    expect(Array.from(index.sectionOf)).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });

  it('hides the tone-mark swap by default and shows it when asked', () => {
    const rows = (filter = DEFAULT_FILTER) => visibleChanges(comparison.changes, filter, index).map((i) => comparison.changes[i].right?.id);
    expect(rows()).toEqual(['p2', 't1', 'p4']);
    expect(rows({ ...DEFAULT_FILTER, hideMinor: false })).toEqual(['p1', 'p2', 't1', 'p4']);
    expect(rows({ ...DEFAULT_FILTER, onlyTargets: true })).toEqual(['t1']);
    expect(rows({ ...DEFAULT_FILTER, section: 0 })).toEqual(['p2']);
  });

  it('counts changes by section and by class', () => {
    const visible = visibleChanges(comparison.changes, DEFAULT_FILTER, index);
    expect(groupBySection(visible, index).map((g) => [g.section, g.rows.length])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(classCounts(comparison.changes)).toEqual({ substantive: 2, structure: 0, number: 1, punctuation: 0, orthography: 1, formatting: 0 });
  });

  it('hides a change of bold, italic or underline by default, never a change of block type or level', () => {
    const left = [b('h', 'Đại biểu dự khuyết', '2', 'heading'), b('p', 'Về giới tính: Nam 351.')];
    const right = [{ ...b('h', 'Đại biểu dự khuyết', '1.1', 'heading'), level: 2 }, { ...b('p', 'Về giới tính: Nam 351.'), emphasis: [{ from: 0, to: 13, bold: true }] }];
    const c = compareBlocks(left, right);
    const shown = (filter = DEFAULT_FILTER) => visibleChanges(c.changes, filter, indexSections(c.changes)).map((i) => c.changes[i].class);
    expect(shown()).toEqual(['structure']);
    expect(shown({ ...DEFAULT_FILTER, hideFormatting: false })).toEqual(['structure', 'formatting']);
    expect(shown({ ...DEFAULT_FILTER, hideMinor: false })).toEqual(['structure']);
  });

  it('gives each side of a formatting change its own emphasis and the other side’s as before', () => {
    const tokens = [{ op: 'equal' as const, text: 'Về giới tính:', class: 'formatting' as const, emphasis: { bold: true }, emphasisBefore: {} }, { op: 'equal' as const, text: ' Nam.' }];
    expect(sideLines(tokens, 'right')).toEqual([[{ text: 'Về giới tính:', changed: false, class: 'formatting', formatting: { emphasis: { bold: true }, before: {} } }, { text: ' Nam.', changed: false, class: undefined }]]);
    expect(sideLines(tokens, 'left')[0][0].formatting).toEqual({ emphasis: {}, before: { bold: true } });
  });

  it('steps to the next and previous change, wrapping at the ends', () => {
    const visible = [2, 5, 9];
    expect(stepChange(visible, null, 1)).toBe(2);
    expect(stepChange(visible, null, -1)).toBe(9);
    expect(stepChange(visible, 2, 1)).toBe(5);
    expect(stepChange(visible, 3, 1)).toBe(5);
    expect(stepChange(visible, 9, 1)).toBe(2);
    expect(stepChange(visible, 5, -1)).toBe(2);
    expect(stepChange(visible, 6, -1)).toBe(5);
    expect(stepChange(visible, 2, -1)).toBe(9);
    expect(stepChange([], 2, 1)).toBeNull();
  });
});

describe('side text of a row', () => {
  it('shows deletions on the left and insertions on the right, split into the parts of a split', () => {
    const tokens = [
      { op: 'equal' as const, text: 'Kinh tế tăng trưởng ' },
      { op: 'delete' as const, text: 'khá', class: 'substantive' as const },
      { op: 'insert' as const, text: 'nhanh.\nQuy mô', class: 'substantive' as const },
      { op: 'equal' as const, text: ' mở rộng.' },
    ];
    expect(sideLines(tokens, 'left').map((line) => line.map((run) => run.text).join(''))).toEqual(['Kinh tế tăng trưởng khá mở rộng.']);
    expect(sideLines(tokens, 'right')).toEqual([
      [
        { text: 'Kinh tế tăng trưởng ', changed: false, class: undefined },
        { text: 'nhanh.', changed: true, class: 'substantive' },
      ],
      [
        { text: 'Quy mô', changed: true, class: 'substantive' },
        { text: ' mở rộng.', changed: false, class: undefined },
      ],
    ]);
  });
});

describe('comparison sides and file names', () => {
  it('reads draft numbers and the working copy from a route', () => {
    expect([parseSide('3'), parseSide('working'), parseSide('0'), parseSide('x'), parseSide(undefined)]).toEqual([3, 'working', null, null, null]);
  });

  it('names the exported file after the drafts and the title, without characters Windows refuses', () => {
    expect(comparisonFileName(3, 4, 'Báo cáo chính trị')).toBe('So sánh dự thảo 3-4 - Báo cáo chính trị.docx');
    expect(comparisonFileName(2, 'working', 'A/B: "x"')).toBe('So sánh dự thảo 2-bản làm việc - A-B- -x-.docx');
  });
});
