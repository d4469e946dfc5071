/**
 * Matches names as written in submissions to the registry. What stays true: a name is matched
 * only when exactly one source has its key; two or more make it `ambiguous` (with the
 * candidates), none `unknown` — both flagged for a person, never guessed.
 *
 * Confidence: the written name equals a name or alias (case and tone placement aside) 1.0; equal
 * once abbreviations are expanded and the organisation's kind dropped 0.95; equal only without
 * the unit word ("Thủy Nguyên" for "phường Thủy Nguyên") 0.8.
 */
import type { Attribution, FeedbackSource } from '../model.ts';
import { compareKey } from '../../text/normalize.ts';
import { bareKey, coreKey } from './sourceKeys.ts';

type Index = Map<string, Set<string>>;

function add(index: Index, key: string | null, id: string): void {
  if (!key) return;
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(id);
}

export class SourceMatcher {
  private readonly exact: Index = new Map();
  private readonly core: Index = new Map();
  private readonly bare: Index = new Map();

  constructor(sources: readonly Pick<FeedbackSource, 'id' | 'name' | 'aliases'>[]) {
    for (const source of sources) {
      for (const name of [source.name, ...source.aliases]) {
        add(this.exact, compareKey(name), source.id);
        const core = coreKey(name);
        add(this.core, core, source.id);
        add(this.bare, bareKey(core) ?? core, source.id);
      }
    }
  }

  match(written: string): Attribution {
    if (compareKey(written) === '') return { status: 'none' };
    const core = coreKey(written);
    const tiers: [Index, string | null, number][] = [
      [this.exact, compareKey(written), 1],
      [this.core, core, 0.95],
      // A written name with its unit word must not match another kind of unit of the same name.
      [this.bare, bareKey(core) === null ? core : null, 0.8],
    ];
    for (const [index, key, confidence] of tiers) {
      const ids = key ? index.get(key) : undefined;
      if (!ids) continue;
      if (ids.size === 1) return { status: 'matched', sourceId: [...ids][0], confidence };
      return { status: 'ambiguous', candidates: [...ids].sort() };
    }
    return { status: 'unknown' };
  }
}
