import { describe, expect, it } from 'vitest';
import type { FeedbackSource } from '../../../shared/feedback/model.ts';
import { parentChoices } from '../../../shared/feedback/sources/parentChoices.ts';

const source = (id: string, parentId: string | null = null): FeedbackSource => ({ id, name: `Đơn vị ${id}`, aliases: [], level: 'other', parentId });
// city ← ward ← cell ← group; commune under city; loner alone.
const registry = [source('city'), source('ward', 'city'), source('cell', 'ward'), source('group', 'cell'), source('commune', 'city'), source('loner')];

describe('parentChoices', () => {
  it.each([
    [null, ['city', 'ward', 'cell', 'group', 'commune', 'loner']],
    ['city', ['loner']],
    ['ward', ['city', 'commune', 'loner']],
    ['group', ['city', 'ward', 'cell', 'commune', 'loner']],
    ['loner', ['city', 'ward', 'cell', 'group', 'commune']],
  ])('offers for %s every source but itself and those under it', (edited, expected) => {
    expect(parentChoices(registry, edited).map((s) => s.id)).toEqual(expected);
  });

  it('stops on a cycle already stored instead of looping', () => {
    const cyclic = [source('a', 'b'), source('b', 'a'), source('c')];
    expect(parentChoices(cyclic, 'a').map((s) => s.id)).toEqual(['c']);
  });
});
