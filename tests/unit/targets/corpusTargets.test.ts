import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/targets/extractFigures.ts';
import type { TargetFigure } from '../../../shared/targets/targetFigure.ts';
import { corpusBlocks } from '../numbering/corpusBlocks.ts';

const short = (f: TargetFigure) =>
  [
    f.value !== null ? String(f.value) + (f.outOf !== null ? `/${f.outOf}` : '') : `${f.min}-${f.max}`,
    f.unit ?? '',
    f.qualifiers.join(','),
    f.yearFrom ? `${f.yearFrom}-${f.year}` : (f.year ?? ''),
  ].join(' | ');

describe('figures of the targets of the city congress (corpus, section 2.3)', () => {
  const blocks = corpusBlocks('thong-bao-nhanh-ket-qua-dai-hoi.txt');
  const start = blocks.findIndex((b) => b.text.startsWith('Các chỉ tiêu xây dựng Đảng'));
  const end = blocks.findIndex((b) => b.text.startsWith('Các đột phá chiến lược'));
  const targets = blocks.slice(start, end).filter((b) => b.type === 'target');
  const party = targets.slice(0, 7);
  const economy = targets.slice(7);

  it('finds the 7 + 22 target lines', () => {
    expect([party.length, economy.length]).toEqual([7, 22]);
  });

  it('finds at least one figure in every target, each cut exactly out of its text', () => {
    for (const target of targets) {
      const figures = extractFigures(target.text);
      expect(figures.length, target.text).toBeGreaterThan(0);
      for (const f of figures) {
        expect(target.text.slice(f.start, f.end)).toBe(f.text);
        expect(f.min).toBeLessThanOrEqual(f.max);
      }
    }
  });

  // Each row checked by hand against the corpus line.
  it.each([
    [party, 1, ['3 | % | at-least,annual | ']],
    [party, 2, ['200-220 | tổ chức đảng |  | ']],
    [party, 3, ['100 | % |  | 2027', '100 | % |  | 2027']],
    [party, 4, ['100 | % | annual | ']],
    [economy, 1, [
      '13 | %/năm | at-least,average | 2026-2030', '14 | %/năm | aim | 2026-2030', '15.2 | %/năm |  | 2026-2030',
      '10.9 | %/năm |  | 2026-2030', '2 | %/năm |  | 2026-2030', '8 | %/năm |  | 2026-2030',
    ]],
    [economy, 2, ['11247 | USD/người |  | 2030']],
    [economy, 3, ['35 | % | more-than | 2030']],
    [economy, 4, ['15.5-16.5 | %/năm | average | ', '47-48 | % |  | 2030', '60 | % | more-than | 2030']],
    [economy, 5, ['245500 | tỷ đồng |  | 2030', '122000 | tỷ đồng |  | 2030']],
    [economy, 6, ['2.4 | triệu tỷ đồng |  | 2026-2030']],
    [economy, 7, ['75 | tỷ USD | at-least | 2030']],
    [economy, 11, ['11 | %/năm | about | 2026-2030']],
    [economy, 12, ['87000 | doanh nghiệp | about | 2030', '9200 | doanh nghiệp | about,annual | 2030']],
    [economy, 14, ['80 | % |  | 2030', '55/67 | xã |  | 2030', '50 | % |  | 2030', '34/67 | xã |  | 2030']],
    [economy, 16, ['62-63 | % |  | 2030']],
    [economy, 17, ['0.8 |  |  | 2026-2030']],
    [economy, 18, ['32900 | căn nhà | about | 2026-2030']],
    [economy, 19, ['100 | % |  | 2030', '1 | nhà máy | at-least | 2030']],
    [economy, 20, ['40 | % | at-least | 2030']],
    [economy, 21, ['25-30 | tiểu đội |  | ']],
    [economy, 22, ['75 | % | more-than | ', '90 | % | more-than | ']],
  ] as const)('target (%#) reads as hand-checked', (list, n, expected) => {
    expect(extractFigures(list[n - 1].text).map(short)).toEqual(expected);
  });
});
