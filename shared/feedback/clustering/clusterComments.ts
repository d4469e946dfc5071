/**
 * Exact and near-duplicate comments, clustered. Exact copies (same words modulo case, tone
 * placement, punctuation and spacing, and the same location when one is given) are grouped by key first; one of each group is MinHashed
 * and banded (minHash.ts); every candidate pair LSH proposes is verified on the shingle sets:
 * Jaccard ≥ `threshold`, or the smaller set at least `containment` inside the larger (a form
 * letter with a point added). A comment joins the most similar leader it is verified against,
 * never a chain of them (joinNearDuplicates), and never one about another place: another
 * location column, or another place named at the start of its text (placePrefix). Each cluster of two or more
 * comments has a representative — its most repeated wording, the first such in input order —
 * and, for each member, the sentences that differ from it. Deterministic: seeded hashes, input
 * order for every tie.
 */
import { BucketTable } from './bucketTable.ts';
import { placePrefix } from './placePrefix.ts';
import { BANDS, bandKey, HASHES, MinHasher } from './minHash.ts';
import { Leaders } from './leaders.ts';
import { keyOfIds, overlap, type Shingled, shingle, SyllableIds } from './shingles.ts';
import { sentenceDiffer } from './sentenceDiff.ts';
import { ShingleProbe } from './shingleProbe.ts';
import { UnionFind } from './unionFind.ts';
import { compareKey } from '../../text/normalize.ts';

export interface ClusterInput {
  id: string;
  text: string;
  /** The organisation that sent it, as written (counted by key: "Thuỷ"/"Thủy" are one). */
  source?: string | null;
  /**
   * A separate location column ("Mục II.3"): the same wording about two places is two comments,
   * so two comments whose locations are both given and differ are never joined.
   */
  location?: string | null;
}

export interface ClusterMember {
  id: string;
  /** Same wording as the representative (case, tone placement, punctuation aside). */
  exact: boolean;
  /** Jaccard similarity of its shingles with the representative's, 0..1. */
  similarity: number;
  /** Its sentences the representative lacks, and the representative's it lacks. */
  added: string[];
  removed: string[];
}

export interface FeedbackCluster {
  /** "cluster-" + the id of its first member in input order: stable while that comment stays. */
  id: string;
  representativeId: string;
  /** The representative first, then the others in input order. */
  members: ClusterMember[];
  /** "N ý kiến của M đơn vị": members, and distinct sources among them. */
  comments: number;
  sources: number;
}

export interface ClusterOptions {
  threshold?: number;
  containment?: number;
  /** Sets smaller than this (in shingles) are joined by Jaccard only: short texts contain each other by chance. */
  minContained?: number;
  seed?: number;
}

const DEFAULTS = { threshold: 0.5, containment: 0.8, minContained: 8, seed: 0x5eed };

export function clusterComments(items: readonly ClusterInput[], options: ClusterOptions = {}): FeedbackCluster[] {
  const o = { ...DEFAULTS, ...options };
  const ids = new SyllableIds();
  // A form letter sent again word for word is shingled once (its texts are one string): a fifth of
  // 100,000 generated comments. Shingled sets are never written to, so copies share one.
  const byText = new Map<string, { shingled: Shingled; opening: string }>();
  const read = items.map((item) => {
    let seen = byText.get(item.text);
    if (seen === undefined) byText.set(item.text, (seen = { shingled: shingle(item.text, ids, o.seed), opening: placePrefix(item.text) }));
    return seen;
  });
  const shingled = read.map((r) => r.shingled);
  const openings = read.map((r) => r.opening);
  const byPlace = new Map<string, string>();
  const places = items.map((item) => {
    if (!item.location) return '';
    let place = byPlace.get(item.location);
    if (place === undefined) byPlace.set(item.location, (place = keyOfIds(ids.idsOf(item.location))));
    return place;
  });
  const sets = new UnionFind(items.length);
  // Exact copies: one group per key; only its first member goes on to MinHash.
  const firstOfKey = new Map<string, number>();
  const distinct: number[] = [];
  shingled.forEach((s, i) => {
    if (s.shingles.length === 0) return;
    const key = `${s.exactKey}\u0000${places[i]}`;
    const first = firstOfKey.get(key);
    if (first === undefined) {
      firstOfKey.set(key, i);
      distinct.push(i);
    } else sets.union(first, i);
  });
  joinNearDuplicates(distinct, shingled, places, openings, sets, o);
  return clustersOf(items, shingled, sets, (sentence) => keyOfIds(ids.idsOf(sentence)));
}

/**
 * Leader clustering over LSH buckets, so that clusters never chain (A like B, B like C, C unlike
 * A would make one cluster of a union of all similar pairs: on 100,000 templated comments that
 * gave clusters of over 100 members that had nothing in common with their representative). In
 * input order, each distinct comment is verified against the leaders in its buckets (the first
 * two of each: eight made 100,000 comments twice as slow, for 0.003 more recall on the suite's
 * fixture) and joins the most
 * similar one that passes; if none does, it becomes a leader. Every member is thus itself
 * similar to its cluster's leader.
 */
