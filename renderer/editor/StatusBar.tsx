import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { SyncState } from './collabSession.ts';
import { isSaved } from './superviseSync.ts';
import type { RefusedChange } from './useCollabEditor.ts';

const FAULT_KEY = {
  storageLocked: 'editor.status.fault.storageLocked',
  diskFull: 'editor.status.fault.diskFull',
  storageReadonly: 'editor.status.fault.storageReadonly',
  storageFailed: 'editor.status.fault.storageFailed',
} as const;

/**
 * Connection, the saved state, people editing and word count. "Đã lưu" only when the server has
 * acknowledged every change and no storage fault is outstanding; a fault names its cause and
 * what to do, and a refused change is said once the document has been reloaded. Offline, it says
 * how many changes are not yet sent and whether they are `kept` on this machine.
 */
export function StatusBar({ sync, words, refused, kept = false }: { sync: SyncState; words: number; refused?: RefusedChange | null; kept?: boolean }) {
  const { t } = useI18n();
  const connection = {
    connecting: t('editor.status.connecting'),
    connected: t('editor.status.connected'),
    disconnected: t('editor.status.disconnected'),
    protocolTooOld: t('editor.status.protocolTooOld'),
    unavailable: t('editor.status.unavailable'),
  }[sync.connection];
  const saved = sync.fault
    ? t('editor.status.notSaved', { reason: t(FAULT_KEY[sync.fault]) })
    : sync.connection !== 'connected' && sync.unsynced > 0
      ? t(kept ? 'editor.status.unsentKept' : 'editor.status.unsaved', { count: sync.unsynced })
      : isSaved(sync)
        ? t('editor.status.saved')
        : t('editor.status.saving');
  const notice = refused
    ? refused.kind === 'invalidContent'
      ? t('editor.status.refused.invalidContent', { detail: refused.detail })
      : t('editor.status.refused.messageTooLarge', { limit: SYNC_LIMITS.messageBytes / 1024 / 1024 })
    : sync.awarenessRefused
      ? t('editor.status.awarenessRefused')
      : null;
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className={`conn conn-${sync.connection}`} data-testid="connection">
        {connection}
      </span>
      {/* Nothing a read-only connection holds is saved: the server never takes its changes. */}
      <span data-testid="saved" data-saved={isSaved(sync) ? 'true' : 'false'} data-fault={sync.fault ?? ''} hidden={sync.readOnly}>
        {saved}
      </span>
      {notice && (
        <span data-testid="sync-notice" role="alert">
          {notice}
        </span>
      )}
      {sync.readOnly && (
        <span data-testid="read-only" title={t('editor.status.readOnlyWhy')}>
          {t('editor.status.readOnly')}
        </span>
      )}
      <span>{t('editor.people', { count: sync.people })}</span>
      <span data-testid="word-count">{t('editor.words', { count: words })}</span>
    </footer>
  );
}
