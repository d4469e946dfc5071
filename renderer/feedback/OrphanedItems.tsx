import { type KeyboardEvent, useCallback, useState } from 'react';
import type { FeedbackItem } from '../../shared/feedback/model.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { movedBlock, queueKey } from './queueKeys.ts';
import { useManualAnchor } from './useManualAnchor.ts';
import { VersionBlocks } from './VersionBlocks.tsx';

/**
 * The comments whose blocks are gone from the working copy: each shown with its quote, never
 * dropped, and anchored again by a person in the working copy as in the "chưa gắn" queue (the
 * same blocks, keys and `feedback.setAnchor`, audited on the server): "Gắn lại" opens its blocks,
 * Tab or ←/→ move between them, Enter or a click anchors, Esc closes. `onAnchored` after one landed.
 */
export function OrphanedItems({ workspaceId, documentId, refresh, onAnchored }: { workspaceId: string; documentId: string; refresh: number; onAnchored: () => void }) {
  const { t } = useI18n();
  const orphans = useLoad(() => call('feedback.followAnchors', { workspaceId, documentId, side: 'working', onlyOrphaned: true, limit: 100 }), [workspaceId, documentId, refresh]);
  // The comment being anchored again, and the block selected among the working copy's.
  const [open, setOpen] = useState<string | null>(null);
  const [block, setBlock] = useState(0);
  const working = useLoad(() => (open ? call('draft.get', { workspaceId, documentId, side: 'working' }) : Promise.resolve(null)), [workspaceId, documentId, open !== null, refresh]);
  const blocks = working.data?.blocks ?? [];
  // Anchored, or anchored otherwise by someone meanwhile: the list is read again and the comment leaves it.
  const { anchor: anchorTo, note, setNote, error } = useManualAnchor(workspaceId, documentId, {
    onAnchored: () => { setOpen(null); orphans.reload(); onAnchored(); },
    onConflict: () => { setOpen(null); orphans.reload(); },
  });
  // Focus goes to the blocks when they open (keyboard first), once: not again on each render.
  const focusOnOpen = useCallback((picker: HTMLDivElement | null) => picker?.focus(), []);
  const anchor = (item: FeedbackItem, index: number) => {
    const target = blocks[index];
    if (target) anchorTo(item, null, target);
  };
  const toggle = (itemId: string) => {
    setNote(null);
    setBlock(0);
    setOpen((o) => (o === itemId ? null : itemId));
  };
  const onKeyDown = (item: FeedbackItem) => (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(null);
      return;
    }
    const action = queueKey(event);
    // The queue's block keys; its comment keys (j/k, s) have no meaning for one comment.
    if (action !== 'nextBlock' && action !== 'previousBlock' && action !== 'anchor') return;
    event.preventDefault();
    if (action === 'anchor') anchor(item, block);
    else setBlock((b) => movedBlock(b, action, blocks.length));
  };
  if (orphans.error) return <ErrorNote error={orphans.error} onRetry={orphans.reload} />;
  if (!orphans.data || orphans.data.total === 0) return note ? <p role="status" data-testid="feedback-orphans-note">{note}</p> : null;
  return (
    <details className="feedback-orphans" data-testid="feedback-orphans" open>
      <summary>{t('feedback.anchor.orphans', { total: orphans.data.total })}</summary>
      <p className="feedback-muted">{t('feedback.anchor.orphansHint')}</p>
      {note && <p role="status" data-testid="feedback-orphans-note">{note}</p>}
      {error && <ErrorNote error={error} />}
      <ul>
        {orphans.data.items.map((o) => (
          <li key={o.item.id} data-testid="feedback-orphan">
            <span className="feedback-muted">{o.item.sourceName}</span> {o.item.text}
            <div className="feedback-quote">{o.quote ? t('feedback.anchor.quote', { quote: o.quote }) : t('feedback.anchor.noQuote')}</div>
            <button type="button" className="link" aria-expanded={open === o.item.id} onClick={() => toggle(o.item.id)} data-testid="feedback-orphan-reanchor">
              {t('feedback.anchor.reanchor')}
            </button>
            {open === o.item.id && (
              <div className="feedback-queue feedback-orphan-picker" tabIndex={0} ref={focusOnOpen} onKeyDown={onKeyDown(o.item)} data-testid="feedback-orphan-picker">
                <p className="feedback-muted">{t('feedback.anchor.reanchorKeys')}</p>
                <p className="feedback-muted">{t('feedback.anchor.in', { version: t('feedback.anchor.working') })}</p>
                {working.error && <ErrorNote error={working.error} onRetry={working.reload} />}
                <VersionBlocks blocks={blocks} selected={block} onPick={(i) => { setBlock(i); anchor(o.item, i); }} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
