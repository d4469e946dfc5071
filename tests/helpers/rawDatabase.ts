import type { DatabaseSync } from 'node:sqlite';
import type { AccountStore } from '../../main/storage/AccountStore.ts';
import type { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';

/**
 * Tests only: the store's own SQLite connection, to read the tables as stored (rows, triggers,
 * audit details) and to put a fault on the very connection the code under test writes through
 * (`PRAGMA query_only`, `PRAGMA max_page_count`). The connection is private to the store;
 * product code goes through the store's fields and its `transaction`.
 */
export function rawDatabase(store: WorkspaceStore | AccountStore): DatabaseSync {
  return (store as unknown as { db: DatabaseSync }).db;
}
