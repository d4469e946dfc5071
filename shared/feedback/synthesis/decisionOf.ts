import { STATUS_LABELS } from '../export/feedbackLabels.ts';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../model.ts';

/**
 * What was decided about a cluster, as the report writes it. When every member has the same
 * status, its label ("Tiếp thu"); when they differ, the statuses counted, most first ("Chưa thống
 * nhất: 2 Tiếp thu, 1 Giải trình"), so a split decision is never hidden behind one label. The
 * answer is the one every answered member shares; when they wrote different answers, each is
 * given with how many comments it answers, most first, then in the order first met.
 */
export function decisionOf(members: readonly { status: FeedbackStatus; response: string }[]): { decision: string; answer: string } {
  const statuses = new Map<FeedbackStatus, number>();
  for (const m of members) statuses.set(m.status, (statuses.get(m.status) ?? 0) + 1);
  const decision = statuses.size === 1
    ? STATUS_LABELS[members[0].status]
    : `Chưa thống nhất: ${[...statuses].sort((a, b) => b[1] - a[1] || FEEDBACK_STATUSES.indexOf(a[0]) - FEEDBACK_STATUSES.indexOf(b[0])).map(([s, n]) => `${n} ${STATUS_LABELS[s]}`).join(', ')}`;
  const answers = new Map<string, number>();
  for (const m of members) {
    const text = m.response.trim();
    if (text) answers.set(text, (answers.get(text) ?? 0) + 1);
  }
  const list = [...answers].sort((a, b) => b[1] - a[1]);
  const answer = list.length <= 1 ? (list[0]?.[0] ?? '') : list.map(([text, n]) => `(${n} ý kiến) ${text}`).join('\n');
  return { decision, answer };
}
