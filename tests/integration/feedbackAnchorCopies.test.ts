import { describe, expect, it } from 'vitest';
import { anchorFeedback } from '../../main/services/feedback/anchorFeedback.ts';
import { type FeedbackFixture, generateFeedback } from '../fixtures/generators/feedback.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { workspaceOf } from '../bench/feedbackStored.ts';

/** Each stored item's anchor and state, by "text \u0000 location". */
function anchorsOf(fixture: FeedbackFixture, dir: string, name: string): Map<string, string> {
  const { store, documentId } = workspaceOf(dir, name, fixture);
  try {
    anchorFeedback(store, documentId);
    const states = store.feedbackAnchors.all();
    const out = new Map<string, string>();
    for (const item of store.feedback.list({ limit: 10_000 })) {
      const state = states.get(item.id);
      const value = JSON.stringify([item.anchor, state?.state, state?.quote]);
      const key = `${item.text}\u0000${item.location ?? ''}`;
      // Every copy of a comment gets what anchoring it alone gives.
      if (out.has(key)) expect(value, key).toBe(out.get(key));
      out.set(key, value);
    }
    return out;
  } finally {
    store.close();
  }
}

describe('anchoring copies of a comment once', () => {
  it('gives each copy the anchor the comment gets alone, and the same text with another location its own', () => {
    const dir = tempDir();
    try {
      const fixture = generateFeedback({ seed: 5, comments: 300 });
      const locations = fixture.comments.map((c) => c.location).filter((l): l is string => !!l);
      expect(locations.length).toBeGreaterThan(2);
      // The same texts sent again with another location column (and none): anchored apart.
      const moved = fixture.comments.slice(0, 60).flatMap((c, i) => [
        { ...c, id: `${c.id}-moved`, location: locations[i % locations.length] },
        { ...c, id: `${c.id}-none`, location: undefined },
      ]);
      const all = [...fixture.comments, ...moved];
      const once = new Map(all.map((c) => [`${c.text}\u0000${c.location ?? ''}`, c]));
      expect(once.size).toBeLessThan(all.length); // the fixture's form letters, word for word
      const withCopies = anchorsOf({ ...fixture, comments: all }, dir.path, 'copies');
      const alone = anchorsOf({ ...fixture, comments: [...once.values()] }, dir.path, 'alone');
      expect([...withCopies]).toEqual([...alone]);
      // The location is part of what a copy is: some text is anchored differently with another one.
      const differs = moved.some((c) => withCopies.get(`${c.text}\u0000${c.location ?? ''}`) !== withCopies.get(`${c.text}\u0000`));
      expect(differs).toBe(true);
    } finally {
      dir.remove();
    }
  });
});
