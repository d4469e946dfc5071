import type { Role } from '../accounts/roles.ts';
import type { DocumentKind } from '../rpc/documentContract.ts';
import type { CheckpointReplacement, DraftStage, KeptVersion } from '../rpc/draftContract.ts';

type ExportFormat = 'docx' | 'txt';

/**
 * Every action the audit log records, with the shape of its details (stored as JSON). This is
 * the one list: `AuditLog.record` takes only these, so an action cannot be misspelt or recorded
 * with other details. Entries are append-only (the table's triggers refuse UPDATE and DELETE), so
 * a shape may gain fields but an action is never renamed: old rows keep the old name.
 */
export interface AuditDetails {
  'workspace.create': { name: string };
  'document.create': { kind: DocumentKind; title: string };
  'document.rename': { from: string; to: string };
  'document.delete': null;
  'document.restore': null;
  /** A file imported as a new document. */
  'document.import': { fileName: string; bytes: number };
  'document.export': { format: ExportFormat; fileName: string };
  /** Stored content repaired when it was loaded; `repairs` says what, in words. */
  'document.repair': { repairId: string; count: number; repairs: string };
  'draft.freeze': { draftId: string; number: number; stage: DraftStage; note: string };
  'draft.import': { draftId: string; number: number; fileName: string; stage: DraftStage };
  'draft.export': { draftId: string; number: number; format: ExportFormat; fileName: string };
  /** Two versions compared as one .docx with tracked changes (sides: a draft number, 'working', 'cN'). */
  'draft.export_comparison': { older: number | string; newer: number | string; fileName: string };
  /**
   * A restore of a draft (`draftId`, `number`) or of a checkpoint (`checkpointId`). `checkpoint` is
   * the number of the checkpoint made of the replaced working copy (null when none was needed),
   * and `before` the kept version equal to it.
   */
  'draft.restore': ({ draftId: string | undefined; number: number } | { checkpointId: string | undefined }) & {
    author: string;
    restored: boolean;
    checkpoint: number | null;
    before: KeptVersion | null;
  };
  /** The working copy kept before a restore or an import replaced it. */
  'draft.checkpoint': { checkpointId: string; number: number; reason: 'restore' | 'import'; replacedBy: CheckpointReplacement };
  /** A comment thread marked resolved, or open again (subject: the document). */
  'comment.resolve': { threadId: string; quote: string };
  'comment.reopen': { threadId: string; quote: string };
  /** A comment deleted by its author; `thread` when it was the first, taking its thread with it. */
  'comment.delete': { threadId: string; commentId: string; thread: boolean };
  /**
   * A suggestion accepted into the text (`anyway`: over the changed text the drafter saw, `from`
   * being that text) or rejected, by the actor (subject: the document). `author` is who suggested it.
   */
  'suggestion.accept': { suggestionId: string; author: string; deleted: string; inserted: string; anyway: boolean; from: string };
  'suggestion.reject': { suggestionId: string; author: string; deleted: string; inserted: string };
  /** A comment file imported as a batch of feedback items (`flagged`: sources a person must settle). */
  'feedback.import': { batchId: string; fileName: string; sha256: string; items: number; flagged: number; problems: number };
  'feedback.source_create': { name: string };
  /** A person attributed an item to a source (`from`: how it was attributed before). */
  'feedback.attribute': { itemId: string; sourceId: string; from: string };
  'feedback.source_update': { from: string; to: string };
  'feedback.source_delete': { name: string };
  /**
   * The registry changed, and the items still flagged were matched again: `attributed` now name one
   * source, `reflagged` changed their candidates (subject: the source edited, as in the entries
   * above; the workspace when a registry file was imported).
   */
  'feedback.source_rematch': { attributed: number; reflagged: number };
  /** Every comment of the workspace given out as a file (subject: the workspace). */
  'feedback.export': { fileName: string; items: number };
  /** A document's synthesis report given out as a .docx (subject: the document). */
  'feedback.synthesis_export': { fileName: string; draftNumber: number | null; items: number; clusters: number };
  /** A decision on a comment (subject: the item): the fields it set, and the status before. */
  'feedback.decide': { from: string; status: string; assignee?: string | null; response?: string; version: number };
  'feedback.template_save': { name: string; status: string };
  'feedback.template_delete': { name: string };
  /** The codebook changed (subject: the code). */
  'feedback.code_create': { name: string; parentId: string | null };
  'feedback.code_rename': { from: string; to: string };
  'feedback.code_delete': { name: string };
  /** Comments tagged with a code, or the code taken off them (subject: the code). */
  'feedback.tag': { items: number; setBy: 'person' | 'suggestion' };
  'feedback.untag': { items: number };
  /** An anchoring run over a document's items (subject: the document). */
  'feedback.anchor_run': { draftNumber: number | null; items: number; anchored: number; queued: number; manual: number };
  /** A person anchored an item to blocks (subject: the item). */
  'feedback.anchor': { documentId: string; draftNumber: number | null; blockIds: string[]; from: string | null };
  /** A clustering run (subject: the workspace's items). */
  'feedback.cluster_run': { created: number; joined: number };
  /** Cluster `from` merged into `into` (subject: `into`). */
  'feedback.cluster_merge': { into: string; from: string; items: string[] };
  /** An item split out of its cluster (subject: the cluster). */
  'feedback.cluster_split': { clusterId: string; itemId: string };
  /** A comment's proposed wording made a suggestion on the working copy, shown as `onBehalfOf` (subject: the item). */
  'feedback.to_suggestion': { documentId: string; suggestionId: string; kind: 'replace' | 'add' | 'remove'; deleted: string; inserted: string; onBehalfOf: string };
  /** A comment linked to the change that answered it: an accepted suggestion, or one a person picked (subject: the item). */
  'feedback.link': { linkId: string; documentId: string; how: 'suggestion' | 'person'; suggestionId?: string; olderDraft?: number | null; newerDraft?: number | null; oldText: string; newText: string };
  'feedback.unlink': { linkId: string; documentId: string; how: 'suggestion' | 'person' };
}

export type AuditAction = keyof AuditDetails;

/**
 * The actions of a team server's account file (its own audit log, apart from the workspaces'):
 * never a password, nor a session id. `address` is the client's IP address as the server saw it.
 */
export interface AccountAuditDetails {
  'account.setup': { name: string; address: string };
  'account.login': { name: string; address: string };
  /** `name` as typed (cut to 64 characters); `reason` never tells the client which was wrong. */
  'account.login_failed': { name: string; address: string; reason: 'unknown_user' | 'wrong_password' | 'disabled' | 'rate_limited' };
  'account.logout': { name: string };
  'account.create': { name: string; displayName: string; role: Role | null; workspaceId: string | null };
  'account.disable': { name: string };
  'account.enable': { name: string };
  /** A role set (`to`) or removed (`to` null) in a workspace, or server-wide (`workspaceId` null). */
  'account.role': { name: string; workspaceId: string | null; from: Role | null; to: Role | null };
  'account.password_reset': { name: string };
  /** A stored password hash replaced by one with the current parameters at a login. */
  'account.rehash': { name: string; from: string; to: string };
  /** An admin exported the audit log (what the filter was, how many entries the file holds). */
  'account.audit_export': { format: 'csv' | 'xlsx'; count: number; filter: Record<string, string | undefined> };
}

export type AccountAuditAction = keyof AccountAuditDetails;
