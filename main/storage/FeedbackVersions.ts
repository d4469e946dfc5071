import type { DatabaseSync } from 'node:sqlite';
import type { FeedbackAnchor, FeedbackStatus } from '../../shared/feedback/model.ts';

/** What the table's index keeps of an item (no provenance: the detail reads the item whole). */
export interface IndexedItemRow {
  rowid: number;
  id: string;
  text: string;
  sourceName: string;
  sourceId: string | null;
  status: FeedbackStatus;
  anchor: FeedbackAnchor | null;
  documentTitle: string | null;
  draftNumber: number | null;
  location: string | null;
  createdAt: string;
}

/** What the index shows of an item beyond its own columns: its tags, its cluster now, who handles it. */
export interface ItemExtras {
  codeIds: string[];
  clusterId: string | null;
  assignee: string | null;
}

export const NO_EXTRAS: ItemExtras = { codeIds: [], clusterId: null, assignee: null };

interface Row {
  rowid: number; id: string; text: string; source_name: string; source_id: string | null; status: string; anchor: string | null;
  document_title: string | null; draft_number: number | null; location: string | null; created_at: string;
}

const SELECT = `SELECT rowid, id, text, source_name, source_id, status, anchor, document_title, draft_number, location, created_at FROM feedback_items`;

/** Items past a rowid (0: all), or those listed. */
export type ItemsWanted = { after: number } | { rowids: readonly number[] };

function whereOf(which: ItemsWanted): [string, (string | number)[]] {
  return 'after' in which ? ['WHERE i.rowid > ?', [which.after]] : ['WHERE i.rowid IN (SELECT value FROM json_each(?))', [JSON.stringify(which.rowids)]];
}

type RowArray = [number, string, string, string, string | null, string, string | null, string | null, number | null, string | null, string];

const arrayToRow = ([rowid, id, text, sourceName, sourceId, status, anchor, documentTitle, draftNumber, location, createdAt]: RowArray): IndexedItemRow => ({
  rowid, id, text, sourceName, sourceId, status: status as FeedbackStatus, anchor: anchor === null ? null : (JSON.parse(anchor) as FeedbackAnchor),
  documentTitle, draftNumber, location, createdAt,
});

const toRow = (r: Row): IndexedItemRow => ({
  rowid: r.rowid, id: r.id, text: r.text, sourceName: r.source_name, sourceId: r.source_id, status: r.status as FeedbackStatus,
  anchor: r.anchor === null ? null : (JSON.parse(r.anchor) as FeedbackAnchor), documentTitle: r.document_title, draftNumber: r.draft_number,
  location: r.location, createdAt: r.created_at,
});

/**
 * Reading feedback items for the in-memory index of the table (`store.feedbackVersions`): the items
 * past a rowid (items are never deleted, so rowids only grow) and the items changed since a
 * sequence number (migration 6's triggers number every update; item 0 is the sources registry).
 */
export class FeedbackVersions {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** The last change's number (0 when nothing changed yet). */
  lastSeq(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM feedback_item_versions').get() as { n: number }).n;
  }

  /** The rowids changed after `seq` (0 for the sources registry), in no order. */
  changedSince(seq: number): number[] {
    return (this.db.prepare('SELECT item_rowid FROM feedback_item_versions WHERE seq > ?').all(seq) as { item_rowid: number }[]).map((r) => r.item_rowid);
  }

  /** Items whose rowid is past `rowid`, in rowid order (the order they were imported in). */
  itemsAfter(rowid: number): IndexedItemRow[] {
    const statement = this.db.prepare(`${SELECT} WHERE rowid > ? ORDER BY rowid`);
    // Arrays, not objects: 100,000 objects of eleven named columns cost more than reading them.
    statement.setReturnArrays(true);
    return (statement.all(rowid) as unknown as RowArray[]).map(arrayToRow);
  }

  /**
   * The tags (code ids, oldest first), current cluster and decision's assignee of the items past
   * a rowid or of those listed, by rowid: one query per table whatever the count (a query
   * per item cost the index most of its build). Items with none of the three are not listed.
   * For the items past a rowid (a build: all of them) CROSS JOIN keeps SQLite from walking the
   * items (their text) to find each table's rows: it reads the table and finds each rowid in the
   * items' id index (4× faster); for a few items listed, it starts from those.
   */
  extrasOf(which: ItemsWanted): Map<number, ItemExtras> {
    const [only, args] = whereOf(which);
    const join = 'after' in which ? 'CROSS JOIN' : 'JOIN';
    const extras = new Map<number, ItemExtras>();
    const of = (rowid: number) => {
      let e = extras.get(rowid);
      if (!e) extras.set(rowid, (e = { codeIds: [], clusterId: null, assignee: null }));
      return e;
    };
    const tags = this.db.prepare(`SELECT i.rowid AS r, t.code_id AS v FROM feedback_item_codes t ${join} feedback_items i ON i.id = t.item_id ${only} ORDER BY t.created_at, t.code_id`).all(...args) as { r: number; v: string }[];
    for (const t of tags) of(t.r).codeIds.push(t.v);
    const clusters = this.db.prepare(`SELECT i.rowid AS r, m.cluster_id AS v FROM feedback_cluster_members m ${join} feedback_items i ON i.id = m.item_id
      ${only} AND m.left_at IS NULL`).all(...args) as { r: number; v: string }[];
    for (const c of clusters) of(c.r).clusterId = c.v;
    const decisions = this.db.prepare(`SELECT i.rowid AS r, d.assignee AS v FROM feedback_decisions d ${join} feedback_items i ON i.id = d.item_id
      ${only} AND d.assignee IS NOT NULL`).all(...args) as { r: number; v: string }[];
    for (const d of decisions) of(d.r).assignee = d.v;
    return extras;
  }

  /** Each cluster's representative item (its label in the table's cluster filter). */
  representatives(): Map<string, string> {
    const rows = this.db.prepare('SELECT id, representative_id FROM feedback_clusters WHERE merged_into IS NULL').all() as { id: string; representative_id: string }[];
    return new Map(rows.map((r) => [r.id, r.representative_id]));
  }

  /** The items listed that exist, in rowid order: one query however many. */
  itemsIn(rowids: readonly number[]): IndexedItemRow[] {
    return (this.db.prepare(`${SELECT} WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid`).all(JSON.stringify(rowids)) as unknown as Row[]).map(toRow);
  }

  itemAt(rowid: number): IndexedItemRow | undefined {
    const row = this.db.prepare(`${SELECT} WHERE rowid = ?`).get(rowid) as Row | undefined;
    return row && toRow(row);
  }
}
