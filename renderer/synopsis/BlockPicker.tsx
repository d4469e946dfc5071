import { useMemo, useState } from 'react';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { foldKey } from '../../shared/text/normalize.ts';
import { numberLabel } from '../../shared/numbering/numberLabel.ts';

const LIMIT = 200;

function label(b: NumberedBlock): string {
  const text = b.text.length > 100 ? `${b.text.slice(0, 99)}…` : b.text;
  return b.number ? `${numberLabel(b.type, b.number)} ${text}` : text;
}

/** Finds a block of the latest draft by its words (tone marks and case ignored) or its number. */
export function BlockPicker({ blocks, selected, onPick }: { blocks: NumberedBlock[]; selected: string | null; onPick(id: string): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = foldKey(query.trim());
    const pickable = blocks.filter((b) => b.text.trim() && b.type !== 'header');
    return (q ? pickable.filter((b) => foldKey(label(b)).includes(q)) : pickable).slice(0, LIMIT);
  }, [blocks, query]);
  return (
    <div className="block-picker panel" data-testid="block-picker">
      <label className="stack">
        {t('synopsis.pick')}
        <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('synopsis.search')} data-testid="block-search" />
      </label>
      <ul className="pick-list">
        {matches.map((b) => (
          <li key={b.id} className={b.id === selected ? 'selected' : ''}>
            <button type="button" className="link" onClick={() => onPick(b.id)} data-testid="block-choice">
              <span className={`type-badge type-${b.type}`}>{t(`synopsis.type.${b.type === 'part' || b.type === 'section' || b.type === 'heading' ? 'section' : b.type === 'target' ? 'target' : 'paragraph'}`)}</span> {label(b)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
