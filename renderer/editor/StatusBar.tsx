import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { SyncState } from './collabSession.ts';
import { isSaved } from './superviseSync.ts';
import type { RefusedChange } from './useCollabEditor.ts';

const FAULT_KEY = {
  storageLocked: 'status.fault.storageLocked',
  diskFull: 'status.fault.diskFull',
  storageReadonly: 'status.fault.storageReadonly',
  storageFailed: 'status.fault.storageFailed',
} as const;

/**
 * Connection, the saved state, people editing and word count. "Đã lưu" only when the server has
 * acknowledged every change and no storage fault is outstanding; a fault names its cause and
 * what to do, and a refused change is said once the document has been reloaded.
 */
export function StatusBar({ sync, words, refused }: { sync: SyncState; words: number; refused?: RefusedChange | null }) {
  const { t } = useI18n();
  const connection = {
    connecting: t('status.connecting'),
    connected: t('status.connected'),
    disconnected: t('status.disconnected'),
    protocolTooOld: t('status.protocolTooOld'),
    unavailable: t('status.unavailable'),
  }[sync.connection];
  const saved = sync.fault
    ? t('status.notSaved', { reason: t(FAULT_KEY[sync.fault]) })
    : sync.connection !== 'connected' && sync.unsynced > 0
      ? t('status.unsaved', { count: sync.unsynced })
      : isSaved(sync)
        ? t('status.saved')
        : t('status.saving');
  const notice = refused
    ? refused.kind === 'invalidContent'
      ? t('status.refused.invalidContent', { detail: refused.detail })
      : t('status.refused.messageTooLarge', { limit: SYNC_LIMITS.messageBytes / 1024 / 1024 })
    : sync.awarenessRefused
      ? t('status.awarenessRefused')
      : null;
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className={`conn conn-${sync.connection}`} data-testid="connection">
        {connection}
      </span>
      <span data-testid="saved" data-saved={isSaved(sync) ? 'true' : 'false'} data-fault={sync.fault ?? ''}>
        {saved}
      </span>
      {notice && (
        <span data-testid="sync-notice" role="alert">
          {notice}
        </span>
      )}
      <span>{t('editor.people', { count: sync.people })}</span>
      <span data-testid="word-count">{t('editor.words', { count: words })}</span>
    </footer>
  );
}
