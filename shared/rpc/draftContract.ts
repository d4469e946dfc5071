import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, DRAFTERS } from '../accounts/access.ts';
import { method } from './method.ts';
import { base64Data, lineText, multilineText } from './textFields.ts';
import { documentId } from './documentContract.ts';
import { contentRepair } from './repairContract.ts';
import { workspaceId } from './workspaceContract.ts';
import { DRAFT_STAGES } from '../drafts/draftStages.ts';

export { DRAFT_STAGES };
export const draftStage = z.enum(DRAFT_STAGES);
export type DraftStage = z.infer<typeof draftStage>;

/** A frozen "Dự thảo lần N": immutable once made. */
export const draftSummary = z.object({
  id: z.string(),
  documentId,
  number: z.number().int().positive(),
  createdAt: z.string(),
  stage: draftStage,
  author: z.string(),
  note: z.string(),
  /** 'app' when frozen from the working copy; 'import' when made outside and imported. */
  origin: z.enum(['app', 'import']),
  words: z.number().int(),
});
export type DraftSummary = z.infer<typeof draftSummary>;

/** Bold, italic and underline of a stretch [from, to) of a block's text (FlatBlock.emphasis). */
const emphasisSpan = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});

/** A block of a draft as comparison and the views need it (FlatBlock + displayed number). */
export const numberedBlock = z.object({
  id: z.string(),
  type: z.string(),
  level: z.number().int().nullable(),
  text: z.string(),
  number: z.string().nullable(),
  emphasis: z.array(emphasisSpan).optional(),
});

const ref = { workspaceId, documentId };
/**
 * What a freeze or an import says about the draft. No author: the server signs every draft,
 * restore and comparison with the caller's own name (`identity.me`: the account's on a team
 * server, the local person's otherwise), so nobody can put another name on what they did.
 */
const meta = {
  stage: draftStage,
  note: multilineText('Ghi chú', 5000).default(''),
};
/** A "trước khi khôi phục" checkpoint as a side: "c2" is the document's second checkpoint. */
export const checkpointSide = z.templateLiteral(['c', z.number().int().positive()]).refine((s) => /^c[1-9]\d{0,8}$/.test(s), 'Bản lưu không hợp lệ.');
export type CheckpointSide = z.infer<typeof checkpointSide>;

/** A side of a comparison: a draft number, the live working copy, or a checkpoint. */
export const draftSide = z.union([z.number().int().positive(), z.literal('working'), checkpointSide]);
export type DraftSide = z.infer<typeof draftSide>;

/** What replaced the working copy a checkpoint keeps: a draft, another checkpoint, or a file. */
export const checkpointReplacement = z.object({
  draft: z.number().int().positive().optional(),
  checkpoint: z.number().int().positive().optional(),
  fileName: z.string().optional(),
});
export type CheckpointReplacement = z.infer<typeof checkpointReplacement>;

/**
 * A checkpoint "trước khi khôi phục": the working copy (content, Yjs state, numbering) kept
 * automatically just before a restore or an import replaced it. Like a draft, immutable, viewable
 * and restorable; unlike a draft, not numbered among the drafts (its own 1..N), so draft numbers
 * never move.
 */
export const checkpointSummary = z.object({
  id: z.string(),
  documentId,
  number: z.number().int().positive(),
  createdAt: z.string(),
  reason: z.enum(['restore', 'import']),
  author: z.string(),
  replacedBy: checkpointReplacement,
  words: z.number().int(),
});
export type CheckpointSummary = z.infer<typeof checkpointSummary>;

/** A version kept in the workspace: a draft or a checkpoint. */
export const keptVersion = z.union([z.object({ draft: z.number().int().positive() }), z.object({ checkpoint: z.number().int().positive() })]);
export type KeptVersion = z.infer<typeof keptVersion>;

