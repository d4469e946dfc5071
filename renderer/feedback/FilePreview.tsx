import type { MethodOutput } from '../../shared/rpc/contract.ts';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from '../../shared/feedback/ingest/columnRoles.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../ui/formatDate.ts';
import { attributionLabel } from './attributionLabel.ts';

export type Preview = MethodOutput<'feedback.preview'>;

const SHOWN = 10;

/** One chosen file before import: its column mapping (changeable), counts, first items and the rows that will not be imported. */
export function FilePreview({ preview, onMapping, onRemove }: { preview: Preview; onMapping(mapping: ColumnMapping): void; onRemove(): void }) {
  const { t, language } = useI18n();
  const setRole = (role: ColumnRole, value: string) => {
    if (!preview.mapping) return;
    const column = value === '' ? null : Number(value);
    if (role === 'text' && column === null) return;
    onMapping({ ...preview.mapping, [role]: column } as ColumnMapping);
  };
  return (
    <div className="feedback-preview" data-testid="feedback-preview">
      <h3>{preview.fileName} <button type="button" className="link" onClick={onRemove}>{t('feedback.preview.remove')}</button></h3>
      {preview.importedAt && <p className="feedback-flag" data-testid="feedback-preview-imported">{t('feedback.preview.imported', { at: formatDate(preview.importedAt, language) })}</p>}
      {preview.mapping && preview.headers.length > 0 && (
        <div className="feedback-mapping">
          {COLUMN_ROLES.map((role) => (
            <label key={role}>
              {t('feedback.preview.column', { role: t(`feedback.role.${role}`) })}{' '}
              <select data-testid={`feedback-map-${role}`} value={preview.mapping![role] ?? ''} onChange={(e) => setRole(role, e.target.value)}>
                {role !== 'text' && <option value="">{t('feedback.preview.none')}</option>}
                {preview.headers.map((header, i) => <option key={i} value={i}>{header || `#${i + 1}`}</option>)}
              </select>
            </label>
          ))}
        </div>
      )}
      <p data-testid="feedback-preview-counts">
        {t('feedback.preview.counts', { items: preview.items, flagged: preview.flagged, known: preview.known, problems: preview.problems.length })}
      </p>
      <table className="feedback-table">
        <thead><tr><th>{t('feedback.col.text')}</th><th>{t('feedback.col.source')}</th><th>{t('feedback.col.attribution')}</th><th>{t('feedback.col.location')}</th></tr></thead>
        <tbody>
          {preview.sample.slice(0, SHOWN).map((item, i) => {
            const label = attributionLabel(item.attribution, t);
            return (
              <tr key={i}>
                <td>{item.text}</td><td>{item.sourceName}</td>
                <td className={label.flagged ? 'feedback-flag' : undefined}>{label.text}</td><td>{item.location}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.items > SHOWN && <p className="feedback-muted">{t('feedback.preview.more', { count: preview.items - SHOWN })}</p>}
      {preview.problems.length > 0 && (
        <ul className="feedback-problems" data-testid="feedback-preview-problems">{preview.problems.map((p, i) => <li key={i}>{p.reason}</li>)}</ul>
      )}
    </div>
  );
}
