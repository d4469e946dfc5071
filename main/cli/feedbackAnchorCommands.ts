import { userInfo } from 'node:os';
import { AppError } from '../../shared/errors.ts';
import type { ClusterView } from '../../shared/rpc/feedbackAnchorContract.ts';
import { anchorFeedback } from '../services/feedback/anchorFeedback.ts';
import { clusterFeedback } from '../services/feedback/clusterFeedback.ts';
import { listClusters } from '../services/feedback/clusterViews.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { print } from './output.ts';
import { openWorkspaceFile } from './workspaceDocument.ts';

export interface FeedbackAnchorArgs {
  workspace: string | undefined;
  document: string | undefined;
  draft: number | undefined;
  json: boolean;
}

/** The document --document names; without it, the workspace's only document. */
function documentOf(store: WorkspaceStore, title: string | undefined) {
  if (title) return store.documents.getByTitle(title);
  const documents = store.documents.list();
  if (documents.length === 1) return documents[0];
  const titles = documents.map((d) => `"${d.title}"`).join(', ') || '(chưa có văn kiện nào)';
  throw new AppError('bad_request', `Hãy chọn văn kiện bằng --document <tên văn kiện>. Các văn kiện hiện có: ${titles}.`);
}

/** `vankien feedback anchor`: anchors the document's items and prints how many were anchored, queued and orphaned. */
export function feedbackAnchorCommand(args: FeedbackAnchorArgs): void {
  const store = openWorkspaceFile(args.workspace, 'write');
  try {
    const document = documentOf(store, args.document);
    const s = anchorFeedback(store, document.id, { draftNumber: args.draft, actor: `cli:${userInfo().username}` });
    print(args.json, { document: document.title, ...s }, () => [
      `${document.title}: ${s.items} ý kiến.`,
      `  Đã gắn vào đoạn: ${s.anchored}${s.manual ? ` (và ${s.manual} ý kiến do người gắn, giữ nguyên)` : ''}.`,
      `  Chưa gắn (chờ người gắn): ${s.queued}.`,
      `  Mất chỗ trong bản làm việc (đoạn đã bị xoá, giữ trích dẫn): ${s.orphaned}.`,
      ...(s.missingDraft ? [`  Góp ý vào dự thảo không có trong văn kiện (để nguyên): ${s.missingDraft}.`] : []),
    ].join('\n'));
  } finally {
    store.close();
  }
}

function clusterLines(cluster: ClusterView, n: number): string[] {
  const lines = [`${n}. ${cluster.comments} ý kiến của ${cluster.sources} đơn vị`];
  cluster.members.forEach((m, i) => {
    lines.push(`   ${i === 0 ? '*' : '-'} ${m.sourceName || '(không rõ đơn vị)'}: ${m.text}`);
    for (const sentence of m.added) lines.push(`       + ${sentence}`);
    for (const sentence of m.removed) lines.push(`       − ${sentence}`);
  });
  return lines;
}

/** `vankien feedback clusters`: clusters the stored items (new copies join, merges and splits kept) and lists the clusters. */
export function feedbackClustersCommand(args: Pick<FeedbackAnchorArgs, 'workspace' | 'json'>): void {
  const store = openWorkspaceFile(args.workspace, 'write');
  try {
    const run = clusterFeedback(store, `cli:${userInfo().username}`);
    const { clusters } = listClusters(store, { offset: 0, limit: -1 });
    print(args.json, { created: run.created, joined: run.joined, clusters }, () => [
      `${clusters.length} nhóm ý kiến trùng hoặc gần trùng (${run.created} nhóm mới, ${run.joined} ý kiến mới vào nhóm cũ).`,
      ...clusters.flatMap((c, i) => clusterLines(c, i + 1)),
    ].join('\n'));
  } finally {
    store.close();
  }
}
