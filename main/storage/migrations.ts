import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './sqlite.ts';

/**
 * Versioned migrations. `PRAGMA user_version` is the number of migrations applied; each one runs
 * in its own transaction. Never edit a migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: workspace, documents, the Yjs update log, the audit log
  `CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     deleted_at TEXT
   );
   CREATE TABLE doc_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     doc_id TEXT NOT NULL REFERENCES documents(id),
     data BLOB NOT NULL,
     is_compacted INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX doc_updates_by_doc ON doc_updates(doc_id, seq);
   CREATE TABLE audit_log (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     at TEXT NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     subject TEXT,
     details TEXT
   );
   CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
   CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;`,
  // 2: numbered drafts. Blocks are content-addressed (hash of a top-level block's JSON, deflated)
  // and shared by every draft that contains them; a draft lists its blocks' row ids. The Yjs
  // state is a V2 update, deflated: a full checkpoint (ystate_base NULL) or the increment over
  // draft ystate_base. Drafts and blocks are immutable and drafts are numbered 1..N in order.
  `CREATE TABLE draft_blocks (
     id INTEGER PRIMARY KEY,
     hash BLOB NOT NULL UNIQUE,
     data BLOB NOT NULL
   );
   CREATE TABLE drafts (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     number INTEGER NOT NULL CHECK (number >= 1),
     created_at TEXT NOT NULL,
     stage TEXT NOT NULL,
     author TEXT NOT NULL,
     note TEXT NOT NULL,
     origin TEXT NOT NULL CHECK (origin IN ('app', 'import')),
     words INTEGER NOT NULL,
     numbering TEXT,
     block_ids BLOB NOT NULL,
     ystate BLOB NOT NULL,
     ystate_base INTEGER,
     ystate_depth INTEGER NOT NULL,
     state_vector BLOB NOT NULL,
     snapshot BLOB,
     UNIQUE (document_id, number)
   );
   CREATE TRIGGER drafts_numbered_in_order BEFORE INSERT ON drafts
     WHEN NEW.number <> (SELECT COALESCE(MAX(number), 0) + 1 FROM drafts WHERE document_id = NEW.document_id)
     BEGIN SELECT RAISE(ABORT, 'drafts are numbered 1..N in order'); END;
   CREATE TRIGGER drafts_immutable_update BEFORE UPDATE ON drafts
     BEGIN SELECT RAISE(ABORT, 'drafts are immutable'); END;
   CREATE TRIGGER drafts_immutable_delete BEFORE DELETE ON drafts
     BEGIN SELECT RAISE(ABORT, 'drafts are immutable'); END;
   CREATE TRIGGER draft_blocks_immutable_update BEFORE UPDATE ON draft_blocks
     BEGIN SELECT RAISE(ABORT, 'draft blocks are immutable'); END;
   CREATE TRIGGER draft_blocks_immutable_delete BEFORE DELETE ON draft_blocks
     BEGIN SELECT RAISE(ABORT, 'draft blocks are immutable'); END;`,
  // 3: what repairs of stored content removed, and the checkpoints kept before a restore. A
  // repair row keeps the content as it was stored before the repair (JSON) and what was changed;
  // a checkpoint is the working copy a restore (or an import over it) replaced: content in
  // draft_blocks like a draft's, its full Yjs state (V2, deflated), numbered 1..N per document on
  // its own, apart from the drafts. Both are append-only.
  `CREATE TABLE content_repairs (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     at TEXT NOT NULL,
     repairs TEXT NOT NULL,
     original TEXT NOT NULL
   );
   CREATE INDEX content_repairs_by_doc ON content_repairs(document_id, at);
   CREATE TRIGGER content_repairs_append_only_update BEFORE UPDATE ON content_repairs
     BEGIN SELECT RAISE(ABORT, 'content repairs are append-only'); END;
   CREATE TRIGGER content_repairs_append_only_delete BEFORE DELETE ON content_repairs
     BEGIN SELECT RAISE(ABORT, 'content repairs are append-only'); END;
   CREATE TABLE draft_checkpoints (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     number INTEGER NOT NULL CHECK (number >= 1),
     created_at TEXT NOT NULL,
     reason TEXT NOT NULL CHECK (reason IN ('restore', 'import')),
     author TEXT NOT NULL,
     replaced_by TEXT NOT NULL,
     words INTEGER NOT NULL,
     numbering TEXT,
     block_ids BLOB NOT NULL,
     ystate BLOB NOT NULL,
     UNIQUE (document_id, number)
   );
   CREATE TRIGGER draft_checkpoints_numbered_in_order BEFORE INSERT ON draft_checkpoints
     WHEN NEW.number <> (SELECT COALESCE(MAX(number), 0) + 1 FROM draft_checkpoints WHERE document_id = NEW.document_id)
     BEGIN SELECT RAISE(ABORT, 'checkpoints are numbered 1..N in order'); END;
   CREATE TRIGGER draft_checkpoints_immutable_update BEFORE UPDATE ON draft_checkpoints
     BEGIN SELECT RAISE(ABORT, 'checkpoints are immutable'); END;
   CREATE TRIGGER draft_checkpoints_immutable_delete BEFORE DELETE ON draft_checkpoints
     BEGIN SELECT RAISE(ABORT, 'checkpoints are immutable'); END;`,
  // 4: comment threads on ranges of a document's text (issue 10): server records, not Y.Doc content
  `CREATE TABLE comment_threads (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     anchor TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
     resolved_by TEXT,
     resolved_by_name TEXT,
     resolved_at TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX comment_threads_by_document ON comment_threads(document_id, created_at);
   CREATE TABLE comments (
     id TEXT PRIMARY KEY,
     thread_id TEXT NOT NULL REFERENCES comment_threads(id),
     author TEXT NOT NULL,
     author_name TEXT NOT NULL,
     body TEXT NOT NULL,
     created_at TEXT NOT NULL,
     edited_at TEXT
   );
   CREATE INDEX comments_by_thread ON comments(thread_id, created_at);`,
  // 5: feedback (issue 11): the sources registry; the comment files as received (bytes and SHA-256,
  // never changed: the provenance of every item); one batch per import of a file; the items with
  // their provenance (file, sheet/row or paragraph: never changed) and a nullable anchor.
  `CREATE TABLE feedback_sources (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     aliases TEXT NOT NULL,
     level TEXT NOT NULL,
     parent_id TEXT REFERENCES feedback_sources(id),
     created_at TEXT NOT NULL
   );
   CREATE TABLE feedback_files (
     id TEXT PRIMARY KEY,
     sha256 TEXT NOT NULL UNIQUE,
     file_name TEXT NOT NULL,
     format TEXT NOT NULL,
     bytes BLOB NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TRIGGER feedback_files_immutable_update BEFORE UPDATE ON feedback_files
     BEGIN SELECT RAISE(ABORT, 'feedback files are immutable'); END;
   CREATE TRIGGER feedback_files_immutable_delete BEFORE DELETE ON feedback_files
     BEGIN SELECT RAISE(ABORT, 'feedback files are immutable'); END;
   CREATE TABLE feedback_batches (
     id TEXT PRIMARY KEY,
     file_id TEXT NOT NULL REFERENCES feedback_files(id),
     created_at TEXT NOT NULL,
     actor TEXT NOT NULL,
     items INTEGER NOT NULL,
     flagged INTEGER NOT NULL,
     problems TEXT NOT NULL
   );
   CREATE TABLE feedback_items (
     id TEXT PRIMARY KEY,
     batch_id TEXT NOT NULL REFERENCES feedback_batches(id),
     text TEXT NOT NULL,
     fingerprint TEXT NOT NULL,
     source_name TEXT NOT NULL,
     attribution TEXT NOT NULL,
     source_id TEXT REFERENCES feedback_sources(id),
     document_title TEXT,
     draft_number INTEGER,
     location TEXT,
     status TEXT NOT NULL DEFAULT 'new',
     anchor TEXT,
     file_id TEXT NOT NULL REFERENCES feedback_files(id),
     sheet TEXT,
     row_number INTEGER,
     paragraph INTEGER,
     created_at TEXT NOT NULL
   );
   CREATE INDEX feedback_items_by_fingerprint ON feedback_items(fingerprint);
   CREATE INDEX feedback_items_by_batch ON feedback_items(batch_id);
   CREATE TRIGGER feedback_items_provenance_fixed BEFORE UPDATE OF text, fingerprint, batch_id, file_id, sheet, row_number, paragraph, created_at ON feedback_items
     BEGIN SELECT RAISE(ABORT, 'a feedback item keeps its text and provenance'); END;
   CREATE TRIGGER feedback_items_never_deleted BEFORE DELETE ON feedback_items
     BEGIN SELECT RAISE(ABORT, 'feedback items are never deleted'); END;`,
  // feedback triage (issue 11): the decision on each comment beside its status (assignee, the
  // answer, a version against lost updates, who decided when), and reusable answer templates.
  `CREATE TABLE feedback_decisions (
     item_id TEXT PRIMARY KEY REFERENCES feedback_items(id),
     assignee TEXT,
     response TEXT NOT NULL DEFAULT '',
     version INTEGER NOT NULL,
     decided_by TEXT NOT NULL,
     decided_at TEXT NOT NULL
   );
   CREATE TABLE feedback_templates (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     status TEXT NOT NULL,
     text TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at TEXT NOT NULL
   );`,
  // feedback tags (issue 11): the codebook (a tree of themes; the defaults of shared/feedback/tags/
  // codebook.ts written once here, fixed ids) and the tags on comments, each saying whether a
  // person or an accepted suggestion set it.
  `CREATE TABLE feedback_codes (
     id TEXT PRIMARY KEY,
     parent_id TEXT REFERENCES feedback_codes(id),
     name TEXT NOT NULL,
     position INTEGER NOT NULL,
     created_at TEXT NOT NULL DEFAULT ''
   );
   CREATE TABLE feedback_item_codes (
     item_id TEXT NOT NULL REFERENCES feedback_items(id),
     code_id TEXT NOT NULL REFERENCES feedback_codes(id),
     set_by TEXT NOT NULL CHECK (set_by IN ('person', 'suggestion')),
     actor TEXT NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (item_id, code_id)
   );
   CREATE INDEX feedback_item_codes_by_code ON feedback_item_codes(code_id);
   INSERT INTO feedback_codes (id, parent_id, name, position) VALUES
     ('code-1', NULL, 'Xây dựng Đảng', 0),
     ('code-1-1', 'code-1', 'Chính trị, tư tưởng, đạo đức', 0),
     ('code-1-2', 'code-1', 'Tổ chức, cán bộ', 1),
     ('code-1-3', 'code-1', 'Kiểm tra, giám sát, kỷ luật', 2),
     ('code-1-4', 'code-1', 'Dân vận', 3),
     ('code-2', NULL, 'Kinh tế', 1),
     ('code-2-1', 'code-2', 'Công nghiệp', 0),
     ('code-2-2', 'code-2', 'Nông nghiệp', 1),
     ('code-2-3', 'code-2', 'Dịch vụ, du lịch', 2),
     ('code-2-4', 'code-2', 'Kinh tế biển', 3),
     ('code-2-5', 'code-2', 'Chuyển đổi số', 4),
     ('code-3', NULL, 'Văn hóa – xã hội', 2),
     ('code-3-1', 'code-3', 'Giáo dục, đào tạo', 0),
     ('code-3-2', 'code-3', 'Y tế', 1),
     ('code-3-3', 'code-3', 'Văn hóa', 2),
     ('code-3-4', 'code-3', 'An sinh xã hội', 3),
     ('code-4', NULL, 'Quốc phòng – an ninh', 3),
     ('code-5', NULL, 'Đối ngoại', 4),
     ('code-6', NULL, 'Chỉ tiêu', 5),
     ('code-7', NULL, 'Văn phong, kỹ thuật văn bản', 6),
     ('code-8', NULL, 'Khác', 7);`,
  // Feedback anchoring and clusters (issue 11). An item's anchoring state per
  // document (the anchor itself is feedback_items.anchor); clusters whose members leave (merge,
  // split) but are never deleted, and an append-only trail of who made, merged and split them.
  `CREATE TABLE feedback_anchor_state (
     item_id TEXT PRIMARY KEY REFERENCES feedback_items(id),
     document_id TEXT NOT NULL REFERENCES documents(id),
     draft_number INTEGER,
     state TEXT NOT NULL CHECK (state IN ('anchored', 'queued')),
     quote TEXT,
     updated_at TEXT NOT NULL,
     actor TEXT NOT NULL
   );
   CREATE INDEX feedback_anchor_state_by_document ON feedback_anchor_state(document_id, state);
   CREATE TABLE feedback_clusters (
     id TEXT PRIMARY KEY,
     representative_id TEXT NOT NULL REFERENCES feedback_items(id),
     created_at TEXT NOT NULL,
     created_by TEXT NOT NULL,
     merged_into TEXT REFERENCES feedback_clusters(id)
   );
   CREATE TABLE feedback_cluster_members (
     cluster_id TEXT NOT NULL REFERENCES feedback_clusters(id),
     item_id TEXT NOT NULL REFERENCES feedback_items(id),
     exact INTEGER NOT NULL,
     similarity REAL,
     added TEXT NOT NULL,
     removed TEXT NOT NULL,
     joined_at TEXT NOT NULL,
     left_at TEXT,
     left_reason TEXT CHECK (left_reason IN ('merge', 'split'))
   );
   CREATE UNIQUE INDEX feedback_cluster_members_current ON feedback_cluster_members(item_id) WHERE left_at IS NULL;
   CREATE INDEX feedback_cluster_members_by_cluster ON feedback_cluster_members(cluster_id) WHERE left_at IS NULL;
   CREATE TRIGGER feedback_cluster_members_kept BEFORE DELETE ON feedback_cluster_members
     BEGIN SELECT RAISE(ABORT, 'cluster memberships are never deleted'); END;
   CREATE TRIGGER feedback_clusters_kept BEFORE DELETE ON feedback_clusters
     BEGIN SELECT RAISE(ABORT, 'clusters are never deleted'); END;
   CREATE TABLE feedback_cluster_trail (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     cluster_id TEXT NOT NULL REFERENCES feedback_clusters(id),
     at TEXT NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL CHECK (action IN ('create', 'join', 'merge', 'merged', 'split')),
     details TEXT NOT NULL
   );
   CREATE INDEX feedback_cluster_trail_by_cluster ON feedback_cluster_trail(cluster_id);
   CREATE TRIGGER feedback_cluster_trail_no_update BEFORE UPDATE ON feedback_cluster_trail
     BEGIN SELECT RAISE(ABORT, 'the cluster trail is append-only'); END;
   CREATE TRIGGER feedback_cluster_trail_no_delete BEFORE DELETE ON feedback_cluster_trail
     BEGIN SELECT RAISE(ABORT, 'the cluster trail is append-only'); END;`,
  // suggestions (issue 10): proposed wording on a range of a document's text, server records
  // apart from its Y.Doc until a drafter accepts one; author and times are the server's.
  `CREATE TABLE suggestions (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     author TEXT NOT NULL,
     author_name TEXT NOT NULL,
     created_at TEXT NOT NULL,
     anchor TEXT NOT NULL,
     deleted_text TEXT NOT NULL,
     inserted_text TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'rejected')),
     decided_by TEXT,
     decided_by_name TEXT,
     decided_at TEXT
   );
   CREATE INDEX suggestions_by_document ON suggestions(document_id, created_at);`,
  // feedback item versions (issue 11, views): which items changed since the in-memory index of the
  // table read them (one row per item: its last change's sequence number), written by triggers so every
  // writer is seen, this process or another (a CLI command beside the server). Item 0 stands for the
  // sources registry (names and levels the index shows). New items need none: their rowid is past the index's.
  `CREATE TABLE feedback_item_versions (item_rowid INTEGER PRIMARY KEY, seq INTEGER NOT NULL);
   CREATE INDEX feedback_item_versions_by_seq ON feedback_item_versions(seq);
   CREATE TRIGGER feedback_items_versioned AFTER UPDATE ON feedback_items BEGIN
     INSERT OR REPLACE INTO feedback_item_versions (item_rowid, seq) VALUES (NEW.rowid, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions));
   END;
   CREATE TRIGGER feedback_sources_versioned_insert AFTER INSERT ON feedback_sources BEGIN
     INSERT OR REPLACE INTO feedback_item_versions (item_rowid, seq) VALUES (0, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions));
   END;
   CREATE TRIGGER feedback_sources_versioned_update AFTER UPDATE ON feedback_sources BEGIN
     INSERT OR REPLACE INTO feedback_item_versions (item_rowid, seq) VALUES (0, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions));
   END;
   CREATE TRIGGER feedback_sources_versioned_delete AFTER DELETE ON feedback_sources BEGIN
     INSERT OR REPLACE INTO feedback_item_versions (item_rowid, seq) VALUES (0, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions));
   END;`,
  // from a comment to a suggestion (issue 11): a suggestion made from a feedback item is shown as
  // its source organisation's (`on_behalf_of`, kept beside the real author), one per item; and the
  // links of comments to the change that answered them (an accepted suggestion, or a change a person
  // picked from the comparison of two versions). A link is never deleted: an unlink sets `removed_at`.
  `ALTER TABLE suggestions ADD COLUMN on_behalf_of TEXT;
   ALTER TABLE suggestions ADD COLUMN from_feedback_item_id TEXT;
   CREATE UNIQUE INDEX suggestions_by_feedback_item ON suggestions(from_feedback_item_id) WHERE from_feedback_item_id IS NOT NULL;
   CREATE TABLE feedback_links (
     id TEXT PRIMARY KEY,
     item_id TEXT NOT NULL REFERENCES feedback_items(id),
     document_id TEXT NOT NULL REFERENCES documents(id),
     suggestion_id TEXT REFERENCES suggestions(id),
     older_draft INTEGER,
     newer_draft INTEGER,
     older_block_id TEXT,
     newer_block_id TEXT,
     old_text TEXT NOT NULL,
     new_text TEXT NOT NULL,
     how TEXT NOT NULL CHECK (how IN ('suggestion', 'person')),
     created_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     removed_by TEXT,
     removed_at TEXT
   );
   CREATE INDEX feedback_links_by_item ON feedback_links(item_id, created_at);
   CREATE INDEX feedback_links_by_suggestion ON feedback_links(suggestion_id) WHERE suggestion_id IS NOT NULL;
   CREATE TRIGGER feedback_links_no_delete BEFORE DELETE ON feedback_links
     BEGIN SELECT RAISE(ABORT, 'feedback links are never deleted'); END;`,
  // feedback item versions, continued (issue 11, views): the table's index shows an item's tags, its
  // decision's assignee and its cluster, so a tag put on or taken off, a decision and a cluster
  // membership joined or left version the item too (its status and anchor are its own columns,
  // versioned already); a code created, renamed or deleted versions item 0 with the sources (the
  // registries whose names the index shows). feedback_anchor_state is not versioned: the index
  // reads the anchor from the item, and anchoring writes both. An UPDATE then an INSERT of what is
  // missing, never INSERT OR REPLACE: a writer's own conflict clause (the decisions' upsert, the
  // tags' INSERT OR IGNORE) overrides a trigger's, which then failed or skipped the bump.
  `   CREATE TRIGGER feedback_item_codes_versioned_insert AFTER INSERT ON feedback_item_codes BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = (SELECT rowid FROM feedback_items WHERE id = NEW.item_id);
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT (SELECT rowid FROM feedback_items WHERE id = NEW.item_id) AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_item_codes_versioned_delete AFTER DELETE ON feedback_item_codes BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = (SELECT rowid FROM feedback_items WHERE id = OLD.item_id);
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT (SELECT rowid FROM feedback_items WHERE id = OLD.item_id) AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_decisions_versioned_insert AFTER INSERT ON feedback_decisions BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = (SELECT rowid FROM feedback_items WHERE id = NEW.item_id);
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT (SELECT rowid FROM feedback_items WHERE id = NEW.item_id) AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_decisions_versioned_update AFTER UPDATE ON feedback_decisions BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = (SELECT rowid FROM feedback_items WHERE id = NEW.item_id);
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT (SELECT rowid FROM feedback_items WHERE id = NEW.item_id) AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_cluster_members_versioned_insert AFTER INSERT ON feedback_cluster_members BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = (SELECT rowid FROM feedback_items WHERE id = NEW.item_id);
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT (SELECT rowid FROM feedback_items WHERE id = NEW.item_id) AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_cluster_members_versioned_update AFTER UPDATE ON feedback_cluster_members BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = (SELECT rowid FROM feedback_items WHERE id = NEW.item_id);
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT (SELECT rowid FROM feedback_items WHERE id = NEW.item_id) AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_codes_versioned_insert AFTER INSERT ON feedback_codes BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = 0;
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT 0 AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_codes_versioned_update AFTER UPDATE ON feedback_codes BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = 0;
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT 0 AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;
   CREATE TRIGGER feedback_codes_versioned_delete AFTER DELETE ON feedback_codes BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = 0;
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT 0 AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;`,
  // feedback clustering runs (issue 11, performance): what each run had read (the last item rowid;
  // the last trail entry, its own writes included) with the clustering method, so that a run finding
  // the same items and the same clusters again (clustering is a function of the items' texts and
  // locations, and every change of a membership writes the trail) writes nothing and skips the work.
  `CREATE TABLE feedback_cluster_runs (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     items_upto INTEGER NOT NULL,
     trail_upto INTEGER NOT NULL,
     method TEXT NOT NULL,
     at TEXT NOT NULL,
     actor TEXT NOT NULL
   );`,
  // feedback item versions in bulk (issue 11, performance): a clustering run writes 60,000
  // memberships at once, and their per-row version trigger was 45% of its write (430 of 940 ms:
  // per row, the item found by id three times, the highest seq twice, an UPDATE and an INSERT).
  // While feedback_versions_deferred has its one row the membership trigger does not fire; the row
  // exists only inside FeedbackClusterBatch.flush, a savepoint of the run's transaction that
  // deletes it before it ends (on failure the savepoint's rollback removes it) and versions every
  // member it wrote with one statement, all at one new seq. Every other writer (a merge, a split,
  // another process, a hand-written statement) still versions each row it writes.
  `CREATE TABLE feedback_versions_deferred (id INTEGER PRIMARY KEY CHECK (id = 1));
   DROP TRIGGER feedback_cluster_members_versioned_insert;
   CREATE TRIGGER feedback_cluster_members_versioned_insert AFTER INSERT ON feedback_cluster_members
     WHEN NOT EXISTS (SELECT 1 FROM feedback_versions_deferred) BEGIN
     UPDATE feedback_item_versions SET seq = (SELECT MAX(seq) + 1 FROM feedback_item_versions) WHERE item_rowid = (SELECT rowid FROM feedback_items WHERE id = NEW.item_id);
     INSERT INTO feedback_item_versions (item_rowid, seq) SELECT r, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feedback_item_versions) FROM (SELECT (SELECT rowid FROM feedback_items WHERE id = NEW.item_id) AS r)
       WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_item_versions WHERE item_rowid = r);
   END;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function userVersion(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

/**
 * Applies every migration the database has not had yet. The version is read inside each
 * migration's write transaction, so a process that migrated the file meanwhile (a CLI command
 * beside the server) is seen, and no migration runs twice.
 */
export function migrate(db: DatabaseSync, migrations: readonly string[] = MIGRATIONS): void {
  let pending = true;
  while (pending) {
    pending = transaction(db, () => {
      const version = userVersion(db);
      if (version >= migrations.length) return false;
      db.exec(migrations[version]);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      return true;
    });
  }
}
