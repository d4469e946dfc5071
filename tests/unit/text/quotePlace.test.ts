import { describe, expect, it } from 'vitest';
import { bestQuotePlace } from '../../../shared/text/quotePlace.ts';

const anywhere = () => 1;

describe('bestQuotePlace', () => {
  it('finds nothing for an empty quote or one longer than the text by more than the errors allowed', () => {
    expect(bestQuotePlace('tổ chức', { quote: '', prefix: '', suffix: '' }, 3, anywhere)).toBeNull();
    expect(bestQuotePlace('tổ chức', { quote: 'tổ chức thực hiện', prefix: '', suffix: '' }, 3, anywhere)).toBeNull();
  });

  it('scores an exact quote with no context 1', () => {
    expect(bestQuotePlace('một hai ba', { quote: 'hai', prefix: '', suffix: '' }, 0, anywhere)).toEqual({ start: 4, end: 7, score: 1, quoteScore: 1 });
  });

  it('tells two places of one quote apart by their prefix and suffix', () => {
    const text = 'một hai ba — bốn hai năm';
    const place = bestQuotePlace(text, { quote: 'hai', prefix: 'bốn ', suffix: ' năm' }, 0, anywhere);
    expect(place?.start).toBe(text.lastIndexOf('hai'));
  });

  it('prefers the place nearer where the quote was when context does not decide', () => {
    const text = 'hai hai';
    expect(bestQuotePlace(text, { quote: 'hai', prefix: '', suffix: '' }, 0, (start) => 1 - Math.abs(start - 4) / text.length)?.start).toBe(4);
  });

  it('counts errors against the quote: one wrong character of ten is 0.9', () => {
    const place = bestQuotePlace('nâng cao chất lượng', { quote: 'nâng cAo c', prefix: '', suffix: '' }, 2, anywhere);
    expect(place?.start).toBe(0);
    expect(place?.quoteScore).toBeCloseTo(0.9);
  });
});
