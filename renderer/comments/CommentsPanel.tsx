import { TextSelection } from 'prosemirror-state';
import { useEffect, useMemo, useState } from 'react';
import { roleIn } from '../../shared/accounts/roles.ts';
import { makeAnchor } from '../../shared/comments/makeAnchor.ts';
import { placeThreads, type PlacedThread } from '../../shared/comments/placeThreads.ts';
import type { TextAnchor } from '../../shared/comments/textAnchor.ts';
import { decodeRelativePosition, encodeRelativePosition } from '../../shared/comments/yPositions.ts';
import { commentsKey } from '../../shared/editor/keys.ts';
import { labelsOf } from '../../shared/editor/plugins/numberingPlugin.ts';
import type { CommentHighlightPatch } from '../../shared/editor/plugins/commentHighlightState.ts';
import type { CommentThreadJson } from '../../shared/rpc/commentContract.ts';
import { useMember } from '../accounts/member.ts';
import { call } from '../api/rpcClient.ts';
import { commentOnSelection } from '../editor/comments/commentHighlights.ts';
import { isCommentShortcut } from '../editor/comments/keyCombo.ts';
import type { EditorContext } from '../editor/EditorFeature.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { CommentForm } from './CommentForm.tsx';
import { useCommentThreads } from './useCommentThreads.ts';
import { ThreadView, type ThreadActions } from './ThreadView.tsx';
import { useStoreValue } from '../editor/valueStore.ts';

/**
 * The comments beside the page: open threads by section in the order of the text, then the
 * resolved ones, then those whose text is no longer found (orphaned, with their quote). Each
 * thread's range is highlighted in the text; clicking a quote selects its text, clicking the
 * text puts its thread in focus. Ctrl+Alt+M (or the button) comments on the selection.
 */
