import { describe, expect, it } from 'vitest';
import { compareKey } from '../../../shared/text/normalize.ts';
import { generateFeedback } from '../../fixtures/generators/feedback.ts';

describe('generateFeedback', () => {
  const fixture = generateFeedback({ seed: 4, comments: 600 });

  it('gives the same comments for the same seed', () => {
    expect(generateFeedback({ seed: 4, comments: 600 }).comments).toEqual(fixture.comments);
    expect(generateFeedback({ seed: 5, comments: 600 }).comments).not.toEqual(fixture.comments);
  });

  it('numbers the draft as the product does, with several (n) lists', () => {
    expect(fixture.draft.length).toBeGreaterThan(1100);
    expect(fixture.draft.filter((b) => b.number === '(1)').length).toBeGreaterThan(1);
  });

  it('anchors its ground truth on blocks of the draft, and general comments on none', () => {
    const ids = new Set(fixture.draft.map((b) => b.id));
    for (const c of fixture.comments) {
      if (c.kind === 'general') expect(c.expectedBlockIds).toBeNull();
      else expect(c.expectedBlockIds?.every((id) => ids.has(id))).toBe(true);
    }
  });

  it('writes organisations’ names in variants that all belong to a registered source', () => {
    const written = new Set(fixture.comments.map((c) => c.source));
    expect([...written].some((s) => s.startsWith('ĐB '))).toBe(true);
    expect([...written].some((s) => /^(P|X|ĐK)\. /u.test(s))).toBe(true);
    expect([...written].some((s) => s === s.toUpperCase())).toBe(true);
    const names = new Set(fixture.sources.map((s) => s.name));
    for (const c of fixture.comments) expect(names.has(c.sourceName)).toBe(true);
    const place = (name: string) => compareKey(name).split(' ').slice(-2).join(' ');
    for (const c of fixture.comments) expect(compareKey(c.source)).toContain(place(c.sourceName));
  });

  it('sends a planted form letter from different organisations', () => {
    const groups = new Map<string, string[]>();
    for (const c of fixture.comments) if (c.clusterKey) groups.set(c.clusterKey, [...(groups.get(c.clusterKey) ?? []), c.sourceName]);
    expect(groups.size).toBeGreaterThan(20);
    for (const sources of groups.values()) expect(new Set(sources).size).toBe(sources.length);
  });
});
