import { FEEDBACK_STATUSES, type FeedbackSource, SOURCE_LEVELS } from '../../../shared/feedback/model.ts';
import {
  type FacetEntry, FEEDBACK_DIMENSIONS, type FeedbackDimension, type FeedbackFacets, type FeedbackFilters, type FeedbackRow,
  type FeedbackSort, ROW_TEXT_LIMIT,
} from '../../../shared/feedback/table/feedbackQuery.ts';
import { matchesTerms, searchKey, searchTerms } from '../../../shared/feedback/table/searchKey.ts';
import type { SectionContext } from '../../../shared/feedback/tags/suggestTags.ts';
import { type IndexedItemRow, type ItemExtras, type ItemsWanted, NO_EXTRAS } from '../../storage/FeedbackVersions.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { type DraftSection, DraftSections } from './DraftSections.ts';
import { FacetDictionary } from './facetDictionary.ts';
import { facetEntries } from './facetEntries.ts';
import { IndexCodebook } from './IndexCodebook.ts';

interface Entry extends IndexedItemRow, ItemExtras {
  /**
   * searchKey of the text, the name as written and the location (all three never change); null
   * until the first search: keying every text was half the build, and the table's first page,
   * its filters and the dashboard need none.
   */
  key: string | null;
  section: DraftSection | null;
}

/** The dimensions with one value per item, coded in `codes`; `tag` has several, in `tagCodes`. */
type SingleDimension = Exclude<FeedbackDimension, 'tag'>;
const SINGLE_DIMENSIONS = FEEDBACK_DIMENSIONS.filter((dim): dim is SingleDimension => dim !== 'tag');
/** Characters of a cluster's representative shown as the cluster's name. */
const CLUSTER_LABEL_CHARS = 60;

/** Which items pass a query's filters and search, and the facet counts that go with them. */
export interface Matched {
  mask: Uint8Array;
  total: number;
  facets: Record<FeedbackDimension, Int32Array>;
}

/** Past this share of the items changed at once, the index is rebuilt rather than patched. */
const REBUILD_SHARE = 0.2;
const COLLATOR = new Intl.Collator('vi');

/**
 * A workspace's feedback items in memory, for the table and the dashboard: built on the first
 * query, then brought up to date before each one from what changed in the file (new rowids, and
 * the item versions the migrations' triggers keep for an item's own columns, its tags, its
 * decision and its cluster, so a CLI command beside the server is seen too). Each item has a code
 * per dimension (FacetDictionary; its tags, with the codes above them, a list of codes) and a
 * tone-blind search key; a query is one pass over the codes, the facet counts made in the same
 * pass. Items, tags, clusters and decisions are read with one query per table, never one per
 * item. The last query's result is kept, so the table's windows of one query cost a slice.
 * Nothing here writes.
 */
export class FeedbackIndex {
  private readonly store: WorkspaceStore;
  private entries: Entry[] = [];
  private positions = new Map<number, number>();
  private codes = emptyCodes();
  private tagCodes: number[][] = [];
  private dictionaries = emptyDictionaries();
  private sources = new Map<string, FeedbackSource>();
  private codebook = new IndexCodebook([]);
  private representatives = new Map<string, string>();
  private idPositions = new Map<string, number>();
  private clusterSizes: Int32Array | null = null;
  private sections: DraftSections;
  private sectionInfo = new Map<string, DraftSection>();
  private lastRowid = 0;
  private lastSeq = -1;
  private orders = new Map<string, Int32Array>();
  private cached: { key: string; matched: Matched } | null = null;
  /** Entries before this one have their search key. */
  private keyed = 0;
  /** Search keys of the names and locations met (a few hundred for 100,000 items). */
  private readonly shortKeys = new Map<string, string>();
  private changes = 0;

