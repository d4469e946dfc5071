import { Node } from 'prosemirror-model';
import { useMemo } from 'react';
import { placeThreads } from '../../shared/comments/placeThreads.ts';
import { schema } from '../../shared/editor/schema.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useLoad } from '../ui/useRpc.ts';
import './comments.css';

/**
 * The comments made on a draft, beside its read-only view: the threads started before it was
 * frozen, placed in its text by their quotes (a frozen draft has no live Yjs binding to place
 * positions with; the block and the quote with its context find them), orphaned ones apart.
 */
export function DraftComments({ workspaceId, documentId, draft, doc }: { workspaceId: string; documentId: string; draft: number; doc: unknown }) {
  const { t } = useI18n();
  const got = useLoad(() => call('comment.list', { workspaceId, documentId, beforeDraft: draft }), [workspaceId, documentId, draft]);
  const groups = useMemo(() => (got.data ? placeThreads(Node.fromJSON(schema, doc), got.data.threads, () => null, () => '') : null), [got.data, doc]);
  const list = groups ? [...groups.open.flatMap((g) => g.threads), ...groups.resolved, ...groups.orphaned] : [];
  return (
    <aside className="side-panel comments-panel no-print" aria-label={t('comments.onDraft', { n: draft })} data-testid="draft-comments">
      <div className="panel-head">
        <h2>{t('comments.onDraft', { n: draft })}</h2>
      </div>
      {got.error && <ErrorNote error={got.error} onRetry={got.reload} />}
      {got.data?.threads.length === 0 && <p className="muted small">{t('comments.noneOnDraft')}</p>}
      <div className="comments-scroll">
        {list.map(({ thread, place }) => (
          <article key={thread.id} className="comment-thread" data-testid="comment-thread" data-status={thread.status}>
            <p className="comment-quote-text">{thread.anchor.quote}</p>
            {place.status === 'orphaned' && <p className="muted small">{t('comments.orphanedNote')}</p>}
            {thread.comments.map((c) => (
              <div key={c.id} className="comment">
                <strong>{c.authorName || c.author}</strong>
                <p className="comment-body">{c.body}</p>
              </div>
            ))}
            {thread.status === 'resolved' && <p className="muted small">{t('comments.resolvedBy', { name: thread.resolvedByName || thread.resolvedBy || '' })}</p>}
          </article>
        ))}
      </div>
    </aside>
  );
}
