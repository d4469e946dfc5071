import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { AppError } from '../../shared/errors.ts';
import type { DraftStage, DraftSummary } from '../../shared/rpc/draftContract.ts';
import type { CheckpointStore } from './CheckpointStore.ts';
import type { DraftBlocks } from './draftBlocks.ts';
import { decodeIds, encodeIds, pack, unpack } from './draftCodec.ts';
import { transaction } from './sqlite.ts';
import { isContainedIn } from './stateVectors.ts';

/** A full Yjs checkpoint every CHECKPOINT_EVERY drafts of the working copy; increments between. */
export const CHECKPOINT_EVERY = 5;

/** What a new draft is made of; the store numbers it and encodes it. */
export interface NewDraft {
  documentId: string;
  stage: DraftStage;
  author: string;
  note: string;
  origin: 'app' | 'import';
  words: number;
  /** The numbering scheme the draft was frozen with (JSON text), null for the default. */
  numbering: string | null;
  /** The top-level blocks of the ProseMirror document, as JSON. */
  blocks: readonly unknown[];
  /** The full Yjs state (V2 update). */
  yState: Uint8Array;
  /** Y.encodeSnapshotV2 of the working copy; null for imported drafts. */
  snapshot: Uint8Array | null;
}

export interface DraftRecord extends DraftSummary {
  numbering: string | null;
}

interface Row {
  id: string;
  document_id: string;
  number: number;
  created_at: string;
  stage: string;
  author: string;
  note: string;
  origin: string;
  words: number;
  numbering: string | null;
  ystate_depth: number;
}

const SUMMARY_COLUMNS = 'id, document_id, number, created_at, stage, author, note, origin, words, numbering, ystate_depth';

/**
 * The numbered drafts of a workspace's documents. A draft, once inserted, never changes (the
 * tables' triggers refuse UPDATE and DELETE), and numbers run 1..N per document without gaps.
 * Drafts frozen from the working copy chain their Yjs states: each stores the increment over the
 * previous one, with a full checkpoint every CHECKPOINT_EVERY drafts so a read applies few.
 */
export class DraftStore {
  private readonly db: DatabaseSync;
  private readonly blockTable: DraftBlocks;
  /** The checkpoints, which share the block table; `keptAs` looks among them too. */
  private readonly checkpoints: CheckpointStore;

  constructor(db: DatabaseSync, blocks: DraftBlocks, checkpoints: CheckpointStore) {
    this.db = db;
    this.blockTable = blocks;
    this.checkpoints = checkpoints;
  }

  /**
   * The newest draft, else the newest checkpoint, whose blocks and numbering are exactly these;
   * null when none is. Writes nothing: content already kept needs no new checkpoint.
   */
  keptAs(documentId: string, blocks: readonly unknown[], numbering: string | null): { draft: number } | { checkpoint: number } | null {
    const ids = this.blockTable.find(blocks);
    if (!ids) return null;
    const same = (other: number[]) => other.length === ids.length && other.every((id, i) => id === ids[i]);
    for (const draft of this.list(documentId).reverse()) {
      if (draft.numbering === numbering && same(decodeIds(this.column(documentId, draft.number, 'block_ids') as Uint8Array))) return { draft: draft.number };
    }
    for (const checkpoint of this.checkpoints.list(documentId).reverse()) {
      if (checkpoint.numbering === numbering && same(this.checkpoints.blockIds(documentId, checkpoint.number))) return { checkpoint: checkpoint.number };
    }
    return null;
  }