  constructor(store: WorkspaceStore) {
    this.store = store;
    this.sections = new DraftSections(store);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Goes up whenever a refresh changes anything: what was worked out from the index at one version holds until the next. */
  get version(): number {
    return this.changes;
  }

  /** Reads what changed since the last call: new items, changed items, the sources and codebook registries. */
  refresh(): void {
    const versions = this.store.feedbackVersions;
    const seq = versions.lastSeq();
    const changed = this.lastSeq < 0 ? [] : seq > this.lastSeq ? versions.changedSince(this.lastSeq) : [];
    const first = this.lastSeq < 0;
    this.lastSeq = seq;
    if (first || changed.includes(0)) this.readRegistries();
    if (changed.length > REBUILD_SHARE * this.entries.length && changed.length > 100) return this.rebuild();
    const rowids = changed.filter((rowid) => rowid !== 0 && this.positions.has(rowid));
    if (rowids.length > 0) this.placeAll(versions.itemsIn(rowids), { rowids });
    if (changed.includes(0)) for (let at = 0; at < this.entries.length; at++) this.codeSource(at);
    const added = this.placeAll(versions.itemsAfter(this.lastRowid), { after: this.lastRowid });
    if (added === 0 && changed.length === 0) return;
    this.changes++;
    this.orders.clear();
    this.cached = null;
    this.clusterSizes = null;
  }

  /** Drops everything and reads every item again (a change too large to patch). */
  private rebuild(): void {
    this.changes++;
    [this.entries, this.positions, this.idPositions, this.codes, this.tagCodes, this.dictionaries] = [[], new Map(), new Map(), emptyCodes(), [], emptyDictionaries()];
    [this.sections, this.sectionInfo, this.lastRowid, this.orders, this.cached, this.clusterSizes, this.keyed] = [new DraftSections(this.store), new Map(), 0, new Map(), null, null, 0];
    this.placeAll(this.store.feedbackVersions.itemsAfter(0), { after: 0 });
  }

  private readRegistries(): void {
    this.sources = new Map(this.store.sources.list().map((s) => [s.id, s]));
    this.codebook = new IndexCodebook(this.store.tags.codes());
    this.representatives = this.store.feedbackVersions.representatives();
  }

  /** Places `rows` (where they are, or at the end when new) with their extras, read in one query per table; returns how many. */
  private placeAll(rows: IndexedItemRow[], which: ItemsWanted): number {
    if (rows.length === 0) return 0;
    const extras = this.store.feedbackVersions.extrasOf(which);
    let newCluster = false;
    for (const row of rows) {
      const extra = extras.get(row.rowid) ?? NO_EXTRAS;
      newCluster ||= extra.clusterId !== null && !this.representatives.has(extra.clusterId);
      this.place(this.positions.get(row.rowid) ?? this.entries.length, row, extra);
    }
    // A cluster made since the registries were read: the representatives are read again.
    if (newCluster) this.representatives = this.store.feedbackVersions.representatives();
    return rows.length;
  }

  /** Puts a row at position `at` (the end for a new item) and codes its dimensions. */
  private place(at: number, row: IndexedItemRow, extras: ItemExtras): void {
    const old = this.entries[at];
    const key = old?.key ?? null;
    const section = old && sameAnchor(old, row) ? old.section : this.sections.sectionOf(row.documentTitle, row.anchor);
    if (section) this.sectionInfo.set(section.key, section);
    this.entries[at] = { ...row, ...extras, key, section };
    this.positions.set(row.rowid, at);
    this.idPositions.set(row.id, at);
    this.lastRowid = Math.max(this.lastRowid, row.rowid);
    const c = this.codes;
    const d = this.dictionaries;
    c.status[at] = d.status.code(row.status);
    c.assignee[at] = d.assignee.code(extras.assignee ?? '');
    c.section[at] = d.section.code(section?.key ?? '');
    c.cluster[at] = d.cluster.code(extras.clusterId ?? '');
    c.document[at] = d.document.code(row.documentTitle ?? '');
    c.draft[at] = d.draft.code(row.draftNumber === null ? '' : String(row.draftNumber));
    const tags = this.codebook.closure(extras.codeIds);
    this.tagCodes[at] = tags.length === 0 ? [d.tag.code('')] : tags.map((id) => d.tag.code(id));
    this.codeSource(at);
  }

  private codeSource(at: number): void {
    const entry = this.entries[at];
    const source = entry.sourceId === null ? undefined : this.sources.get(entry.sourceId);
    this.codes.source[at] = this.dictionaries.source.code(source ? source.id : '');
    this.codes.level[at] = this.dictionaries.level.code(source ? source.level : '');
  }

  /**
   * The items that pass `filters` and `search`, and per dimension the counts of its values among
   * the items that pass everything else (so a chosen value's neighbours keep their counts).
   */
  match(filters: FeedbackFilters, search: string): Matched {
    const cacheKey = JSON.stringify([FEEDBACK_DIMENSIONS.map((dim) => [...(filters[dim] ?? [])].sort()), search]);
    if (this.cached?.key === cacheKey) return this.cached.matched;
    const n = this.entries.length;
    const terms = searchTerms(search);
    if (terms.length > 0) this.keyAll();
    const allowedOf = (dim: FeedbackDimension) => {
      const allowed = new Uint8Array(this.dictionaries[dim].size);
      for (const value of filters[dim]!) {
        const code = this.dictionaries[dim].find(value);
        if (code !== undefined) allowed[code] = 1;
      }
      return allowed;
    };
    const active = SINGLE_DIMENSIONS.filter((dim) => (filters[dim]?.length ?? 0) > 0).map((dim) => ({ dim, allowed: allowedOf(dim), codes: this.codes[dim] }));
    const tagAllowed = (filters.tag?.length ?? 0) > 0 ? allowedOf('tag') : null;
    const facets = Object.fromEntries(FEEDBACK_DIMENSIONS.map((dim) => [dim, new Int32Array(this.dictionaries[dim].size)])) as Record<FeedbackDimension, Int32Array>;
    const all = SINGLE_DIMENSIONS.map((dim) => ({ counts: facets[dim], codes: this.codes[dim] }));
    const tagCounts = facets.tag;
    const tagCodes = this.tagCodes;
    const mask = new Uint8Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (terms.length > 0 && !matchesTerms(this.entries[i].key!, terms)) continue;
      let fails = 0;
      let failing = -1;
      for (let a = 0; a < active.length && fails < 2; a++) {
        if (active[a].allowed[active[a].codes[i]] === 0) [fails, failing] = [fails + 1, a];
      }
      const tags = tagCodes[i];
      const tagFails = tagAllowed !== null && !tags.some((code) => tagAllowed[code] === 1);
      if (fails === 0 && !tagFails) {
        mask[i] = 1;
        total++;
        for (const { counts, codes } of all) counts[codes[i]]++;
        for (const code of tags) tagCounts[code]++;
      } else if (fails === 1 && !tagFails) {
        facets[active[failing].dim][active[failing].codes[i]]++;
      } else if (fails === 0 && tagFails) {
        for (const code of tags) tagCounts[code]++;
      }
    }
    const matched = { mask, total, facets };
    this.cached = { key: cacheKey, matched };
    return matched;
  }

