import type { TeamLeft } from '../../shared/teamConnect/teamProbe.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './teamConnect.css';

/**
 * After "Ngắt kết nối máy chủ nhóm", on the local page: logged out of the server and back here;
 * or back here only, the server not reached, so the session stays valid there until it expires
 * (said with why, by its kind). Stays until closed; a failure is an alert, a success a status.
 */
export function TeamLeftNotice({ left, onClose }: { left: TeamLeft; onClose(): void }) {
  const { t } = useI18n();
  const why = left.failure ? t(`teamConnect.failure.${left.failure}`, { host: left.host ?? '' }) : '';
  return (
    <div className={`team-left-notice${left.loggedOut ? '' : ' team-connect-warning'}`} role={left.loggedOut ? 'status' : 'alert'} data-testid="team-left">
      <p>{left.loggedOut ? t('teamConnect.left.loggedOut', { origin: left.origin }) : t('teamConnect.left.notLoggedOut', { origin: left.origin })}</p>
      {why && <p>{why}</p>}
      <button type="button" onClick={onClose} data-testid="team-left-close">
        {t('ui.close')}
      </button>
    </div>
  );
}
