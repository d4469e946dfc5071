import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE } from '../accounts/access.ts';
import { method } from './method.ts';
import { workspaceId } from './workspaceContract.ts';

/** A file given out: its name, type and bytes (base64). */
export const exportedFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });

/** What the feedback area gives out as files (issue 11, Outputs); reading comments is every role's. */
export const feedbackExportContract = {
  /** Every comment of the workspace as an .xlsx, with every field and its provenance (audited). */
  'feedback.exportComments': method(z.object({ workspaceId }), exportedFile, ANY_ROLE_IN_WORKSPACE),
};
