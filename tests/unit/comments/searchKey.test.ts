import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../shared/comments/searchKey.ts';
import { matchQuote } from '../../../shared/comments/matchQuote.ts';

describe('searchKey', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Uỷ ban', 'ủy ban'],
    ['THUỶ LỢI', 'thủy lợi'],
  ])('gives "%s" and "%s" one key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it.each(['ma', 'mà', 'mả', 'đa'])('keeps "%s" apart from its other diacritics', (word) => {
    const others = ['ma', 'mà', 'mả', 'đa'].filter((w) => w !== word);
    for (const other of others) expect(searchKey(word)).not.toBe(searchKey(other));
  });

  it('keeps the length of the text, so offsets in the key are offsets in the text', () => {
    const text = 'Đây là Đại hội — İstanbul ß ﬁ, hoà bình.';
    expect(searchKey(text)).toHaveLength(text.length);
  });
});

describe('matchQuote', () => {
  it('returns null for an empty quote and for text with nothing close enough', () => {
    expect(matchQuote('bất cứ chữ nào', { quote: '', prefix: '', suffix: '', position: 0 }, 0.5)).toBeNull();
    expect(matchQuote('bất cứ chữ nào', { quote: 'tổ chức thực hiện', prefix: '', suffix: '', position: 0 }, 0.2)).toBeNull();
  });

  it('scores an exact quote in its context higher than the same quote elsewhere', () => {
    const text = 'một hai ba. bốn hai năm.';
    const match = matchQuote(text, { quote: 'hai', prefix: 'bốn ', suffix: ' năm', position: 0 }, 0);
    expect(match?.start).toBe(text.lastIndexOf('hai'));
  });
});
