import { useState } from 'react';
import type { AccountAuditAction } from '../../shared/audit/auditActions.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useLoad } from '../ui/useRpc.ts';

/** Every action of the accounts' log, for the filter (the compiler checks the list is complete). */
const ACTIONS = {
  'account.setup': true,
  'account.login': true,
  'account.login_failed': true,
  'account.logout': true,
  'account.create': true,
  'account.disable': true,
  'account.enable': true,
  'account.role': true,
  'account.password_reset': true,
  'account.rehash': true,
} satisfies Record<AccountAuditAction, true>;

/** The accounts' audit log, newest first, filtered by action and by who did it. */
export function AuditLogView() {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState({ action: '', actor: '' });
  const [applied, setApplied] = useState(filter);
  const log = useLoad(() => call('account.audit', { action: applied.action || undefined, actor: applied.actor || undefined, limit: 200 }), [applied.action, applied.actor]);
  return (
    <section className="panel">
      <h2>{t('accounts.admin.audit')}</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filter);
        }}
      >
        <label className="stack">
          {t('accounts.admin.filterAction')}
          <select value={filter.action} onChange={(e) => setFilter({ ...filter, action: e.target.value })} data-testid="audit-action">
            <option value="">{t('accounts.admin.anyAction')}</option>
            {Object.keys(ACTIONS).map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label className="stack">
          {t('accounts.admin.filterActor')}
          <input value={filter.actor} onChange={(e) => setFilter({ ...filter, actor: e.target.value })} data-testid="audit-actor" />
        </label>
        <button type="submit" data-testid="audit-filter">
          {t('accounts.admin.filter')}
        </button>
      </form>
      {log.error && <ErrorNote error={log.error} onRetry={log.reload} />}
      {log.data && log.data.entries.length === 0 && <p className="muted">{t('accounts.admin.noEntries')}</p>}
      <table data-testid="audit-entries">
        <thead>
          <tr>
            <th>{t('accounts.admin.at')}</th>
            <th>{t('accounts.admin.actor')}</th>
            <th>{t('accounts.admin.action')}</th>
            <th>{t('accounts.admin.details')}</th>
          </tr>
        </thead>
        <tbody>
          {log.data?.entries.map((entry) => (
            <tr key={entry.seq} data-action={entry.action}>
              <td>{new Date(entry.at).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN')}</td>
              <td>{entry.actor}</td>
              <td>{entry.action}</td>
              <td>
                <code>{entry.details === null ? '' : JSON.stringify(entry.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
