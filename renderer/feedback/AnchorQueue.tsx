import { type KeyboardEvent, useState } from 'react';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { movedBlock, queueKey } from './queueKeys.ts';
import { useManualAnchor } from './useManualAnchor.ts';
import { VersionBlocks } from './VersionBlocks.tsx';

const QUEUE_PAGE = 200;

/**
 * The "chưa gắn" queue: the comments anchoring was not sure of, and beside the selected one the
 * version of the document it is to be anchored in. A person anchors it by clicking a block, or
 * from the keyboard (queueKeys.ts): j/k or ↑/↓ between comments, Tab or ←/→ between blocks,
 * Enter to anchor, s to skip. An anchored comment leaves the queue; the next takes its place.
 */
export function AnchorQueue({ workspaceId, documentId, refresh, onAnchored }: { workspaceId: string; documentId: string; refresh: number; onAnchored: () => void }) {
  const { t } = useI18n();
  const queue = useLoad(() => call('feedback.anchorQueue', { workspaceId, documentId, limit: QUEUE_PAGE }), [workspaceId, documentId, refresh]);
  const items = queue.data?.items ?? [];
  const [at, setAt] = useState(0);
  const [block, setBlock] = useState(0);
  // Another compiler anchored it meanwhile: the queue is read again, so it shows the comment as it stands now.
  const { anchor: anchorTo, note, setNote, error } = useManualAnchor(workspaceId, documentId, { onAnchored: () => { queue.reload(); onAnchored(); }, onConflict: () => queue.reload() });
  const current = items.length > 0 ? items[Math.min(at, items.length - 1)] : null;
  const side = current?.draftNumber ?? 'working';
  const version = useLoad(() => (current ? call('draft.get', { workspaceId, documentId, side }) : Promise.resolve(null)), [workspaceId, documentId, side, current !== null, side === 'working' ? refresh : 0]);
  const blocks = version.data?.blocks ?? [];
  const anchor = (index: number) => {
    const target = blocks[index];
    if (current && target) anchorTo(current.item, current.draftNumber, target);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const action = queueKey(event);
    if (!action || !current) return;
    event.preventDefault();
    if (action === 'nextItem' || action === 'previousItem') {
      setAt((a) => Math.max(0, Math.min(items.length - 1, Math.min(a, items.length - 1) + (action === 'nextItem' ? 1 : -1))));
      setNote(null);
    } else if (action === 'nextBlock' || action === 'previousBlock') {
      setBlock((b) => movedBlock(b, action, blocks.length));
    } else if (action === 'anchor') anchor(block);
    else {
      setAt((a) => (Math.min(a, items.length - 1) + 1) % items.length);
      setNote(t('feedback.anchor.skipped'));
    }
  };

  return (
    <div className="feedback-queue" data-testid="feedback-queue" tabIndex={0} onKeyDown={onKeyDown}>
      <h3 data-testid="feedback-queue-heading">{t('feedback.anchor.queue', { total: queue.data?.total ?? 0 })}</h3>
      {queue.error && <ErrorNote error={queue.error} onRetry={queue.reload} />}
      {error && <ErrorNote error={error} />}
      {queue.data && items.length === 0 && <p className="feedback-muted" data-testid="feedback-queue-empty">{t('feedback.anchor.queueEmpty')}</p>}
      {current && (
        <>
          <p className="feedback-muted">{t('feedback.anchor.keys')}</p>
          {note && <p role="status" data-testid="feedback-queue-note">{note}</p>}
          <div className="feedback-queue-sides">
            <ol className="feedback-queue-items">
              {items.map((q, i) => (
                <li key={q.item.id} data-testid="feedback-queue-item" aria-current={q === current ? 'true' : undefined} onClick={() => setAt(i)}>
                  <span className="feedback-muted">{q.item.sourceName}</span> {q.item.text}
                </li>
              ))}
            </ol>
            <div className="feedback-queue-document">
              <p className="feedback-muted" data-testid="feedback-queue-version">
                {t('feedback.anchor.in', { version: current.draftNumber === null ? t('feedback.anchor.working') : t('feedback.anchor.draft', { n: current.draftNumber }) })}
              </p>
              {version.error && <ErrorNote error={version.error} onRetry={version.reload} />}
              <VersionBlocks blocks={blocks} selected={block} onPick={(i) => { setBlock(i); anchor(i); }} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