  /**
   * Stores a draft as number last+1, in one transaction; `within` runs in that transaction with
   * the new draft (the audit entry), so either both are written or neither.
   */
  insert(draft: NewDraft, within?: (record: DraftRecord) => void): DraftRecord {
    const id = randomUUID();
    return transaction(this.db, () => {
      const number = (this.last(draft.documentId)?.number ?? 0) + 1;
      const blockIds = this.blockTable.put(draft.blocks);
      const stateVector = Y.encodeStateVectorFromUpdateV2(draft.yState);
      const y = this.encodeYState(draft, stateVector);
      this.db
        .prepare(
          `INSERT INTO drafts (id, document_id, number, created_at, stage, author, note, origin, words, numbering,
             block_ids, ystate, ystate_base, ystate_depth, state_vector, snapshot)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, draft.documentId, number, new Date().toISOString(), draft.stage, draft.author, draft.note, draft.origin,
          draft.words, draft.numbering, encodeIds(blockIds), pack(y.update), y.base, y.depth, stateVector, draft.snapshot);
      const record = this.byId(id);
      within?.(record);
      return record;
    });
  }

  /** The increment over the last app draft when the chain is short and contained, else a checkpoint. */
  private encodeYState(draft: NewDraft, stateVector: Uint8Array): { update: Uint8Array; base: number | null; depth: number } {
    const base = draft.origin === 'app' ? this.lastAppDraft(draft.documentId) : undefined;
    if (base && base.ystate_depth + 1 < CHECKPOINT_EVERY) {
      const baseVector = this.column(draft.documentId, base.number, 'state_vector') as Uint8Array;
      // A working copy always grows, so this holds; if it ever did not, a checkpoint is still right.
      if (isContainedIn(baseVector, stateVector)) {
        return { update: Y.diffUpdateV2(draft.yState, baseVector), base: base.number, depth: base.ystate_depth + 1 };
      }
    }
    return { update: draft.yState, base: null, depth: 0 };
  }

  list(documentId: string): DraftRecord[] {
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE document_id = ? ORDER BY number`).all(documentId);
    return (rows as unknown as Row[]).map(toRecord);
  }

  last(documentId: string): DraftRecord | undefined {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE document_id = ? ORDER BY number DESC LIMIT 1`).get(documentId);
    return row ? toRecord(row as unknown as Row) : undefined;
  }

  /** Draft `number` of a document; not_found when there is none. */
  get(documentId: string, number: number): DraftRecord {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE document_id = ? AND number = ?`).get(documentId, number);
    if (!row) throw new AppError('not_found', `Văn kiện này chưa có Dự thảo lần ${number}. Hãy chọn một dự thảo trong danh sách.`);
    return toRecord(row as unknown as Row);
  }

  /** The top-level block JSONs of a draft, in order. */
  blocks(documentId: string, number: number): unknown[] {
    return this.blockTable.get(decodeIds(this.column(documentId, number, 'block_ids') as Uint8Array));
  }

  /** The draft's full Yjs state (V2 update): its checkpoint merged with the increments after it. */
  yState(documentId: string, number: number): Uint8Array {
    const updates: Uint8Array[] = [];
    for (let n: number | null = number; n !== null; ) {
      const row = this.db.prepare('SELECT ystate, ystate_base FROM drafts WHERE document_id = ? AND number = ?').get(documentId, n) as
        | { ystate: Uint8Array; ystate_base: number | null }
        | undefined;
      if (!row) throw new AppError('not_found', `Văn kiện này chưa có Dự thảo lần ${n}.`);
      updates.unshift(unpack(row.ystate));
      n = row.ystate_base;
    }
    return updates.length === 1 ? updates[0] : Y.mergeUpdatesV2(updates);
  }

  /** Y.encodeSnapshotV2 of the working copy when the draft was frozen; null for imports. */
  snapshot(documentId: string, number: number): Uint8Array | null {
    return this.column(documentId, number, 'snapshot') as Uint8Array | null;
  }

  /** Bytes stored for a document's drafts: rows plus the blocks they use (shared blocks once). */
  bytes(documentId: string): number {
    const own = this.db
      .prepare('SELECT COALESCE(SUM(LENGTH(block_ids) + LENGTH(ystate) + LENGTH(state_vector) + COALESCE(LENGTH(snapshot), 0)), 0) AS n FROM drafts WHERE document_id = ?')
      .get(documentId) as { n: number };
    const ids = new Set(this.list(documentId).flatMap((d) => decodeIds(this.column(documentId, d.number, 'block_ids') as Uint8Array)));
    let blocks = 0;
    const size = this.db.prepare('SELECT LENGTH(data) + LENGTH(hash) AS n FROM draft_blocks WHERE id = ?');
    for (const id of ids) blocks += (size.get(id) as { n: number }).n;
    return own.n + blocks;
  }

  private lastAppDraft(documentId: string): Row | undefined {
    return this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE document_id = ? AND origin = 'app' ORDER BY number DESC LIMIT 1`)
      .get(documentId) as unknown as Row | undefined;
  }

  private byId(id: string): DraftRecord {
    return toRecord(this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE id = ?`).get(id) as unknown as Row);
  }

  private column(documentId: string, number: number, name: 'block_ids' | 'state_vector' | 'snapshot'): unknown {
    this.get(documentId, number);
    return (this.db.prepare(`SELECT ${name} AS v FROM drafts WHERE document_id = ? AND number = ?`).get(documentId, number) as { v: unknown }).v;
  }
}

function toRecord(row: Row): DraftRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    createdAt: row.created_at,
    stage: row.stage as DraftStage,
    author: row.author,
    note: row.note,
    origin: row.origin as 'app' | 'import',
    words: row.words,
    numbering: row.numbering,
  };
}
