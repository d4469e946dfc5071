import { useState } from 'react';
import type { PlacedThread } from '../../shared/comments/placeThreads.ts';
import type { CommentJson, CommentThreadJson } from '../../shared/rpc/commentContract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CommentForm } from './CommentForm.tsx';
import { formatDateTime } from '../ui/formatDate.ts';

export interface ThreadActions {
  /** The account name the server records for this person ('local' on a local server). */
  me: string;
  canComment: boolean;
  jump(placed: PlacedThread<CommentThreadJson>): void;
  reply(threadId: string, body: string): Promise<boolean>;
  edit(commentId: string, body: string): Promise<boolean>;
  remove(commentId: string): void;
  resolve(threadId: string, resolved: boolean): void;
}

/** One thread: its quote (a click jumps to the text), its comments, a reply box, resolve or reopen. */
export function ThreadView({ placed, active, actions }: { placed: PlacedThread<CommentThreadJson>; active: boolean; actions: ThreadActions }) {
  const { t } = useI18n();
  const { thread, place } = placed;
  return (
    <article className={`comment-thread${active ? ' active' : ''}`} data-testid="comment-thread" data-thread={thread.id} data-status={thread.status}>
      <button type="button" className="comment-quote" onClick={() => actions.jump(placed)} disabled={place.status !== 'anchored'} title={t('comments.jump')}>
        {thread.anchor.quote}
      </button>
      {thread.comments.map((comment) => (
        <CommentView key={comment.id} comment={comment} actions={actions} />
      ))}
      {thread.status === 'resolved' && thread.resolvedBy && (
        <p className="muted small">{t('comments.resolvedBy', { name: thread.resolvedBy === actions.me ? t('comments.you') : thread.resolvedByName || thread.resolvedBy })}</p>
      )}
      {actions.canComment && (
        <>
          {active && thread.status === 'open' && (
            <CommentForm label="comments.replyPlaceholder" send="comments.sendReply" testId="comment-reply" onSend={(body) => actions.reply(thread.id, body)} />
          )}
          <div className="comment-thread-actions">
            <button type="button" data-testid="comment-resolve" onClick={() => actions.resolve(thread.id, thread.status === 'open')}>
              {thread.status === 'open' ? t('comments.resolve') : t('comments.reopen')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

function CommentView({ comment, actions }: { comment: CommentJson; actions: ThreadActions }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const own = actions.canComment && comment.author === actions.me;
  const who = own ? t('comments.you') : comment.authorName || comment.author;
  return (
    <div className="comment" data-testid="comment">
      <div className="comment-head">
        <strong>{who}</strong>
        <time className="muted small" dateTime={comment.createdAt}>
          {formatDateTime(comment.createdAt, language)}
        </time>
        {comment.editedAt && <span className="muted small">{t('comments.edited')}</span>}
      </div>
      {editing ? (
        <CommentForm
          label="comments.body"
          send="ui.save"
          initial={comment.body}
          autoFocus
          testId="comment-edit"
          onCancel={() => setEditing(false)}
          onSend={async (body) => {
            const ok = await actions.edit(comment.id, body);
            if (ok) setEditing(false);
            return ok;
          }}
        />
      ) : (
        <p className="comment-body" data-testid="comment-body">
          {comment.body}
        </p>
      )}
      {own && !editing && (
        <div className="comment-own">
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
          <button type="button" className="link" onClick={() => actions.remove(comment.id)}>
            {t('comments.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
