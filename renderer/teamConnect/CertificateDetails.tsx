import type { CertificateSummary } from '../../shared/teamConnect/teamProbe.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDateTime } from '../ui/formatDate.ts';
import { fingerprintGroups } from './teamServerAddress.ts';

/** A SHA-256 fingerprint in 8 groups of 4 bytes, with its label. */
export function FingerprintBlock({ label, fingerprint256 }: { label: string; fingerprint256: string }) {
  return (
    <div className="team-connect-fingerprint">
      <span className="muted">{label}</span>
      <code data-testid="team-fingerprint" aria-label={fingerprint256}>
        {fingerprintGroups(fingerprint256).map((group, index) => (
          <span key={index}>{group}</span>
        ))}
      </code>
    </div>
  );
}

/** What the person checks before trusting a certificate: fingerprint, subject, issuer, validity. */
export function CertificateDetails({ certificate }: { certificate: CertificateSummary }) {
  const { t, language } = useI18n();
  // OpenSSL's form ("Dec  3 13:10:00 2026 GMT"), which Date reads; shown as is if it cannot.
  const when = (openssl: string) => {
    const date = new Date(openssl);
    return Number.isNaN(date.getTime()) ? openssl : formatDateTime(date.toISOString(), language);
  };
  return (
    <div data-testid="team-certificate">
      <FingerprintBlock label={t('teamConnect.confirm.fingerprint')} fingerprint256={certificate.fingerprint256} />
      <dl className="team-connect-details">
        <dt>{t('teamConnect.confirm.subject')}</dt>
        <dd data-testid="team-subject">{certificate.subject}</dd>
        <dt>{t('teamConnect.confirm.issuer')}</dt>
        <dd data-testid="team-issuer">{certificate.issuer}</dd>
        <dt>{t('teamConnect.confirm.validity')}</dt>
        <dd data-testid="team-validity">{t('teamConnect.confirm.validRange', { from: when(certificate.validFrom), to: when(certificate.validTo) })}</dd>
      </dl>
    </div>
  );
}
