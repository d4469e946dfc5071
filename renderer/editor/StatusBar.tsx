import { useI18n } from '../i18n/I18nProvider.tsx';
import type { SyncState } from './collabSession.ts';

/** Connection, the saved state, people editing and word count. */
export function StatusBar({ sync, words }: { sync: SyncState; words: number }) {
  const { t } = useI18n();
  const connection = {
    connecting: t('status.connecting'),
    connected: t('status.connected'),
    disconnected: t('status.disconnected'),
    protocolTooOld: t('status.protocolTooOld'),
    unavailable: t('status.unavailable'),
  }[sync.connection];
  const saved =
    sync.connection !== 'connected' && sync.unsynced > 0
      ? t('status.unsaved', { count: sync.unsynced })
      : sync.synced && sync.unsynced === 0
        ? t('status.saved')
        : t('status.saving');
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className={`conn conn-${sync.connection}`} data-testid="connection">
        {connection}
      </span>
      <span data-testid="saved" data-saved={sync.synced && sync.unsynced === 0 ? 'true' : 'false'}>
        {saved}
      </span>
      <span>{t('editor.people', { count: sync.people })}</span>
      <span data-testid="word-count">{t('editor.words', { count: words })}</span>
    </footer>
  );
}
