import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../../../shared/numbering/numberBlocks.ts';
import { corpusBlocks } from './corpusBlocks.ts';

describe('numbering the city congress report (corpus)', () => {
  const blocks = corpusBlocks('thong-bao-nhanh-ket-qua-dai-hoi.txt');
  const labels = numberBlocks(blocks);
  const typedLabel = (typed: string) => typed.replace(/\.$/, '');

  it('recognises the structure of part IV: sections, headings, a)/b), targets and "Một là"', () => {
    const types = new Set(blocks.map((b) => `${b.type}${b.level ?? ''}`));
    expect([...types].sort()).toEqual(['bullet', 'heading1', 'heading2', 'heading4', 'ordinal', 'paragraph', 'section', 'target']);
    expect(blocks.filter((b) => b.type === 'target')).toHaveLength(7 + 22 + 5 + 11);
  });

  it('derives every number the authors typed, except their duplicated "2.5."', () => {
    const mismatches = blocks
      .map((b, i) => ({ typed: b.typed && typedLabel(b.typed), derived: labels[i], text: b.text.slice(0, 30) }))
      .filter((m) => m.typed !== null && m.typed !== m.derived);
    // The source repeats "2.5." for two consecutive headings; derived numbering makes the second 2.6.
    expect(mismatches).toEqual([{ typed: '2.5', derived: '2.6', text: 'Các nhiệm vụ và giải pháp chủ ' }]);
  });

  it('restarts targets at a) and b): (1)…(7) then (1)…(22)', () => {
    const start = blocks.findIndex((b) => b.text.startsWith('Các chỉ tiêu xây dựng Đảng'));
    const targets = labels.slice(start, start + 40).filter((l, i) => blocks[start + i].type === 'target');
    expect(targets.slice(0, 8)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(1)']);
    expect(targets[28]).toBe('(22)');
  });
});
