import { useI18n } from '../i18n/I18nProvider.tsx';
import type { EditorPanel } from './EditorFeature.ts';

/** The toolbar button that opens and closes a toggled panel. */
export function PanelToggle({ toggle, open, onToggle }: { toggle: NonNullable<EditorPanel['toggle']>; open: boolean; onToggle(): void }) {
  const { t } = useI18n();
  return (
    <button type="button" aria-pressed={open} onClick={onToggle} data-testid={toggle.testId}>
      {t(toggle.label)}
    </button>
  );
}
