import { useI18n } from '../../i18n/I18nProvider.tsx';

interface Props {
  aliases: readonly string[];
  /** The name being typed, not added yet. */
  text: string;
  onText(text: string): void;
  onAdd(): void;
  onRemove(alias: string): void;
  testId: string;
}

/**
 * A source's other names as a list, each with its remove button, and a field to add one: Enter
 * with a name typed adds it (and does not submit the form); Enter on an empty field submits.
 */
export function AliasField({ aliases, text, onText, onAdd, onRemove, testId }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="feedback-source-aliases">
      <legend>{t('feedback.sources.aliases')}</legend>
      {aliases.map((alias) => (
        <span key={alias} className="feedback-source-alias" data-testid="feedback-source-alias">
          {alias}{' '}
          <button type="button" className="link" aria-label={t('feedback.sources.aliasRemove', { alias })} onClick={() => onRemove(alias)} data-testid="feedback-source-alias-remove">×</button>
        </span>
      ))}
      <input value={text} onChange={(e) => onText(e.target.value)} placeholder={t('feedback.sources.aliasPlaceholder')} aria-label={t('feedback.sources.aliasAdd')} data-testid={testId}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text.trim() !== '') { event.preventDefault(); onAdd(); }
        }} />
      <button type="button" onClick={onAdd} disabled={text.trim() === ''} data-testid={`${testId}-add`}>{t('feedback.sources.aliasAdd')}</button>
    </fieldset>
  );
}
