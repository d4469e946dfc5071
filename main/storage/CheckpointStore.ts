import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import type { CheckpointReplacement, CheckpointSummary } from '../../shared/rpc/draftContract.ts';
import type { DraftBlocks } from './draftBlocks.ts';
import { decodeIds, encodeIds, pack, unpack } from './draftCodec.ts';

/** What a checkpoint keeps: the working copy as it was just before something replaced it. */
export interface NewCheckpoint {
  documentId: string;
  reason: 'restore' | 'import';
  author: string;
  replacedBy: CheckpointReplacement;
  words: number;
  numbering: string | null;
  blocks: readonly unknown[];
  /** The working copy's full Yjs state (V2 update). */
  yState: Uint8Array;
}

export interface CheckpointRecord extends CheckpointSummary {
  numbering: string | null;
}

interface Row {
  id: string;
  document_id: string;
  number: number;
  created_at: string;
  reason: string;
  author: string;
  replaced_by: string;
  words: number;
  numbering: string | null;
}

const COLUMNS = 'id, document_id, number, created_at, reason, author, replaced_by, words, numbering';

/**
 * The "trước khi khôi phục" checkpoints of a workspace's documents: the working copy kept, like a
 * draft but unnumbered among the drafts, each time a restore or an import replaced it. Numbered
 * 1..N per document on their own (so draft numbers never move), immutable once inserted; their
 * blocks share the drafts' content-addressed block table.
 */
export class CheckpointStore {
  private readonly db: DatabaseSync;
  private readonly blockTable: DraftBlocks;

  constructor(db: DatabaseSync, blocks: DraftBlocks) {
    this.db = db;
    this.blockTable = blocks;
  }

  /** Stores a checkpoint as number last+1. Run inside a transaction (with the audit entry). */
  insert(checkpoint: NewCheckpoint): CheckpointRecord {
    const id = randomUUID();
    const number = (this.list(checkpoint.documentId).at(-1)?.number ?? 0) + 1;
    const blockIds = this.blockTable.put(checkpoint.blocks);
    this.db
      .prepare(
        `INSERT INTO draft_checkpoints (id, document_id, number, created_at, reason, author, replaced_by, words, numbering, block_ids, ystate)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, checkpoint.documentId, number, new Date().toISOString(), checkpoint.reason, checkpoint.author,
        JSON.stringify(checkpoint.replacedBy), checkpoint.words, checkpoint.numbering, encodeIds(blockIds), pack(checkpoint.yState));
    return this.get(checkpoint.documentId, number);
  }

  list(documentId: string): CheckpointRecord[] {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM draft_checkpoints WHERE document_id = ? ORDER BY number`).all(documentId);
    return (rows as unknown as Row[]).map(toRecord);
  }

  /** Checkpoint `number` of a document; not_found when there is none. */
  get(documentId: string, number: number): CheckpointRecord {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM draft_checkpoints WHERE document_id = ? AND number = ?`).get(documentId, number);
    if (!row) throw new AppError('not_found', `Văn kiện này không có bản lưu trước khi khôi phục số ${number}. Hãy chọn một bản trong danh sách dự thảo.`);
    return toRecord(row as unknown as Row);
  }

  /** The top-level block JSONs of a checkpoint, in order. */
  blocks(documentId: string, number: number): unknown[] {
    return this.blockTable.get(decodeIds(this.column(documentId, number, 'block_ids')));
  }

  /** Row ids of the checkpoint's blocks, to compare contents without decoding them. */
  blockIds(documentId: string, number: number): number[] {
    return decodeIds(this.column(documentId, number, 'block_ids'));
  }

  /** The full Yjs state (V2 update) of the working copy when it was kept. */
  yState(documentId: string, number: number): Uint8Array {
    return unpack(this.column(documentId, number, 'ystate'));
  }

  private column(documentId: string, number: number, name: 'block_ids' | 'ystate'): Uint8Array {
    this.get(documentId, number);
    return (this.db.prepare(`SELECT ${name} AS v FROM draft_checkpoints WHERE document_id = ? AND number = ?`).get(documentId, number) as { v: Uint8Array }).v;
  }
}

function toRecord(row: Row): CheckpointRecord {
  let replacedBy: CheckpointReplacement;
  try {
    replacedBy = JSON.parse(row.replaced_by) as CheckpointReplacement;
  } catch {
    replacedBy = {};
  }
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    createdAt: row.created_at,
    reason: row.reason as 'restore' | 'import',
    author: row.author,
    replacedBy,
    words: row.words,
    numbering: row.numbering,
  };
}
