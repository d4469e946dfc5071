import { z } from 'zod';
import { TAG_REASONS } from '../feedback/tags/suggestTags.ts';
import { ANY_ROLE_IN_WORKSPACE, inWorkspace } from '../accounts/access.ts';
import { FEEDBACK_LIMITS } from '../feedback/limits.ts';
import { TAG_LIMITS, TAG_ORIGINS } from '../feedback/tags/codebook.ts';
import { exportedFile } from './feedbackExportContract.ts';
import { method } from './method.ts';
import { base64Data, lineText } from './textFields.ts';
import { workspaceId } from './workspaceContract.ts';

const COMPILERS = inWorkspace('compiler');
const id = z.string().min(1).max(100);
const itemIds = z.array(id).min(1).max(TAG_LIMITS.itemsPerTagging);
const name = lineText('Tên chủ đề', TAG_LIMITS.name);

export const code = z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string(), position: z.number().int(), items: z.number().int() });
export const itemTag = z.object({ itemId: z.string(), codeId: z.string(), setBy: z.enum(TAG_ORIGINS), actor: z.string(), createdAt: z.string() });

/** The codebook and tags (issue 11, tagging): compilers change them; everyone of the workspace reads. */
export const feedbackTagContract = {
  /** Every code, each with how many comments carry it. */
  'feedback.codebook': method(z.object({ workspaceId }), z.object({ codes: z.array(code) }), ANY_ROLE_IN_WORKSPACE),
  'feedback.createCode': method(z.object({ workspaceId, name, parentId: id.nullable().default(null) }), z.object({ code }), COMPILERS),
  'feedback.renameCode': method(z.object({ workspaceId, codeId: id, name }), z.object({ code }), COMPILERS),
  'feedback.deleteCode': method(z.object({ workspaceId, codeId: id }), z.object({ ok: z.literal(true) }), COMPILERS),
  /** A codebook file (.csv/.xlsx: "Chủ đề;Thuộc chủ đề"): codes not yet there are added. */
  'feedback.importCodebook': method(
    z.object({ workspaceId, fileName: lineText('Tên tệp', 255), dataBase64: base64Data(Math.ceil(FEEDBACK_LIMITS.fileBytes / 3) * 4 + 4) }),
    z.object({ created: z.number().int(), existing: z.number().int(), problems: z.array(z.string()) }),
    COMPILERS,
  ),
  'feedback.exportCodebook': method(z.object({ workspaceId }), exportedFile, ANY_ROLE_IN_WORKSPACE),
  'feedback.tags': method(z.object({ workspaceId, itemIds: z.array(id).max(TAG_LIMITS.itemsPerTagging) }), z.object({ tags: z.array(itemTag) }), ANY_ROLE_IN_WORKSPACE),
  /** Tags many comments at once (a selection, a cluster); `setBy: 'suggestion'` when a person accepted a suggested tag. */
  'feedback.tag': method(z.object({ workspaceId, itemIds, codeId: id, setBy: z.enum(TAG_ORIGINS).default('person') }), z.object({ added: z.number().int() }), COMPILERS),
  'feedback.untag': method(z.object({ workspaceId, itemIds, codeId: id }), z.object({ removed: z.number().int() }), COMPILERS),
  /** Codes suggested for a comment from the most similar tagged comments. */
  'feedback.suggestTags': method(
    z.object({ workspaceId, itemId: id }),
    z.object({ suggestions: z.array(z.object({ codeId: z.string(), score: z.number(), from: z.array(z.string()), reasons: z.array(z.enum(TAG_REASONS)) })) }),
    ANY_ROLE_IN_WORKSPACE,
  ),
};
