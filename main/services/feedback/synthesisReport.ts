import type { FeedbackItem, FeedbackSource } from '../../../shared/feedback/model.ts';
import { buildSynthesis } from '../../../shared/feedback/synthesis/buildSynthesis.ts';
import { reportDate } from '../../../shared/feedback/synthesis/reportDate.ts';
import { SUBCOMMITTEE } from '../../../shared/feedback/synthesis/synthesisDocx.ts';
import type { SynthesisItem, SynthesisReport } from '../../../shared/feedback/synthesis/synthesisTypes.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { linkOfItem } from './linkOfItem.ts';
import { changeOfCluster } from './changeOfCluster.ts';
import { DraftReader } from './DraftReader.ts';
import { isAboutDocument } from './itemsOfDocument.ts';
import { ItemPlaces } from './ItemPlaces.ts';
import { reportDraftNumber } from './reportDraftNumber.ts';
import { sourceKeyOf } from './sourceKey.ts';

function sourceLabel(item: FeedbackItem, sources: ReadonlyMap<string, FeedbackSource>): string {
  const a = item.attribution;
  return (a.status === 'matched' || a.status === 'manual' ? sources.get(a.sourceId)?.name : undefined) ?? item.sourceName;
}

/**
 * The synthesis report's content for one document's comments on one draft (`draftNumber`, by
 * default the latest commented on; see reportDraftNumber), read from the store: the comments with
 * their senders, decisions and answers, stored clusters and places in the draft, and for each
 * cluster what changed in the next version. Reads only; `now` is the report's date.
 */
export function synthesisOf(store: WorkspaceStore, documentId: string, requested: number | undefined, now = new Date()): SynthesisReport {
  const document = store.documents.get(documentId);
  const documents = store.documents.list();
  const reader = new DraftReader(store, documentId);
  const all = store.feedback.list({ limit: Math.max(1, store.feedback.count()) }).filter((item) => isAboutDocument(item.documentTitle, document, documents));
  const { draftNumber, items } = reportDraftNumber(all, reader.drafts, requested);
  const base = draftNumber !== null && reader.drafts.includes(draftNumber) ? draftNumber : null;
  const places = new ItemPlaces(reader, base);
  const sources = new Map(store.sources.list().map((s) => [s.id, s]));
  const answers = new Map(store.triage.decided().map((t) => [t.itemId, t.response]));
  const clusterOf = store.feedbackClusters.currentClusters();
  const representatives = new Map<string, string>();
  const synthesisItems: SynthesisItem[] = items.map((item) => {
    const clusterId = clusterOf.get(item.id) ?? null;
    if (clusterId && !representatives.has(clusterId)) representatives.set(clusterId, store.feedbackClusters.get(clusterId).representativeId);
    return {
      id: item.id, text: item.text, sourceKey: sourceKeyOf(item), sourceLabel: sourceLabel(item, sources), status: item.status,
      response: answers.get(item.id) ?? '', clusterId, place: places.placeOf(item.anchor),
    };
  });
  const header = reader.read(base)?.header ?? null;
  // The congress's Party committee (the first line of the draft's issuing body), the subcommittee under it.
  const committee = header?.issuingBody.split('\n').map((l) => l.trim()).find(Boolean) ?? store.meta().name.toLocaleUpperCase('vi');
  const report = buildSynthesis({
    issuingBody: `${committee}\n${SUBCOMMITTEE}`, place: header?.place.trim() ?? '', date: reportDate(now),
    documentTitle: document.title, draftNumber, items: synthesisItems, representatives,
  });
  for (const part of report.parts) {
    for (const entry of part.entries) entry.change = changeOfCluster(reader, base, entry, (itemId) => linkOfItem(store, itemId));
  }
  return report;
}
