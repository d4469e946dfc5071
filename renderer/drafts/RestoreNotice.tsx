import type { EditorView } from 'prosemirror-view';
import { useEffect, useRef, useState } from 'react';
import { yUndoPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';
import { SETTINGS_MAP } from '../../shared/document/documentSettings.ts';
import { parseRestoreMark, RESTORE_MARK_KEY, type RestoreMark } from '../../shared/document/restoreMark.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { restoreUndoKey } from '../../shared/editor/keys.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import { ydocOfView } from './attribution.ts';
import { keptTitle } from './draftLabel.ts';

/**
 * Right after a restore reaches this editor (its mark arrives with the restored content), says
 * what was restored and what was kept, and offers "Hoàn tác khôi phục": restoring the version the
 * restore replaced. The same undo is what Ctrl+Z does while nothing newer was typed here
 * (shared/editor/plugins/restoreUndo.ts). The editor's Yjs undo stack is cleared then: undoing
 * typing that the restore overwrote would resurrect it beside the restored text.
 */
export function RestoreNotice({ workspaceId, documentId, view }: { workspaceId: string; documentId: string; view: EditorView | null }) {
  const { t } = useI18n();
  const [mark, setMark] = useState<RestoreMark | null>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const undoRef = useRef<(mark: RestoreMark) => void>(() => undefined);
  undoRef.current = (m) => {
    setBusy(true);
    setError(null);
    const target = 'draft' in m.before ? { number: m.before.draft } : { checkpoint: m.before.checkpoint };
    call('draft.restore', { workspaceId, documentId, ...target })
      .then(() => setMark((current) => (current?.id === m.id ? null : current)), (e: unknown) => setError(toRpcError(e)))
      .finally(() => setBusy(false));
  };

  useEffect(() => {
    const ydoc = view ? ydocOfView(view) : null;
    if (!view || !ydoc) return;
    const settings = ydoc.getMap<unknown>(SETTINGS_MAP);
    // A mark already there when the editor opened belongs to an old restore.
    let seen = parseRestoreMark(settings.get(RESTORE_MARK_KEY))?.id ?? null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has(RESTORE_MARK_KEY)) return;
      const next = parseRestoreMark(settings.get(RESTORE_MARK_KEY));
      if (!next || next.id === seen) return;
      seen = next.id;
      // Never dispatch inside a Yjs event (see useCollabEditor): once the update has reached ProseMirror.
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (view.isDestroyed) return;
        yUndoPluginKey.getState(view.state)?.undoManager?.clear();
        view.dispatch(view.state.tr.setMeta(restoreUndoKey, { undo: () => undoRef.current(next) }));
        setMark(next);
        setError(null);
      }, 0);
    };
    settings.observe(onChange);
    return () => {
      clearTimeout(timer);
      settings.unobserve(onChange);
    };
  }, [view]);

  if (!mark) return null;
  return (
    <div className="toast" role="status" data-testid="restore-notice">
      <p>{t('drafts.restore.notice', { author: mark.author, target: keptTitle(t, mark.target), before: keptTitle(t, mark.before) })}</p>
      {error && <ErrorNote error={error} />}
      <div className="row-actions">
        <button type="button" disabled={busy} title={t('drafts.restore.undoHint')} onClick={() => undoRef.current(mark)} data-testid="restore-undo">
          {t('drafts.restore.undo')}
        </button>
        <button type="button" className="link" onClick={() => setMark(null)} aria-label={t('ui.close')}>
          ✕
        </button>
      </div>
    </div>
  );
}