  /** Gives every entry not keyed yet its search key (the first search after a build or an import). */
  private keyAll(): void {
    const short = (text: string) => {
      let key = this.shortKeys.get(text);
      if (key === undefined) this.shortKeys.set(text, (key = searchKey(text)));
      return key;
    };
    for (let i = this.keyed; i < this.entries.length; i++) {
      const e = this.entries[i];
      e.key ??= `${searchKey(e.text)}\u0001${short(e.sourceName)}\u0001${short(e.location ?? '')}`;
    }
    this.keyed = this.entries.length;
  }

  /** Rows `offset`…`offset + limit` of the matched items in `sort`'s order. */
  window(matched: Matched, sort: FeedbackSort, offset: number, limit: number): FeedbackRow[] {
    const order = this.order(sort.by);
    const n = this.entries.length;
    const rows: FeedbackRow[] = [];
    let seen = 0;
    for (let k = 0; k < n && rows.length < limit; k++) {
      const i = order[sort.direction === 'asc' ? k : n - 1 - k];
      if (matched.mask[i] === 0) continue;
      if (seen++ >= offset) rows.push(this.row(i));
    }
    return rows;
  }

  facets(matched: Matched, filters: FeedbackFilters): FeedbackFacets {
    return Object.fromEntries(FEEDBACK_DIMENSIONS.map((dim) => [dim, this.entriesOf(dim, matched.facets[dim], filters[dim] ?? [])])) as FeedbackFacets;
  }

