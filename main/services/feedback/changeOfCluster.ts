import { diffText } from '../../../shared/compare/diffText.ts';
import type { ChangeClass } from '../../../shared/compare/types.ts';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import type { FeedbackLink } from '../../../shared/feedback/links/feedbackLink.ts';
import type { BlockChange, ClusterChange } from '../../../shared/feedback/synthesis/synthesisTypes.ts';
import type { DraftReader } from './DraftReader.ts';

/** Classes of change that leave the wording as it was: spelling, punctuation, emphasis. */
const MINOR: ReadonlySet<ChangeClass> = new Set(['orthography', 'punctuation', 'formatting']);

function blockChange(blockId: string, before: NumberedBlock, after: NumberedBlock | undefined): BlockChange {
  if (!after) return { kind: 'removed', blockId };
  const changed = diffText(before.text, after.text).filter((t) => t.op !== 'equal');
  const restyled = before.type !== after.type || before.level !== after.level;
  if (changed.length === 0 && !restyled) return { kind: 'unchanged', blockId };
  const minor = !restyled && changed.every((t) => t.class !== undefined && MINOR.has(t.class));
  return { kind: 'changed', blockId, number: after.number, text: after.text, minor };
}

/**
 * What became of a cluster's blocks in the version after the one its comments were written
 * against (`base`: a draft number, null for the working copy): the same block id in the next
 * frozen draft, or in the working copy when none was frozen since, compared with the comparison
 * engine's word diff. A block the next version lacks was removed; one the base lacks is left out.
 * When one of the cluster's comments (`itemIds`) is linked to the change that answered it
 * (`linkOf`, the stored links), the latest such link is written instead.
 */
export function changeOfCluster(
  reader: DraftReader,
  base: number | null,
  cluster: { itemIds: readonly string[]; blockIds: readonly string[] },
  linkOf: (itemId: string) => FeedbackLink | null = () => null,
): ClusterChange | null {
  // A stored link (an accepted suggestion made from one of the comments, or a change a person
  // picked from the comparison) says what answered them: it is written instead of a guess.
  const link = latestLink(cluster.itemIds.map(linkOf));
  if (link) {
    const next = link.suggestionId !== null || link.newerDraft === null ? 'bản đang soạn' : `Dự thảo lần ${link.newerDraft}`;
    const blockId = link.olderBlockId ?? link.newerBlockId ?? cluster.blockIds[0] ?? '';
    return { next, blocks: [{ kind: 'linked', blockId, oldText: link.oldText, newText: link.newText, how: link.how }] };
  }
  if (cluster.blockIds.length === 0) return null;
  const nextVersion = reader.nextAfter(base);
  const before = reader.read(base);
  const after = nextVersion === undefined ? null : reader.read(nextVersion);
  if (!before || !after) return { next: null, blocks: [] };
  const blocks = cluster.blockIds.flatMap((id) => {
    const at = before.at.get(id);
    if (at === undefined) return [];
    const there = after.at.get(id);
    return [blockChange(id, before.blocks[at], there === undefined ? undefined : after.blocks[there])];
  });
  return { next: nextVersion === null ? 'bản đang soạn' : `Dự thảo lần ${nextVersion}`, blocks };
}

/** The most recent of the links found (created_at order, then id), or null. */
function latestLink(links: readonly (FeedbackLink | null)[]): FeedbackLink | null {
  let latest: FeedbackLink | null = null;
  for (const link of links) {
    if (link && (!latest || link.createdAt > latest.createdAt || (link.createdAt === latest.createdAt && link.id > latest.id))) latest = link;
  }
  return latest;
}
