import type { FeedbackStatus } from '../model.ts';

/**
 * What the synthesis report (báo cáo tổng hợp ý kiến, issue 11) is made of, before any file is
 * written: plain data, structured-cloneable, so it can be built on the server and written in a job.
 * Every text in it is NFC.
 */

/** Where an anchored comment sits in the draft it was written against (resolved by the caller). */
export interface ItemPlace {
  /** The section ("I.", "II." …) the anchored block is in; null before the first section. */
  sectionId: string | null;
  /** "I. KẾT QUẢ ĐẠT ĐƯỢC": the section's number and text as the draft shows them. */
  sectionLabel: string;
  /** The section's number alone ("I"), or null. */
  sectionNumber: string | null;
  /** The block's place in the draft: sections and comments are put in this order. */
  blockOrder: number;
  blockId: string;
  /** The block's number ("(3)", "1.1") or null. */
  blockNumber: string | null;
  /** The block's type ("target", "heading", "paragraph" …): a target is named "chỉ tiêu (3)". */
  blockType: string;
  /** The number of the nearest numbered heading above it inside its section ("1", "2.1"), or null. */
  headingNumber: string | null;
  /** Its place after that heading (or the section heading), counting from 1; 0 for the heading itself. */
  paragraph: number;
  blockText: string;
}

/** A comment as the report reads it. */
export interface SynthesisItem {
  id: string;
  text: string;
  /** Who sent it, for counting "M đơn vị" (null: an unnamed sender, one of its own). */
  sourceKey: string | null;
  /** The sender's name as the report prints it (the registry's name when attributed). */
  sourceLabel: string;
  status: FeedbackStatus;
  /** The answer given ('' when none). */
  response: string;
  /** The stored cluster it is in, or null (then it is a cluster of its own). */
  clusterId: string | null;
  /** Null when not anchored, or its block is in no version the report reads. */
  place: ItemPlace | null;
}

/** What became of one anchored block in the next version. */
export type BlockChange =
  | { kind: 'unchanged'; blockId: string }
  | { kind: 'changed'; blockId: string; number: string | null; text: string; minor: boolean }
  | { kind: 'removed'; blockId: string }
  /** The change a person or an accepted suggestion linked the comments to (stored, preferred over the comparison). */
  | { kind: 'linked'; blockId: string; oldText: string; newText: string; how: 'suggestion' | 'person' };

/**
 * What changed in the draft after the one commented on, for a cluster's blocks: `next` names that
 * version ("Dự thảo lần 3", "bản đang soạn"), null when there is none yet (nothing to compare).
 */
export interface ClusterChange {
  next: string | null;
  blocks: BlockChange[];
}

/** One cluster (or a lone comment) as the report writes it. */
export interface SynthesisEntry {
  /** The stored cluster, or the item's id for a comment in none. */
  key: string;
  itemIds: string[];
  comments: number;
  sources: number;
  /** "3 ý kiến của 2 đơn vị". */
  countLabel: string;
  /** Each sender and how many of the comments are theirs, most first: "Đảng bộ xã An Lão (2)". */
  senders: { label: string; comments: number }[];
  /** The representative wording. */
  wording: string;
  /** "Tiếp thu", or when the members differ "Chưa thống nhất: 2 Tiếp thu, 1 Giải trình". */
  decision: string;
  /** The answer, '' when none was written. */
  answer: string;
  place: ItemPlace | null;
  /** The blocks its comments are anchored to, in draft order. */
  blockIds: string[];
  /** Filled by the caller (changeOfCluster); null for an unanchored entry. */
  change: ClusterChange | null;
}

/** A part of the report: one section of the draft, or the comments placed nowhere. */
export interface SynthesisPart {
  /** "Ý kiến về mục I. KẾT QUẢ ĐẠT ĐƯỢC", "Chưa gắn vị trí". */
  title: string;
  entries: SynthesisEntry[];
}

export interface SynthesisReport {
  /** Who issues it: the committee's lines (the last one bold, as in 36-HD). */
  issuingBody: string;
  place: string;
  /** "ngày 3 tháng 12 năm 2026". */
  date: string;
  documentTitle: string;
  draftNumber: number | null;
  /** "Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 2)". */
  title: string;
  comments: number;
  sources: number;
  /** Comments per status, in FEEDBACK_STATUSES order, only those that occur. */
  statusCounts: { status: FeedbackStatus; label: string; comments: number }[];
  parts: SynthesisPart[];
}