/** The draft slice of the RPC contract. */
export const draftContract = {
  /** The drafts, oldest first, and the checkpoints kept before restores and imports. */
  'draft.list': method(z.object(ref), z.object({ drafts: z.array(draftSummary), checkpoints: z.array(checkpointSummary) }), ANY_ROLE_IN_WORKSPACE),
  'draft.freeze': method(z.object({ ...ref, ...meta }), z.object({ draft: draftSummary }), DRAFTERS),
  /**
   * The blocks (with numbers) and the ProseMirror JSON of a draft, a checkpoint or the working
   * copy. `repairs` lists what had to be repaired to read it (empty when nothing): a draft or a
   * checkpoint is repaired on every read and never rewritten; the working copy was repaired (and
   * stored) when it was loaded, and `repairs` lists what that load changed.
   */
  'draft.get': method(
    z.object({ ...ref, side: draftSide }),
    z.object({
      draft: draftSummary.nullable(),
      checkpoint: checkpointSummary.nullable(),
      blocks: z.array(numberedBlock),
      doc: z.unknown(),
      repairs: z.array(contentRepair),
    }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /**
   * The Yjs snapshot (Y.encodeSnapshotV2) of the working copy taken when the draft was frozen, so
   * the editor can show who changed what since then (y-prosemirror renderSnapshot). Null for
   * imported drafts, which never lived in the working copy.
   */
  'draft.snapshot': method(z.object({ ...ref, number: z.number().int().positive() }), z.object({ snapshotBase64: z.string().nullable() }), ANY_ROLE_IN_WORKSPACE),
  /**
   * Who changed what from draft `from` to a later draft `to`, or to the working copy (`'working'`),
   * per person: the text each inserted and deleted in between, read from the working copy's Yjs
   * history. Both drafts must have been frozen in the app (imported ones have no history there):
   * else, and for a `to` not after `from`, `bad_request` in a sentence.
   */
  'draft.changes': method(
    z.object({ ...ref, from: z.number().int().positive(), to: z.union([z.number().int().positive(), z.literal('working')]) }),
    z.object({
      users: z.array(
        z.object({
          user: z.string().nullable(),
          inserted: z.array(z.string()),
          deleted: z.array(z.string()),
          insertedChars: z.number().int(),
          deletedChars: z.number().int(),
        }),
      ),
    }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /**
   * Restore = a new edit on the working copy that makes it equal to draft `number` (or to
   * checkpoint `checkpoint`). What it replaces is kept first: `before` names the kept version equal
   * to the working copy as it was (a new checkpoint, or the draft or checkpoint it already equalled),
   * so restoring `before` undoes the restore. `restored` is false, and nothing is kept or changed,
   * when the working copy was already identical to what was restored.
   */
  'draft.restore': method(
    z
      .object({ ...ref, number: z.number().int().positive().optional(), checkpoint: z.number().int().positive().optional() })
      .refine((v) => (v.number === undefined) !== (v.checkpoint === undefined), 'Hãy chọn đúng một dự thảo (number) hoặc một bản lưu (checkpoint) để khôi phục.'),
    z.object({ ok: z.literal(true), restored: z.boolean(), checkpoint: checkpointSummary.nullable(), before: keptVersion.nullable() }),
    DRAFTERS,
  ),
  /** Draft N as a .docx (36-HD layout, header stamped "DỰ THẢO LẦN N") or .txt file, base64. */
  'draft.export': method(
    z.object({ ...ref, number: z.number().int().positive(), format: z.enum(['docx', 'txt']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /**
   * Two versions compared as one .docx (base64): the newer with Word tracked changes against the
   * older, so accepting all gives the newer and rejecting all the older, numbers and headers
   * included. The tracked changes are signed with the caller's name. Made off the server's event loop; audited.
   */
  'draft.exportComparison': method(
    z.object({ ...ref, older: draftSide, newer: draftSide }),
    z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /** A .docx/.txt/.md made outside the app becomes the next draft; block ids aligned with the previous draft. */
  'draft.import': method(
    z.object({ ...ref, ...meta, fileName: lineText('Tên tệp', 255), dataBase64: base64Data(70_000_000) }),
    z.object({ draft: draftSummary }),
    DRAFTERS,
  ),
};
