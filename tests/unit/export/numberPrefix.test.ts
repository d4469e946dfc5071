import { describe, expect, it } from 'vitest';
import { exportBlockPrefix, exportNumberPrefix } from '../../../shared/export/numberPrefix.ts';

describe('exportNumberPrefix', () => {
  it.each([
    ['part', 'Phần thứ nhất', 'Phần thứ nhất: '],
    ['section', 'II', 'II. '],
    ['section', 'II.', 'II. '],
    ['heading', '1', '1. '],
    ['heading', '2.1', '2.1. '],
    ['heading', '1.1.1', '1.1.1. '],
    ['heading', 'a)', 'a) '],
    ['target', '(7)', '(7) '],
    ['ordinal', 'Một là', 'Một là, '],
    ['ordinal', 'Hai là,', 'Hai là, '],
    ['bullet', null, '- '],
    ['bullet', '+', '+ '],
    ['paragraph', null, ''],
    ['section', '  ', ''],
  ])('%s labelled %j is printed as %j', (type, label, expected) => {
    expect(exportNumberPrefix(type, label)).toBe(expected);
  });
});

describe('exportBlockPrefix', () => {
  it.each([
    ['recipients', null, '- Lưu VP.', 'Nơi nhận:\n'],
    ['recipients', 'Nơi nhận:', '- Lưu VP.', 'Nơi nhận:\n'],
    ['recipients', null, 'Nơi nhận:\n- Lưu VP.', ''],
    ['recipients', null, 'nơi nhận: - Lưu VP.', ''],
    ['section', 'II', 'NHIỆM VỤ', 'II. '],
  ])('%s labelled %j with text %j is preceded by %j', (type, label, text, expected) => {
    expect(exportBlockPrefix(type, label, text)).toBe(expected);
  });
});
