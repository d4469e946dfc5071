import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, SERVER_ADMINS, SIGNED_IN } from '../accounts/access.ts';
import { method } from './method.ts';
import { lineText } from './textFields.ts';

/**
 * The characters and length a workspace id may have: letters, digits, ".", "_", " ", "-" and
 * parentheses (how browsers and Windows name a copy: "Dai-hoi (1)"), at most 80.
 */
export const WORKSPACE_ID_PATTERN = /^[\p{L}\p{N}._ ()-]{1,80}$/u;

/** A workspace id is its file's base name inside the server's data folder, in NFC. */
export const workspaceId = z
  .string()
  .regex(WORKSPACE_ID_PATTERN, 'Mã không gian làm việc không hợp lệ.')
  .refine((id) => id === id.normalize('NFC'), 'Mã không gian làm việc không hợp lệ.');

export const workspaceSummary = z.object({
  id: workspaceId,
  name: z.string(),
  createdAt: z.string(),
  documentCount: z.number().int(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummary>;

/** Names and titles are stored in NFC, whatever form the client sent (see lineText). */
const name = lineText('Tên không gian làm việc', 200);

/** The workspace slice of the RPC contract. */
export const workspaceContract = {
  /**
   * The workspaces in the server's data folder, and the files there that could not be opened
   * (with why). `dataDir`, the folder's absolute path, is sent only to the desktop owner: a
   * shared server never tells a browser where its files are (nor puts paths in messages).
   */
  'workspace.list': method(
    z.object({}),
    z.object({
      workspaces: z.array(workspaceSummary),
      unreadable: z.array(z.object({ id: z.string(), code: z.string(), message: z.string(), detail: z.string().optional() })),
      dataDir: z.string().optional(),
    }),
    SIGNED_IN, // a team member sees the workspaces they hold a role in
  ),
  'workspace.create': method(z.object({ name }), z.object({ workspace: workspaceSummary }), SERVER_ADMINS),
  /** Desktop only: adds a .vkws file from elsewhere on this machine to the list (edits go to that file). */
  'workspace.link': method(z.object({ path: z.string().min(1).max(4096) }), z.object({ workspace: workspaceSummary }), SERVER_ADMINS),
  'workspace.get': method(z.object({ workspaceId }), z.object({ workspace: workspaceSummary }), ANY_ROLE_IN_WORKSPACE),
};
