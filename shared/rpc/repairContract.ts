import { z } from 'zod';
import { REPAIR_KINDS } from '../content/contentRepair.ts';
import { documentId } from './documentContract.ts';
import { ANY_ROLE_IN_WORKSPACE } from '../accounts/access.ts';
import { method } from './method.ts';
import { workspaceId } from './workspaceContract.ts';

/** One change a repair of stored content made (shared/document/contentRepair.ts). */
export const contentRepair = z.object({
  kind: z.enum(REPAIR_KINDS),
  path: z.array(z.number().int()),
  type: z.string().optional(),
  attr: z.string().optional(),
  was: z.unknown().optional(),
  now: z.unknown().optional(),
});

/** A repair made to a working copy when it was loaded, with the content as stored before it. */
export const repairRecord = z.object({
  id: z.string(),
  at: z.string(),
  repairs: z.array(contentRepair),
  /** The content fragment and settings exactly as stored before the repair, as JSON text. */
  original: z.string(),
});
export type RepairRecordJson = z.infer<typeof repairRecord>;

/** The repair slice of the RPC contract. */
export const repairContract = {
  /** The repairs made to a document's working copy, oldest first: what was changed and kept aside. */
  'document.repairs': method(z.object({ workspaceId, documentId }), z.object({ repairs: z.array(repairRecord) }), ANY_ROLE_IN_WORKSPACE),
};
