import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './ui.css';

interface Props {
  /** Shown above the text field ("Tạo văn kiện"). */
  label: string;
  /** The text field's accessible name ("Tên văn kiện"). */
  name: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  /** The create button or Enter, once the field is filled in (the browser checks `required`). */
  onCreate(): void;
  /** The test ids of the text field and of the create button. */
  testIds: { field: string; create: string };
  /** Fields before the text field (the document list's kind). */
  children?: ReactNode;
}

/**
 * The "new …" form under a list: a required text field and a create button ("Tạo"); Enter
 * creates. The list keeps the field's text and clears it once the new item exists.
 */
export function NewItemForm({ label, name, placeholder, value, onChange, onCreate, testIds, children }: Props) {
  const { t } = useI18n();
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate();
      }}
    >
      {children}
      <label>
        {label}
        <input value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} aria-label={name} data-testid={testIds.field} required />
      </label>
      <button type="submit" data-testid={testIds.create}>
        {t('ui.create')}
      </button>
    </form>
  );
}
