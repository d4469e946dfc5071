import { useState } from 'react';
import type { AccountAuditAction, AuditAction } from '../../shared/audit/auditActions.ts';
import { base64ToBytes } from '../api/base64.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBytes } from '../ui/downloadBytes.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { auditFilterOf, EMPTY_AUDIT_FILTER, type AuditFilterForm } from './auditFilterForm.ts';
import { useAction } from './useAction.ts';

/** Every action of the server's logs, for the filter (the compiler checks both lists are complete). */
const ACCOUNT_ACTIONS = {
  'account.setup': true, 'account.login': true, 'account.login_failed': true, 'account.logout': true, 'account.create': true,
  'account.disable': true, 'account.enable': true, 'account.role': true, 'account.password_reset': true, 'account.rehash': true,
  'account.audit_export': true,
} satisfies Record<AccountAuditAction, true>;
const WORKSPACE_ACTIONS = {
  'workspace.create': true, 'document.create': true, 'document.rename': true, 'document.delete': true, 'document.restore': true,
  'document.import': true, 'document.export': true, 'document.repair': true, 'draft.freeze': true, 'draft.import': true,
  'draft.export': true, 'draft.export_comparison': true, 'draft.restore': true, 'draft.checkpoint': true, 'comment.resolve': true,
  'comment.reopen': true, 'comment.delete': true, 'feedback.import': true, 'feedback.source_create': true, 'feedback.attribute': true,
  'feedback.source_update': true, 'feedback.source_delete': true, 'feedback.source_rematch': true, 'feedback.export': true, 'feedback.synthesis_export': true, 'feedback.decide': true,
  'feedback.template_save': true, 'feedback.template_delete': true, 'feedback.code_create': true, 'feedback.code_rename': true,
  'feedback.code_delete': true, 'feedback.tag': true, 'feedback.untag': true, 'feedback.anchor': true, 'feedback.anchor_run': true,
  'feedback.cluster_run': true, 'feedback.cluster_merge': true, 'feedback.cluster_split': true, 'feedback.to_suggestion': true, 'feedback.link': true, 'feedback.unlink': true, 'suggestion.accept': true,
  'suggestion.reject': true,
} satisfies Record<AuditAction, true>;
const ACTIONS = [...Object.keys(ACCOUNT_ACTIONS), ...Object.keys(WORKSPACE_ACTIONS)];

/**
 * The server's audit log (accounts and every workspace), newest first, filtered by action, by
 * who did it, by workspace and by days; the filtered log exported as .csv or .xlsx.
 */
export function AuditLogView({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const { t, language } = useI18n();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const log = useLoad(() => call('account.audit', { ...auditFilterOf(applied), limit: 200 }), [JSON.stringify(applied)]);
  const exporting = useAction(() => undefined);
  const field = (key: keyof AuditFilterForm) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });
  const exportAs = (format: 'csv' | 'xlsx') =>
    exporting.run(async () => {
      const file = await call('account.auditExport', { ...auditFilterOf(applied), format });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName, file.mimeType);
      return t(file.truncated ? 'accounts.admin.exportTruncated' : 'accounts.admin.exported', { count: String(file.count), fileName: file.fileName });
    });
  return (
    <section className="panel">
      <h2>{t('accounts.admin.audit')}</h2>
      <form className="row" onSubmit={(e) => (e.preventDefault(), setApplied(form))}>
        <label className="stack">
          {t('accounts.admin.filterAction')}
          <select {...field('action')} data-testid="audit-action">
            <option value="">{t('accounts.admin.anyAction')}</option>
            {ACTIONS.map((action) => <option key={action} value={action}>{action}</option>)}
          </select>
        </label>
        <label className="stack">
          {t('accounts.admin.filterActor')}
          <input {...field('actor')} data-testid="audit-actor" />
        </label>
        <label className="stack">
          {t('accounts.admin.filterWorkspace')}
          <select {...field('workspaceId')} data-testid="audit-workspace">
            <option value="">{t('accounts.admin.anyWorkspace')}</option>
            {workspaces.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
          </select>
        </label>
        <label className="stack">
          {t('accounts.admin.fromDay')}
          <input type="date" {...field('fromDay')} data-testid="audit-from" />
        </label>
        <label className="stack">
          {t('accounts.admin.toDay')}
          <input type="date" {...field('toDay')} data-testid="audit-to" />
        </label>
        <button type="submit" data-testid="audit-filter">{t('accounts.admin.filter')}</button>
        <button type="button" onClick={() => (setForm(EMPTY_AUDIT_FILTER), setApplied(EMPTY_AUDIT_FILTER))}>{t('accounts.admin.clearFilter')}</button>
        <button type="button" onClick={() => void exportAs('csv')} data-testid="audit-export-csv">{t('accounts.admin.exportCsv')}</button>
        <button type="button" onClick={() => void exportAs('xlsx')} data-testid="audit-export-xlsx">{t('accounts.admin.exportXlsx')}</button>
      </form>
      {exporting.error && <ErrorNote error={exporting.error} />}
      {exporting.notice && <p role="status" data-testid="audit-exported">{exporting.notice}</p>}
      {log.error && <ErrorNote error={log.error} onRetry={log.reload} />}
      {log.data?.unread.map((u) => <p key={u.workspaceId} className="muted">{t('accounts.admin.unread', { workspace: u.workspaceId, message: u.message })}</p>)}
      {log.data && log.data.entries.length === 0 && <p className="muted">{t('accounts.admin.noEntries')}</p>}
      <table data-testid="audit-entries">
        <thead>
          <tr>
            <th>{t('accounts.admin.at')}</th>
            <th>{t('accounts.admin.actor')}</th>
            <th>{t('accounts.admin.action')}</th>
            <th>{t('accounts.admin.where')}</th>
            <th>{t('accounts.admin.details')}</th>
          </tr>
        </thead>
        <tbody>
          {log.data?.entries.map((entry) => (
            <tr key={`${entry.workspaceId ?? ''}:${entry.seq}`} data-action={entry.action}>
              <td>{new Date(entry.at).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN')}</td>
              <td>{entry.actor}</td>
              <td>{entry.action}</td>
              <td>{entry.workspaceId === null ? t('accounts.admin.serverWide') : (entry.workspaceName ?? entry.workspaceId)}</td>
              <td><code>{entry.details === null ? '' : JSON.stringify(entry.details)}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
