import { type KeyboardEvent, useState } from 'react';
import { codeKey, codePaths, type Code } from '../../shared/feedback/tags/codebook.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** The code `typed` names (its name, or its whole path), tone placement and case aside; undefined when none. */
export function codeNamed(codes: readonly Code[], typed: string): Code | undefined {
  const key = codeKey(typed);
  if (key === '') return undefined;
  const paths = codePaths(codes);
  return codes.find((c) => codeKey(c.name) === key) ?? codes.find((c) => codeKey(paths.get(c.id) ?? '') === key);
}

/**
 * The theme picker: a field offering the codebook's names (a datalist of their paths); Enter
 * picks the code typed and empties the field, or says no code has that name. Backspace in the
 * empty field calls `onBackspace` (a comment's tags take their last one off). The one picker
 * of a comment's tags and of a selection's.
 */
export function CodePicker({ codes, listId, onPick, onBackspace, disabled = false, testId }: {
  codes: readonly Code[]; listId: string; onPick(code: Code): void; onBackspace?(): void; disabled?: boolean; testId: string;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [unknown, setUnknown] = useState<string | null>(null);
  const paths = codePaths(codes);
  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      const code = codeNamed(codes, typed);
      if (!code) return setUnknown(typed);
      setTyped('');
      onPick(code);
    } else if (event.key === 'Backspace' && typed === '' && onBackspace) {
      event.preventDefault();
      onBackspace();
    }
  }
  return (
    <>
      <input list={listId} value={typed} disabled={disabled} onChange={(e) => { setTyped(e.target.value); setUnknown(null); }} onKeyDown={onKey}
        placeholder={t('feedback.tags.add')} aria-label={t('feedback.tags.add')} data-testid={testId} />
      <datalist id={listId}>{codes.map((c) => <option key={c.id} value={c.name}>{paths.get(c.id)}</option>)}</datalist>
      {unknown !== null && <span className="feedback-flag" role="alert">{t('feedback.tags.unknown', { name: unknown })}</span>}
    </>
  );
}
