import { useState, type KeyboardEvent } from 'react';
import { SOURCE_LEVELS, type FeedbackSource, type SourceLevel } from '../../../shared/feedback/model.ts';
import { parentChoices } from '../../../shared/feedback/sources/parentChoices.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AliasField } from './AliasField.tsx';

export type SourceFields = Omit<FeedbackSource, 'id'>;

export const EMPTY_SOURCE: SourceFields = { name: '', aliases: [], level: 'other', parentId: null };

interface Props {
  initial: SourceFields;
  /** The source being edited (it and those under it are not offered as its parent), or null for a new one. */
  editedId: string | null;
  sources: readonly FeedbackSource[];
  /** Enter or the save button; resolves once saved (the form is then reset to `initial`). */
  onSave(fields: SourceFields): Promise<boolean>;
  /** Escape or the cancel button. */
  onCancel(): void;
  /** Test ids: the fields are `${prefix}-name`, `-alias`, `-level`, `-parent`; `save` is the button's. */
  testIds: { prefix: string; save: string };
  saveLabel: string;
}

/**
 * A source's fields: name, other names, level and parent, picked from the registry so that no
 * cycle can be chosen. Enter saves (in the alias field, Enter adds the typed name first); Escape
 * cancels. A name typed in the alias field but not added yet is saved with the rest, not lost.
 */
export function SourceForm({ initial, editedId, sources, onSave, onCancel, testIds, saveLabel }: Props) {
  const { t } = useI18n();
  const [fields, setFields] = useState(initial);
  const [alias, setAlias] = useState('');
  const set = (change: Partial<SourceFields>) => setFields((f) => ({ ...f, ...change }));
  const withAlias = (f: SourceFields, text: string) => (text.trim() === '' || f.aliases.includes(text.trim()) ? f : { ...f, aliases: [...f.aliases, text.trim()] });
  const cancel = () => { setFields(initial); setAlias(''); onCancel(); };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') { event.preventDefault(); cancel(); }
  };
  const id = testIds.prefix;
  return (
    <form className="inline-form feedback-source-form" data-testid={`${id}-form`} onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(withAlias(fields, alias)).then((saved) => { if (saved) { setFields(initial); setAlias(''); } });
      }}>
      <label>{t('feedback.sources.name')}
        <input value={fields.name} onChange={(e) => set({ name: e.target.value })} placeholder={t('feedback.sources.placeholder')} data-testid={`${id}-name`} required autoFocus={editedId !== null} />
      </label>
      <AliasField aliases={fields.aliases} text={alias} onText={setAlias} testId={`${id}-alias`}
        onAdd={() => { set(withAlias(fields, alias)); setAlias(''); }}
        onRemove={(gone) => set({ aliases: fields.aliases.filter((a) => a !== gone) })} />
      <label>{t('feedback.sources.level')}
        <select value={fields.level} onChange={(e) => set({ level: e.target.value as SourceLevel })} data-testid={`${id}-level`}>
          {SOURCE_LEVELS.map((level) => <option key={level} value={level}>{t(`feedback.view.level.${level}`)}</option>)}
        </select>
      </label>
      <label>{t('feedback.sources.parent')}
        <select value={fields.parentId ?? ''} onChange={(e) => set({ parentId: e.target.value === '' ? null : e.target.value })} data-testid={`${id}-parent`}>
          <option value="">{t('feedback.sources.noParent')}</option>
          {parentChoices(sources, editedId).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <button type="submit" data-testid={testIds.save}>{saveLabel}</button>
      {editedId !== null && <button type="button" onClick={cancel} data-testid={`${id}-cancel`}>{t('ui.cancel')}</button>}
      <span className="feedback-muted">{t('feedback.sources.keys')}</span>
    </form>
  );
}