function joinNearDuplicates(distinct: number[], shingled: Shingled[], places: string[], openings: string[], sets: UnionFind, o: typeof DEFAULTS): void {
  const hasher = new MinHasher(o.seed);
  const signature = new Uint32Array(HASHES);
  const buckets = Array.from({ length: BANDS }, () => new BucketTable(distinct.length));
  const keys = new Uint32Array(BANDS);
  const probe = new ShingleProbe();
  const leaders = new Leaders(distinct, shingled);
  for (let d = 0; d < distinct.length; d++) {
    const item = distinct[d];
    const set = shingled[item].shingles;
    hasher.sign(set, signature, 0);
    probe.hold(set);
    const place = leaders.placeCode(places[item]);
    const opening = leaders.placeCode(openings[item]);
    let best = -1;
    let bestScore = 0;
    const consider = (leader: number) => {
      if (leaders.checked[leader] === d) return;
      leaders.checked[leader] = d;
      if (elsewhere(place, leaders.place[leader]) || elsewhere(opening, leaders.opening[leader])) return;
      const score = similarity(probe, set.length, leaders.shingles, leaders.start[leader], leaders.start[leader + 1], o);
      if (score > bestScore) {
        best = leader;
        bestScore = score;
      }
    };
    for (let band = 0; band < BANDS; band++) {
      const table = buckets[band];
      const at = table.slot((keys[band] = bandKey(signature, 0, band)));
      const first = table.first[at];
      if (first >= 0) consider(first);
      const second = table.second[at];
      if (second >= 0) consider(second);
    }
    if (best >= 0) {
      sets.union(leaders.item[best], item);
      continue;
    }
    const leader = leaders.add(item, set, place, opening);
    for (let band = 0; band < BANDS; band++) buckets[band].add(keys[band], leader);
  }
}

/** Two places both named and different (location columns, or the places two comments open with), as codes (0: none). */
function elsewhere(a: number, b: number): boolean {
  return a !== 0 && b !== 0 && a !== b;
}

/**
 * 0 when two shingle sets are not near-duplicates, else their Jaccard similarity (`a`, of `aLength`, held in
 * `probe`; `b` is pool[from … to)). Near: Jaccard ≥
 * `threshold`, or the smaller set (≥ `minContained`) at least `containment` inside the larger.
 */
function similarity(probe: ShingleProbe, aLength: number, pool: Uint32Array, from: number, to: number, o: typeof DEFAULTS): number {
  const bLength = to - from;
  const smaller = Math.min(aLength, bLength);
  // The least overlap that passes: Jaccard n / (x + y − n) ≥ t ⇔ n ≥ t (x + y) / (1 + t).
  const byJaccard = Math.ceil((o.threshold * (aLength + bLength)) / (1 + o.threshold) - 1e-9);
  const need = smaller >= o.minContained ? Math.min(byJaccard, Math.ceil(o.containment * smaller - 1e-9)) : byJaccard;
  const both = probe.overlapRange(pool, from, to, need);
  return both >= need ? both / (aLength + bLength - both) : 0;
}

function clustersOf(items: readonly ClusterInput[], shingled: Shingled[], sets: UnionFind, sentenceKey: (s: string) => string): FeedbackCluster[] {
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const clusters: FeedbackCluster[] = [];
  // Sources are few (one per organisation and spelling): each is keyed once.
  const sourceKeys = new Map<string, string>();
  const sourceKey = (source: string) => sourceKeys.get(source) ?? sourceKeys.set(source, compareKey(source)).get(source)!;
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const rep = representative(members, shingled);
    const repSet = shingled[rep].shingles;
    const ordered = [rep, ...members.filter((m) => m !== rep)];
    const differ = sentenceDiffer(items[rep].text, sentenceKey);
    clusters.push({
      id: `cluster-${items[members[0]].id}`,
      representativeId: items[rep].id,
      members: ordered.map((m) => {
        const exact = shingled[m].exactKey === shingled[rep].exactKey;
        const both = overlap(repSet, shingled[m].shingles);
        const similarity = both / (repSet.length + shingled[m].shingles.length - both);
        const diff = exact ? { added: [], removed: [] } : differ(items[m].text);
        return { id: items[m].id, exact, similarity: Math.round(similarity * 1000) / 1000, ...diff };
      }),
      comments: members.length,
      sources: new Set(members.map((m) => { const s = items[m].source; return s == null ? `\u0000${m}` : sourceKey(s); })).size,
    });
  }
  return clusters.sort((a, b) => b.comments - a.comments || a.id.localeCompare(b.id));
}

/** The member whose wording is repeated most; the first in input order among those. */
function representative(members: number[], shingled: Shingled[]): number {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(shingled[m].exactKey, (counts.get(shingled[m].exactKey) ?? 0) + 1);
  let best = members[0];
  for (const m of members) if (counts.get(shingled[m].exactKey)! > counts.get(shingled[best].exactKey)!) best = m;
  return best;
}
