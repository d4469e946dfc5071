import type { EditorView } from 'prosemirror-view';
import { openFind } from '../../../shared/editor/commands/findCommands.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** "Tìm" in the toolbar: opens the find bar (as Ctrl+F does). */
export function FindButton({ view }: { view: EditorView | null }) {
  const { t } = useI18n();
  return (
    <button type="button" title={t('find.openHint')} onClick={() => view && openFind(false)(view.state, view.dispatch)} data-testid="find-open">
      {t('find.open')}
    </button>
  );
}
