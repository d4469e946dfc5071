import { memo, useLayoutEffect, useRef } from 'react';
import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { type Translate, useI18n } from '../i18n/I18nProvider.tsx';
import type { SyncState } from './collabSession.ts';
import { isSaved } from './superviseSync.ts';
import type { RefusedChange } from './useCollabEditor.ts';
import { type ValueStore, useStoreValue } from './valueStore.ts';

const FAULT_KEY = {
  storageLocked: 'editor.status.fault.storageLocked',
  diskFull: 'editor.status.fault.diskFull',
  storageReadonly: 'editor.status.fault.storageReadonly',
  storageFailed: 'editor.status.fault.storageFailed',
} as const;

/** The saved state in words: a fault and what to do, changes waiting for the connection, saved, or saving. */
function savedText(sync: SyncState, kept: boolean, t: Translate): string {
  if (sync.fault) return t('editor.status.notSaved', { reason: t(FAULT_KEY[sync.fault]) });
  if (sync.connection !== 'connected' && sync.unsynced > 0) return t(kept ? 'editor.status.unsentKept' : 'editor.status.unsaved', { count: sync.unsynced });
  return isSaved(sync) ? t('editor.status.saved') : t('editor.status.saving');
}

/**
 * How long the saved state must hold before "Đã lưu" replaces "Đang lưu…": longer than the pause
 * between two keystrokes, so a burst of typing leaves "Đang lưu…" in place instead of flipping it
 * back and forth with every acknowledgement.
 */
const SAVED_SETTLE_MS = 600;

/**
 * "Đã lưu" / "Đang lưu…" / a fault. It is written into its element from the store, not rendered
 * by React: every React commit while the caret is in the editor makes React measure the selection
 * by walking the text of the whole document up to the caret (react-dom's getSelectionInformation,
 * for a contenteditable), which cost about 1 ms per commit in a 1,200-block report. The state
 * changes twice per keystroke (the change sent, then acknowledged), and each change of the text
 * made Chromium lay out and paint a frame of its own after the keystroke's; so going from
 * "Đang lưu…" to "Đã lưu" waits until the saved state has held for SAVED_SETTLE_MS, and while
 * someone types the element is not touched. Only that way is delayed: "Đã lưu" (and
 * `data-saved="true"`) is never shown before the server has acknowledged every change.
 */
function SavedState({ syncs, kept }: { syncs: ValueStore<SyncState>; kept: () => boolean }) {
  const { t } = useI18n();
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    let settling: ReturnType<typeof setTimeout> | undefined;
    const write = (sync: SyncState) => {
      const span = element.current;
      if (!span) return;
      const text = savedText(sync, kept(), t);
      // The text node's data, not `textContent`: replacing the node made Chromium restyle and
      // rebuild the layout of the whole page (17 ms on the 1,200-block report), changing it does not.
      if (span.firstChild instanceof Text) {
        if (span.firstChild.data !== text) span.firstChild.data = text;
      } else span.textContent = text;
      const saved = isSaved(sync) ? 'true' : 'false';
      if (span.dataset.saved !== saved) span.dataset.saved = saved;
      if (span.dataset.fault !== (sync.fault ?? '')) span.dataset.fault = sync.fault ?? '';
      // Nothing a read-only connection holds is saved: the server never takes its changes.
      if (span.hidden !== sync.readOnly) span.hidden = sync.readOnly;
    };
    const draw = () => {
      const sync = syncs.get();
      const span = element.current;
      const showsSaving = span?.dataset.saved === 'false' && !span.dataset.fault && span.firstChild instanceof Text && span.firstChild.data === t('editor.status.saving');
      if (isSaved(sync) && showsSaving && !sync.readOnly) {
        settling ??= setTimeout(() => {
          settling = undefined;
          write(syncs.get());
        }, SAVED_SETTLE_MS);
        return;
      }
      clearTimeout(settling);
      settling = undefined;
      write(sync);
    };
    write(syncs.get());
    const unsubscribe = syncs.subscribe(draw);
    return () => {
      clearTimeout(settling);
      unsubscribe();
    };
  }, [syncs, kept, t]);
  return <span ref={element} data-testid="saved" />;
}

/**
 * Connection, the saved state, people editing and word count. "Đã lưu" only when the server has
 * acknowledged every change and no storage fault is outstanding; a fault names its cause and
 * what to do, and a refused change is said once the document has been reloaded. Offline, it says
 * how many changes are not yet sent and whether they are `kept` on this machine (asked at each drawing).
 */
export const StatusBar = memo(function StatusBar({ syncs, words, refused, kept }: { syncs: ValueStore<SyncState>; words: number; refused?: RefusedChange | null; kept: () => boolean }) {
  const { t } = useI18n();
  const connectionKind = useStoreValue(syncs, (s) => s.connection);
  const people = useStoreValue(syncs, (s) => s.people);
  const awarenessRefused = useStoreValue(syncs, (s) => s.awarenessRefused);
  const readOnly = useStoreValue(syncs, (s) => s.readOnly);
  const connection = {
    connecting: t('editor.status.connecting'),
    connected: t('editor.status.connected'),
    disconnected: t('editor.status.disconnected'),
    protocolTooOld: t('editor.status.protocolTooOld'),
    unavailable: t('editor.status.unavailable'),
  }[connectionKind];
  const notice = refused
    ? refused.kind === 'invalidContent'
      ? t('editor.status.refused.invalidContent', { detail: refused.detail })
      : t('editor.status.refused.messageTooLarge', { limit: SYNC_LIMITS.messageBytes / 1024 / 1024 })
    : awarenessRefused
      ? t('editor.status.awarenessRefused')
      : null;
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className={`conn conn-${connectionKind}`} data-testid="connection">
        {connection}
      </span>
      <SavedState syncs={syncs} kept={kept} />
      {notice && (
        <span data-testid="sync-notice" role="alert">
          {notice}
        </span>
      )}
      {readOnly && (
        <span data-testid="read-only" title={t('editor.status.readOnlyWhy')}>
          {t('editor.status.readOnly')}
        </span>
      )}
      <span>{t('editor.people', { count: people })}</span>
      <span data-testid="word-count">{t('editor.words', { count: words })}</span>
    </footer>
  );
});
