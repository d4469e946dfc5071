import type { PinnedServer } from '../../shared/teamConnect/teamProbe.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDateTime } from '../ui/formatDate.ts';

/**
 * The servers whose certificate this desktop trusts (pinned after the person checked its
 * fingerprint), each with "Quên chứng chỉ…", which asks before anything is forgotten. Nothing is
 * drawn when there are none.
 */
export function TrustedCertificates({ pins, onForget }: { pins: PinnedServer[]; onForget(pin: PinnedServer): void }) {
  const { t, language } = useI18n();
  if (pins.length === 0) return null;
  return (
    <section className="team-connect-pins" aria-labelledby="team-pins-title" data-testid="team-pins">
      <h3 id="team-pins-title">{t('teamConnect.pins.title')}</h3>
      <ul>
        {pins.map((pin) => (
          <li key={pin.origin} data-testid="team-pin" data-origin={pin.origin}>
            <span>
              <strong>{pin.origin}</strong>
              <span className="muted"> · {t('teamConnect.pins.since', { when: formatDateTime(pin.pinnedAt, language) })}</span>
            </span>
            <button type="button" onClick={() => onForget(pin)} aria-label={t('teamConnect.pins.forgetOne', { origin: pin.origin })} data-testid="team-pin-forget">
              {t('teamConnect.pins.forget')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