  /** A dimension's values with their counts, in the order the dimension reads (see facetEntries). */
  entriesOf(dim: FeedbackDimension, counts: Int32Array, chosen: readonly string[] = []): FacetEntry[] {
    if (dim === 'tag') {
      // Every code of the codebook is listed, in tree order, 0 or not.
      const values = this.dictionaries.tag.values;
      for (const id of this.codebook.ids) this.dictionaries.tag.code(id);
      const full = new Int32Array(values.length);
      full.set(counts.subarray(0, Math.min(counts.length, full.length)));
      counts = full;
    }
    return facetEntries(dim, this.dictionaries[dim].values, counts, chosen, (value) => this.labelOf(dim, value), (value) => this.placeOf(dim, value));
  }

  private placeOf(dim: FeedbackDimension, value: string): number {
    if (dim === 'section') return this.sectionInfo.get(value)?.order ?? 0;
    if (dim === 'tag') return this.codebook.placeOf(value);
    return 0;
  }

  labelOf(dim: FeedbackDimension, value: string): string {
    if (dim === 'source') return this.sources.get(value)?.name ?? '';
    if (dim === 'section') return this.sectionInfo.get(value)?.label ?? '';
    if (dim === 'tag') return this.codebook.pathOf(value);
    if (dim === 'cluster') return value === '' ? '' : this.clusterLabel(value);
    return value;
  }

  private clusterLabel(clusterId: string): string {
    const at = this.idPositions.get(this.representatives.get(clusterId) ?? '');
    const text = at === undefined ? '' : this.entries[at].text;
    return text.length > CLUSTER_LABEL_CHARS ? `${text.slice(0, CLUSTER_LABEL_CHARS - 1)}…` : text;
  }

  /** Whether a tag code is a top-level code of the codebook (a theme of the dashboard). */
  isTopLevelTag(codeId: string): boolean {
    return this.codebook.isTopLevel(codeId);
  }

  /** Per cluster code, its members in the index now; counted once after each change. */
  private sizes(): Int32Array {
    if (this.clusterSizes && this.clusterSizes.length === this.dictionaries.cluster.size) return this.clusterSizes;
    const sizes = new Int32Array(this.dictionaries.cluster.size);
    for (const code of this.codes.cluster) sizes[code]++;
    this.clusterSizes = sizes;
    return sizes;
  }

  /** The entries' positions sorted by `by` (ties in import order); kept until something changes. */
  private order(by: FeedbackSort['by']): Int32Array {
    let order = this.orders.get(by);
    if (order) return order;
    const n = this.entries.length;
    order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (by !== 'received') {
      const rank = this.ranks(by);
      order.sort((a, b) => rank[a] - rank[b] || a - b);
    }
    this.orders.set(by, order);
    return order;
  }

  /** Per entry, the rank of its value for a sort: distinct values ranked once (collation is slow). */
  private ranks(by: Exclude<FeedbackSort['by'], 'received'>): Float64Array {
    const dim = by;
    const values = this.dictionaries[dim].values;
    const rankOfCode = new Float64Array(values.length);
    const ordered = values.map((value, code) => ({ value, code }));
    if (by === 'source') ordered.sort((a, b) => (a.value === '') !== (b.value === '') ? (a.value === '' ? 1 : -1) : COLLATOR.compare(this.labelOf('source', a.value), this.labelOf('source', b.value)));
    if (by === 'section') ordered.sort((a, b) => (this.sectionInfo.get(a.value)?.order ?? Infinity) - (this.sectionInfo.get(b.value)?.order ?? Infinity));
    if (by === 'status') ordered.sort((a, b) => FEEDBACK_STATUSES.indexOf(a.value as never) - FEEDBACK_STATUSES.indexOf(b.value as never));
    ordered.forEach(({ code }, rank) => (rankOfCode[code] = rank));
    const codes = this.codes[dim];
    const rank = new Float64Array(this.entries.length);
    for (let i = 0; i < rank.length; i++) rank[i] = rankOfCode[codes[i]];
    return rank;
  }

