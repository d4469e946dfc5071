import { toNFC } from '../../text/normalize.ts';
import { STATUS_LABELS } from '../export/feedbackLabels.ts';
import { FEEDBACK_STATUSES } from '../model.ts';
import { countLabel } from './countLabel.ts';
import { decisionOf } from './decisionOf.ts';
import type { SynthesisEntry, SynthesisItem, SynthesisPart, SynthesisReport } from './synthesisTypes.ts';

/** The last part: comments whose place in the draft is not known. */
export const UNPLACED_TITLE = 'Chưa gắn vị trí';
/** Comments on blocks before the first section (the header, the opening paragraphs). */
export const OPENING_TITLE = 'Ý kiến về phần mở đầu';

export interface SynthesisInput {
  issuingBody: string;
  place: string;
  date: string;
  documentTitle: string;
  draftNumber: number | null;
  /** The document's comments the report is about, in the order they were imported. */
  items: readonly SynthesisItem[];
  /** Each stored cluster's representative item. */
  representatives: ReadonlyMap<string, string>;
}

const senderKey = (item: SynthesisItem) => item.sourceKey ?? `item:${item.id}`;

function entryOf(key: string, members: SynthesisItem[], representativeId: string | undefined): SynthesisEntry {
  const representative = members.find((m) => m.id === representativeId) ?? members[0];
  const placed = members.filter((m) => m.place).sort((a, b) => a.place!.blockOrder - b.place!.blockOrder);
  const senders = new Map<string, { label: string; comments: number }>();
  for (const m of members) {
    const sender = senders.get(senderKey(m)) ?? { label: m.sourceLabel.trim() || 'Không ghi đơn vị', comments: 0 };
    sender.comments += 1;
    senders.set(senderKey(m), sender);
  }
  const { decision, answer } = decisionOf(members);
  return {
    key,
    itemIds: members.map((m) => m.id),
    comments: members.length,
    sources: senders.size,
    countLabel: countLabel(members.length, senders.size),
    senders: [...senders.values()].sort((a, b) => b.comments - a.comments),
    wording: toNFC(representative.text),
    decision,
    answer: toNFC(answer),
    place: representative.place ?? placed[0]?.place ?? null,
    blockIds: [...new Set(placed.map((m) => m.place!.blockId))],
    change: null,
  };
}

/** The entries: one per stored cluster, one per comment in none, members in import order. */
function entriesOf(input: SynthesisInput): SynthesisEntry[] {
  const groups = new Map<string, SynthesisItem[]>();
  for (const item of input.items) {
    const key = item.clusterId ?? item.id;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, members]) => entryOf(key, members, input.representatives.get(key)));
}

const partTitle = (entry: SynthesisEntry) => (entry.place!.sectionId === null ? OPENING_TITLE : `Ý kiến về mục ${entry.place!.sectionLabel}`);

/**
 * The synthesis report of one document's comments on one draft: by section in draft order (a
 * cluster sits at its representative's block, or its first anchored member's), inside a section
 * by block order then the larger cluster first, the comments placed nowhere in a last part
 * "Chưa gắn vị trí" (largest first). Each cluster is counted "N ý kiến của M đơn vị" (an unnamed
 * sender counts as one of its own), with its representative wording and what was decided.
 * Change texts are left null: the caller fills them from the drafts.
 */
export function buildSynthesis(input: SynthesisInput): SynthesisReport {
  const entries = entriesOf(input);
  const first = new Map(input.items.map((item, i) => [item.clusterId ?? item.id, i]));
  const byOrder = (a: SynthesisEntry, b: SynthesisEntry) => b.comments - a.comments || first.get(a.key)! - first.get(b.key)!;
  const placed = entries.filter((e) => e.place).sort((a, b) => a.place!.blockOrder - b.place!.blockOrder || byOrder(a, b));
  const parts: SynthesisPart[] = [];
  const partOf = new Map<string, SynthesisPart>();
  for (const entry of placed) {
    const sectionKey = entry.place!.sectionId ?? '';
    let part = partOf.get(sectionKey);
    if (!part) partOf.set(sectionKey, (part = { title: toNFC(partTitle(entry)), entries: [] }));
    part.entries.push(entry);
  }
  // Sections in draft order: a section's heading comes before every block in it.
  parts.push(...[...partOf.values()]);
  const unplaced = entries.filter((e) => !e.place).sort(byOrder);
  if (unplaced.length > 0) parts.push({ title: UNPLACED_TITLE, entries: unplaced });
  const counts = new Map<string, number>();
  for (const item of input.items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const number = input.draftNumber === null ? '' : ` (Dự thảo lần ${input.draftNumber})`;
  return {
    issuingBody: toNFC(input.issuingBody),
    place: toNFC(input.place),
    date: input.date,
    documentTitle: toNFC(input.documentTitle),
    draftNumber: input.draftNumber,
    title: toNFC(`Tổng hợp ý kiến góp ý vào dự thảo ${input.documentTitle.trim()}${number}`),
    comments: input.items.length,
    sources: new Set(input.items.map(senderKey)).size,
    statusCounts: FEEDBACK_STATUSES.filter((s) => counts.has(s)).map((status) => ({ status, label: STATUS_LABELS[status], comments: counts.get(status)! })),
    parts,
  };
}
