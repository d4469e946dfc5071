import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE } from '../accounts/access.ts';
import { method } from './method.ts';
import { documentId } from './documentContract.ts';
import { workspaceId } from './workspaceContract.ts';

/** A file given out: its name, type and bytes (base64). */
export const exportedFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });

/** What the feedback area gives out as files (issue 11, Outputs); reading comments is every role's. */
export const feedbackExportContract = {
  /** Every comment of the workspace as an .xlsx, with every field and its provenance (audited). */
  'feedback.exportComments': method(z.object({ workspaceId }), exportedFile, ANY_ROLE_IN_WORKSPACE),
  /**
   * A document's synthesis report (báo cáo tổng hợp ý kiến) on one draft as a .docx in the 36-HD
   * layout, by default on the latest draft commented on (audited as feedback.synthesis_export).
   */
  'feedback.synthesisReport': method(
    z.object({ workspaceId, documentId, draftNumber: z.number().int().min(1).max(10_000).optional() }),
    exportedFile,
    ANY_ROLE_IN_WORKSPACE,
  ),
};
