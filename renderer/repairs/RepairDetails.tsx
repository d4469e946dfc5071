import { type ContentRepair, repairCounts } from '../../shared/content/contentRepair.ts';
import type { Translate } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBytes } from '../ui/downloadBytes.ts';
import './repairs.css';

/** "2 thuộc tính không hợp lệ, 1 chữ nằm ngoài khối". */
export function repairSummary(t: Translate, repairs: readonly ContentRepair[]): string {
  return repairCounts(repairs).map(({ kind, count }) => t(`repairs.kind.${kind}`, { count })).join(', ');
}

const MAX_VALUE = 400;
const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
};

/**
 * What a repair changed, one line per change with the value or node it replaced, and the whole
 * original content as a file to download when there is one (a working copy's repair record).
 */
export function RepairDetails({ repairs, original, fileName }: { repairs: readonly ContentRepair[]; original?: string; fileName?: string }) {
  const { t } = useI18n();
  return (
    <div className="repair-details" data-testid="repair-details">
      <ul>
        {repairs.map((r, i) => (
          <li key={i}>
            {t(`repairs.kind.${r.kind}`, { count: 1 })}
            {r.path.length > 0 && <> · {t('repairs.where', { n: r.path[0] + 1 })}</>}
            {r.type && <> · {r.type}{r.attr ? `.${r.attr}` : ''}</>}
            {r.was !== undefined && <> · <code>{t('repairs.was', { value: shown(r.was) })}</code></>}
            {r.now !== undefined && <> · <code>{t('repairs.now', { value: shown(r.now) })}</code></>}
          </li>
        ))}
      </ul>
      {original && (
        <button type="button" className="link" onClick={() => downloadBytes(new TextEncoder().encode(original), fileName ?? 'noi-dung-goc.json', 'application/json')} data-testid="repair-download">
          {t('repairs.download')}
        </button>
      )}
    </div>
  );
}
