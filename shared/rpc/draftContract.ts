import { z } from 'zod';
import { method } from './method.ts';
import { base64Data, lineText, multilineText } from './textFields.ts';
import { documentId } from './documentContract.ts';
import { workspaceId } from './workspaceContract.ts';

/** The stages a draft goes through, from the subcommittee to the congress. */
export const DRAFT_STAGES = ['subcommittee', 'standing_board', 'standing_committee', 'executive_committee', 'congress'] as const;
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

/** A block of a draft as comparison and the views need it (FlatBlock + displayed number). */
export const numberedBlock = z.object({
  id: z.string(),
  type: z.string(),
  level: z.number().int().nullable(),
  text: z.string(),
  number: z.string().nullable(),
});

const ref = { workspaceId, documentId };
const meta = {
  stage: draftStage,
  author: lineText('Tên người soạn', 200),
  note: multilineText('Ghi chú', 5000).default(''),
};
/** A side of a comparison: a draft number, or the live working copy. */
export const draftSide = z.union([z.number().int().positive(), z.literal('working')]);

/** The draft slice of the RPC contract. */
export const draftContract = {
  'draft.list': method(z.object(ref), z.object({ drafts: z.array(draftSummary) })),
  'draft.freeze': method(z.object({ ...ref, ...meta }), z.object({ draft: draftSummary })),
  /** The blocks (with numbers) and the ProseMirror JSON of a draft or of the working copy. */
  'draft.get': method(
    z.object({ ...ref, side: draftSide }),
    z.object({ draft: draftSummary.nullable(), blocks: z.array(numberedBlock), doc: z.unknown() }),
  ),
  /**
   * The Yjs snapshot (Y.encodeSnapshotV2) of the working copy taken when the draft was frozen, so
   * the editor can show who changed what since then (y-prosemirror renderSnapshot). Null for
   * imported drafts, which never lived in the working copy.
   */
  'draft.snapshot': method(z.object({ ...ref, number: z.number().int().positive() }), z.object({ snapshotBase64: z.string().nullable() })),
  /** Restore = a new edit on the working copy that makes it equal to the draft; history is kept. */
  'draft.restore': method(z.object({ ...ref, number: z.number().int().positive(), author: meta.author }), z.object({ ok: z.literal(true) })),
  /** Draft N as a .docx (36-HD layout, header stamped "DỰ THẢO LẦN N") or .txt file, base64. */
  'draft.export': method(
    z.object({ ...ref, number: z.number().int().positive(), format: z.enum(['docx', 'txt']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  ),
  /** A .docx/.txt/.md made outside the app becomes the next draft; block ids aligned with the previous draft. */
  'draft.import': method(
    z.object({ ...ref, ...meta, fileName: lineText('Tên tệp', 255), dataBase64: base64Data(70_000_000) }),
    z.object({ draft: draftSummary }),
  ),
};
