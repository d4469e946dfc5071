import type { DatabaseSync } from 'node:sqlite';
import { UNREADABLE_BLOCK } from '../../shared/content/repairContent.ts';
import { blockHash, pack, unpack } from './draftCodec.ts';

/**
 * The content-addressed block table shared by all drafts of a workspace: one row per distinct
 * top-level block JSON, deflated. A block unchanged between drafts is stored once.
 */
export class DraftBlocks {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** Stores the blocks that are new and returns the row id of each, in order. Run inside a transaction. */
  put(blocks: readonly unknown[]): number[] {
    const insert = this.db.prepare('INSERT OR IGNORE INTO draft_blocks (hash, data) VALUES (?, ?)');
    const find = this.db.prepare('SELECT id FROM draft_blocks WHERE hash = ?');
    const encoder = new TextEncoder();
    return blocks.map((block) => {
      const json = JSON.stringify(block);
      const hash = blockHash(json);
      const found = find.get(hash) as { id: number } | undefined;
      if (found) return found.id;
      return Number(insert.run(hash, pack(encoder.encode(json))).lastInsertRowid);
    });
  }

  /** The row ids of these blocks when every one is stored already, else null. Writes nothing. */
  find(blocks: readonly unknown[]): number[] | null {
    const find = this.db.prepare('SELECT id FROM draft_blocks WHERE hash = ?');
    const ids: number[] = [];
    for (const block of blocks) {
      const found = find.get(blockHash(JSON.stringify(block))) as { id: number } | undefined;
      if (!found) return null;
      ids.push(found.id);
    }
    return ids;
  }

  /**
   * The blocks with these row ids, in the order given. A row that is missing or cannot be decoded
   * (a damaged file) reads as an UNREADABLE_BLOCK placeholder, which the content repair turns into
   * an empty paragraph and reports, so one bad row never makes a whole draft unreadable.
   */
  get(ids: readonly number[]): unknown[] {
    const unique = [...new Set(ids)];
    const byId = new Map<number, unknown>();
    const decoder = new TextDecoder();
    // SQLite caps bound parameters per statement; 500 per query stays far below it.
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = this.db
        .prepare(`SELECT id, data FROM draft_blocks WHERE id IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as { id: number; data: Uint8Array }[];
      for (const row of rows) byId.set(row.id, decodeBlock(row.data, decoder));
    }
    return ids.map((id) => byId.get(id) ?? { type: UNREADABLE_BLOCK, attrs: { row: id, reason: 'missing' } });
  }
}

function decodeBlock(data: Uint8Array, decoder: TextDecoder): unknown {
  let text: string;
  try {
    text = decoder.decode(unpack(data));
  } catch {
    return { type: UNREADABLE_BLOCK, attrs: { reason: 'not deflate', bytes: data.byteLength } };
  }
  try {
    return JSON.parse(text);
  } catch {
    return { type: UNREADABLE_BLOCK, attrs: { reason: 'not JSON', data: text } };
  }
}