  private row(i: number): FeedbackRow {
    const e = this.entries[i];
    const source = e.sourceId === null ? undefined : this.sources.get(e.sourceId);
    return {
      id: e.id, text: e.text.length > ROW_TEXT_LIMIT ? `${e.text.slice(0, ROW_TEXT_LIMIT - 1)}…` : e.text, sourceName: e.sourceName,
      sourceLabel: source?.name ?? '', level: source?.level ?? '', status: e.status, sectionLabel: e.section?.label ?? '',
      tags: e.codeIds.map((id) => this.codebook.pathOf(id) || id), assignee: e.assignee, clusterId: e.clusterId,
      clusterSize: e.clusterId === null ? 0 : this.sizes()[this.codes.cluster[i]], documentTitle: e.documentTitle, draftNumber: e.draftNumber, location: e.location, anchored: e.anchor !== null, createdAt: e.createdAt,
    };
  }

  /** For the dashboard: the matched entries' codes, one pass (`tags` with the codes above the item's own). */
  forEachMatched(matched: Matched, fn: (entry: Entry, codes: { section: number; level: number; tags: readonly number[]; status: number }) => void): void {
    const c = this.codes;
    for (let i = 0; i < this.entries.length; i++) {
      if (matched.mask[i] === 1) fn(this.entries[i], { section: c.section[i], level: c.level[i], tags: this.tagCodes[i], status: c.status[i] });
    }
  }

  /**
   * Where an item is anchored, for tag suggestions: its section's heading and the other items
   * anchored in that section with their own tags; null when it is in no section (not anchored,
   * or its blocks are not in the draft).
   */
  sectionContext(itemId: string): SectionContext | null {
    const at = this.idPositions.get(itemId);
    const section = at === undefined ? null : this.entries[at].section;
    if (at === undefined || !section) return null;
    const code = this.codes.section[at];
    const sectionCodes = this.codes.section;
    const tagged: SectionContext['tagged'][number][] = [];
    for (let i = 0; i < this.entries.length; i++) {
      if (i !== at && sectionCodes[i] === code && this.entries[i].codeIds.length > 0) tagged.push({ itemId: this.entries[i].id, codeIds: this.entries[i].codeIds });
    }
    return { heading: section.label, tagged };
  }

  dictionary(dim: FeedbackDimension): readonly string[] {
    return this.dictionaries[dim].values;
  }

  /** The section label and blocks of an anchor, from the drafts this index has read. */
  get draftSections(): DraftSections {
    return this.sections;
  }
}

function emptyCodes(): Record<SingleDimension, number[]> {
  return Object.fromEntries(SINGLE_DIMENSIONS.map((dim) => [dim, [] as number[]])) as Record<SingleDimension, number[]>;
}

/** Whether an item's anchor (and so its section) is as it was: a tag or a decision changed, not where it points. */
function sameAnchor(a: IndexedItemRow, b: IndexedItemRow): boolean {
  return a.documentTitle === b.documentTitle && JSON.stringify(a.anchor) === JSON.stringify(b.anchor);
}

function emptyDictionaries(): Record<FeedbackDimension, FacetDictionary> {
  const dictionaries = Object.fromEntries(FEEDBACK_DIMENSIONS.map((dim) => [dim, new FacetDictionary()])) as Record<FeedbackDimension, FacetDictionary>;
  // Codes in their reading order, so every fixed value has a count (0 when no item has it).
  for (const status of FEEDBACK_STATUSES) dictionaries.status.code(status);
  for (const level of SOURCE_LEVELS) dictionaries.level.code(level);
  return dictionaries;
}