export function CommentsPanel({ context }: { context: EditorContext }) {
  const { t } = useI18n();
  const { workspaceId, documentId, view, states, settled } = context;
  const member = useMember();
  const me = member?.name ?? 'local';
  const canComment = member === null || roleIn(member.grants, workspaceId) !== 'admin';
  const { threads, error, run, clearError } = useCommentThreads(workspaceId, documentId, context.onStateless, context.onSynced);
  const [composing, setComposing] = useState<TextAnchor | null>(null);
  const [hint, setHint] = useState(false);
  // Only what the panel shows, so typing (which maps the highlighted ranges) re-renders nothing here.
  const active = useStoreValue(states, (s) => (s ? commentsKey.getState(s)?.active ?? null : null));
  const compose = useStoreValue(states, (s) => (s ? commentsKey.getState(s)?.compose ?? null : null));

  // Placed on the view's own state (its binding maps Yjs positions), again when the text settles.
  const groups = useMemo(
    () => (view && threads && settled ? placeThreads(view.state.doc, threads, (e) => decodeRelativePosition(view.state, e), labelAt(view.state)) : null),
    [view, threads, settled?.doc],
  );

  useEffect(() => {
    if (!view || view.isDestroyed || !groups) return;
    const ranges = [...groups.open.flatMap((g) => g.threads)].flatMap((p) => (p.place.status === 'anchored' ? [{ threadId: p.thread.id, from: p.place.from, to: p.place.to }] : []));
    view.dispatch(view.state.tr.setMeta(commentsKey, { ranges } satisfies CommentHighlightPatch));
  }, [view, groups]);

  // Ctrl+Alt+M asks the plugin (compose); its count rising opens the form on that selection.
  useEffect(() => {
    if (!compose || !view || view.isDestroyed || !canComment) return;
    const anchor = makeAnchor(view.state.doc, compose.from, compose.to, (pos) => encodeRelativePosition(view.state, pos));
    setComposing(anchor);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compose?.count]);

  useEffect(() => {
    if (!view || !canComment) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isCommentShortcut(event) || view.isDestroyed) return;
      event.preventDefault();
      setHint(!commentOnSelection(view.state, view.dispatch));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [view, canComment]);

  const ref = { workspaceId, documentId };
  const actions: ThreadActions = {
    me,
    canComment,
    jump(placed: PlacedThread<CommentThreadJson>) {
      if (!view || placed.place.status !== 'anchored') return;
      const { from, to } = placed.place;
      const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).setMeta(commentsKey, { active: placed.thread.id } satisfies CommentHighlightPatch);
      view.dispatch(tr.scrollIntoView());
      view.dom.querySelector(`[data-thread="${placed.thread.id}"]`)?.scrollIntoView({ block: 'center' });
    },
    reply: async (threadId, body) => (await run(() => call('comment.reply', { ...ref, threadId, body }))) !== null,
    edit: async (commentId, body) => (await run(() => call('comment.edit', { ...ref, commentId, body }))) !== null,
    remove: (commentId) => {
      if (window.confirm(t('comments.confirmDelete'))) void run(() => call('comment.delete', { ...ref, commentId }));
    },
    resolve: (threadId, resolved) => void run(() => call('comment.resolve', { ...ref, threadId, resolved })),
  };
  const openCount = groups?.open.reduce((n, g) => n + g.threads.length, 0) ?? 0;

  return (
    <aside className="side-panel comments-panel no-print" aria-label={t('comments.title')} data-testid="comments-panel">
      <div className="panel-head">
        <h2>{t('comments.title')}</h2>
        <span className="muted small" data-testid="comments-count">
          {t('comments.count', { count: openCount })}
        </span>
      </div>
      {canComment ? (
        <button type="button" data-testid="comment-add" onClick={() => view && setHint(!commentOnSelection(view.state, view.dispatch))}>
          {t('comments.add')}
        </button>
      ) : (
        <p className="muted small">{t('comments.readOnly')}</p>
      )}
      {hint && <p className="muted small" role="status">{t('comments.selectFirst')}</p>}
      {error && (
        <div onClick={clearError}>
          <ErrorNote error={error} />
        </div>
      )}
      {composing && (
        <section className="comment-compose" data-testid="comment-compose">
          <h3>{t('comments.new')}</h3>
          <blockquote className="comment-quote-text">{composing.quote}</blockquote>
          <CommentForm
            label="comments.body"
            send="comments.send"
            autoFocus
            testId="comment-new"
            onCancel={() => setComposing(null)}
            onSend={async (body) => {
              const made = await run(() => call('comment.create', { ...ref, anchor: composing, body }));
              if (!made) return false;
              setComposing(null);
              view?.dispatch(view.state.tr.setMeta(commentsKey, { active: made.thread.id } satisfies CommentHighlightPatch));
              return true;
            }}
          />
        </section>
      )}
      {groups && <ThreadGroupsView groups={groups} active={active} actions={actions} />}
      {threads?.length === 0 && !composing && <p className="muted small">{t('comments.empty')}</p>}
    </aside>
  );
}

function ThreadGroupsView({ groups, active, actions }: { groups: ReturnType<typeof placeThreads<CommentThreadJson>>; active: string | null; actions: ThreadActions }) {
  const { t } = useI18n();
  const list = (items: PlacedThread<CommentThreadJson>[]) => items.map((p) => <ThreadView key={p.thread.id} placed={p} active={p.thread.id === active} actions={actions} />);
  return (
    <div className="comments-scroll">
      {groups.open.map((group, i) => (
        <section key={`${group.section?.blockId ?? 'start'}-${i}`} className="comment-group" data-testid="comment-section">
          <h3>{group.section?.title ?? t('comments.beforeSections')}</h3>
          {list(group.threads)}
        </section>
      ))}
      {groups.orphaned.length > 0 && (
        <section className="comment-group orphaned" data-testid="comments-orphaned">
          <h3>{t('comments.orphaned', { count: groups.orphaned.length })}</h3>
          <p className="muted small">{t('comments.orphanedNote')}</p>
          {list(groups.orphaned)}
        </section>
      )}
      {groups.resolved.length > 0 && (
        <details className="comment-group resolved" data-testid="comments-resolved">
          <summary>{t('comments.resolved', { count: groups.resolved.length })}</summary>
          {list(groups.resolved)}
        </details>
      )}
    </div>
  );
}

function labelAt(state: import('prosemirror-state').EditorState): (index: number) => string {
  const labels = labelsOf(state);
  return (index) => labels?.[index] ?? '';
}
