import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { CheckpointSummary, DraftSide, DraftSummary } from '../../shared/rpc/draftContract.ts';

/** Two sides to compare: by default the last draft against the working copy. */
export function ComparePicker({ drafts, checkpoints = [], onCompare }: { drafts: DraftSummary[]; checkpoints?: CheckpointSummary[]; onCompare(left: DraftSide, right: DraftSide): void }) {
  const { t } = useI18n();
  const last = drafts[drafts.length - 1]?.number;
  const [left, setLeft] = useState<string>(last ? String(last > 1 ? last - 1 : last) : 'working');
  const [right, setRight] = useState<string>(last && last > 1 ? String(last) : 'working');
  const options = [
    ...drafts.map((d) => ({ value: String(d.number), label: t('drafts.title', { n: d.number }) })),
    ...checkpoints.map((c) => ({ value: `c${c.number}`, label: t('drafts.checkpoint.title', { n: c.number }) })),
    { value: 'working', label: t('drafts.working') },
  ];
  const side = (v: string): DraftSide => (v === 'working' ? 'working' : v.startsWith('c') ? (v as DraftSide) : Number(v));
  return (
    <div className="compare-picker inline-form">
      <label>
        {t('drafts.compareLeft')}
        <select value={left} onChange={(e) => setLeft(e.target.value)} data-testid="pick-left">
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label>
        {t('drafts.compareRight')}
        <select value={right} onChange={(e) => setRight(e.target.value)} data-testid="pick-right">
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <button type="button" disabled={left === right} onClick={() => onCompare(side(left), side(right))} data-testid="compare-go">
        {t('drafts.compare')}
      </button>
    </div>
  );
}
