import { describe, expect, it } from 'vitest';
import { attributedSource } from '../../../shared/feedback/attributedSource.ts';
import { sameAnchor } from '../../../main/services/feedback/itemConflicts.ts';

const anchor = (blockIds: string[]) => ({ blockIds, draftNumber: 1, confidence: 1, evidence: ['manual' as const] });

describe('what a compiler saw of a comment, against what is stored', () => {
  it('takes an anchor as unchanged when it has the same blocks in any order, and as changed when one side has none', () => {
    expect(sameAnchor(['b2', 'b1'], anchor(['b1', 'b2']))).toBe(true);
    expect(sameAnchor(null, null)).toBe(true);
    expect(sameAnchor(['b1'], anchor(['b1', 'b2']))).toBe(false);
    expect(sameAnchor(['b1', 'b1'], anchor(['b1', 'b2']))).toBe(false);
    expect(sameAnchor(null, anchor(['b1']))).toBe(false);
    expect(sameAnchor(['b1'], null)).toBe(false);
  });

  it('sees a source only when the item is attributed to one (matched or set by a person), none while it is flagged', () => {
    expect(attributedSource({ status: 'matched', sourceId: 's1', confidence: 0.9 })).toBe('s1');
    expect(attributedSource({ status: 'manual', sourceId: 's2' })).toBe('s2');
    expect([attributedSource({ status: 'ambiguous', candidates: ['s1', 's2'] }), attributedSource({ status: 'unknown' }), attributedSource({ status: 'none' })]).toEqual([null, null, null]);
  });
});
