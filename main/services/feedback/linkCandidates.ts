import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import type { Change } from '../../../shared/compare/types.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { getDraft } from '../drafts/getDraft.ts';
import { type LinkVersions, linkVersions } from './linkVersions.ts';

/** One changed block of a comparison, as a person may link a comment to it. */
export interface LinkCandidate {
  op: Change['op'];
  olderBlockId: string | null;
  newerBlockId: string | null;
  number: string | null;
  oldText: string;
  newText: string;
  /** Whether it is a block the comment is anchored to. */
  touchesAnchor: boolean;
}

/** Changes listed at most (a draft of 1,200 blocks rarely changes more between two rounds). */
export const MAX_CANDIDATES = 2000;

/**
 * The changes between the draft a comment was written against and the next one (or the working
 * copy), those touching the comment's blocks first, then the rest in reading order. A moved
 * block is listed once, at its new place.
 */
export function linkCandidates(store: WorkspaceStore, itemId: string): LinkVersions & { changes: LinkCandidate[] } {
  const versions = linkVersions(store, itemId);
  const older = getDraft(store, versions.documentId, versions.older).blocks;
  const newer = getDraft(store, versions.documentId, versions.newer ?? 'working').blocks;
  const anchored = new Set(versions.blockIds);
  const changes = compareBlocks(older, newer, { tokens: false }).changes
    .filter((c) => c.op !== 'equal' && c.moveTo === undefined)
    .map((c): LinkCandidate => {
      const right = c.op === 'split' && c.parts ? c.parts.map((p) => p.text).join('\n') : (c.right?.text ?? '');
      const left = c.op === 'merged' && c.parts ? c.parts.map((p) => p.text).join('\n') : (c.left?.text ?? '');
      return {
        op: c.op, olderBlockId: c.left?.id ?? null, newerBlockId: c.right?.id ?? null, number: c.right?.number ?? c.left?.number ?? null,
        oldText: left, newText: right, touchesAnchor: anchored.has(c.left?.id ?? '') || anchored.has(c.right?.id ?? ''),
      };
    });
  const ordered = [...changes.filter((c) => c.touchesAnchor), ...changes.filter((c) => !c.touchesAnchor)];
  return { ...versions, changes: ordered.slice(0, MAX_CANDIDATES) };
}
