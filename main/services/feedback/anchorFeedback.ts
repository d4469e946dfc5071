import { anchorComment, type DraftIndex, followAnchor, quoteSelectorOf } from '../../../shared/feedback/anchoring/index.ts';
import type { QuoteSelector } from '../../../shared/feedback/anchoring/matchQuote.ts';
import type { FeedbackAnchor } from '../../../shared/feedback/model.ts';
import { recogniseReferences } from '../../../shared/feedback/references.ts';
import type { AnchorSummary } from '../../../shared/rpc/feedbackAnchorContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { DocumentVersions } from './documentVersions.ts';
import { isAboutDocument } from './itemsOfDocument.ts';

/** Quotation kinds whose wording is kept with an anchor, to find its place again when its block is gone. */
const QUOTING = new Set(['quote', 'replace', 'remove']);

/**
 * Anchors the items about a document (isAboutDocument), each in the draft it was written against
 * (`draftNumber` for those that name none, else the working copy), and stores each result: the
 * anchor on the item, and its state (anchored, or queued for a person when anchoring is not sure)
 * with the quote kept for following it. An item a person anchored keeps that anchor (also one
 * they anchored while this run was reading, from another process); one written
 * against a draft this document does not have is left as it is (`missingDraft`). Then every
 * anchored item is followed into the working copy: those whose blocks are gone count as
 * `orphaned` (shown with their quote, never dropped). Reading and anchoring happen before the one
 * transaction that writes it all, with the audit entry.
 */
export function anchorFeedback(store: WorkspaceStore, documentId: string, options: { draftNumber?: number; actor?: string } = {}): AnchorSummary {
  const actor = options.actor ?? 'system';
  const document = store.documents.get(documentId);
  const documents = store.documents.list();
  const versions = new DocumentVersions(store, documentId);
  const summary: AnchorSummary = { items: 0, anchored: 0, queued: 0, manual: 0, orphaned: 0, missingDraft: 0 };
  const writes: { itemId: string; draftNumber: number | null; anchor: FeedbackAnchor | null; quote: QuoteSelector | null }[] = [];
  const kept: { anchor: FeedbackAnchor; quote: QuoteSelector | null }[] = [];
  const about = new Map<string | null, boolean>();
  const anchoredBefore = new Map<string, { anchor: FeedbackAnchor | null; quote: QuoteSelector | null }>();
  for (const item of store.feedbackAnchors.items()) {
    let isAbout = about.get(item.documentTitle);
    if (isAbout === undefined) about.set(item.documentTitle, (isAbout = isAboutDocument(item.documentTitle, document, documents)));
    if (!isAbout) continue;
    summary.items++;
    if (item.anchor?.evidence.includes('manual')) {
      // A person's anchor (in this document, or in another they chose for it) is never redone.
      summary.manual++;
      const state = store.feedbackAnchors.get(item.id); // only these states are read: the others are rewritten
      if (state?.documentId === documentId) kept.push({ anchor: item.anchor, quote: state.quote });
      continue;
    }
    const draftNumber = item.draftNumber ?? options.draftNumber ?? null;
    if (!versions.exists(draftNumber)) {
      summary.missingDraft++;
      continue;
    }
    // A form letter sent again word for word is anchored once per draft (a fifth of the generated comments).
    const same = `${draftNumber}\u0000${item.location ?? ''}\u0001${item.text}`;
    let found = anchoredBefore.get(same);
    if (found === undefined) anchoredBefore.set(same, (found = anchorOne(versions.index(draftNumber), item.text, item.location)));
    const { anchor, quote } = found;
    writes.push({ itemId: item.id, draftNumber, anchor, quote });
    if (anchor) {
      summary.anchored++;
      kept.push({ anchor, quote });
    } else summary.queued++;
  }
  const working = versions.index(null);
  const orphaned = new Map<FeedbackAnchor, boolean>(); // copies share their anchor: each is followed once
  const isOrphaned = (anchor: FeedbackAnchor, quote: QuoteSelector | null) =>
    orphaned.get(anchor) ?? orphaned.set(anchor, followAnchor(anchor, quote, working).status === 'orphaned').get(anchor)!;
  summary.orphaned = kept.filter(({ anchor, quote }) => anchor.draftNumber !== null && isOrphaned(anchor, quote)).length;
  store.transaction(() => {
    // A person may have anchored one meanwhile (the CLI beside the server): theirs stays.
    const byPerson = store.feedbackAnchors.manuallyAnchored();
    const mine = writes.filter((w) => !byPerson.has(w.itemId));
    for (const w of mine) store.feedback.setAnchor(w.itemId, w.anchor); // one by one: the version trigger numbers the items in this order
    store.feedbackAnchors.setMany(mine.map((w) => ({ itemId: w.itemId, documentId, draftNumber: w.draftNumber, state: w.anchor ? 'anchored' : 'queued', quote: w.quote })), actor);
    const { items, anchored, queued, manual } = summary;
    store.audit.record(actor, 'feedback.anchor_run', documentId, { draftNumber: options.draftNumber ?? null, items, anchored, queued, manual });
  });
  return summary;
}

/**
 * One comment's anchor in a draft and the quote kept with it: the quotation that placed it, when
 * one did. Its text's references are recognised once, for both. A function of the draft, the text
 * and the location alone, so copies share the result (objects only read afterwards).
 */
function anchorOne(index: DraftIndex, text: string, location: string | null): { anchor: FeedbackAnchor | null; quote: QuoteSelector | null } {
  const references = recogniseReferences(text);
  const anchor = anchorComment(index, { text, location: location ?? undefined }, references);
  if (!anchor) return { anchor, quote: null };
  const quotation = anchor.evidence.includes('quote') ? references.find((r) => QUOTING.has(r.kind))?.value : undefined;
  return { anchor, quote: quoteSelectorOf(index, anchor, quotation) };
}
