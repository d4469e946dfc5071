import { useEffect } from 'react';
import { roleIn } from '../../shared/accounts/roles.ts';
import { suggestModeKey } from '../../shared/editor/keys.ts';
import type { SuggestModePatch } from '../../shared/editor/plugins/suggestModeState.ts';
import { useMember } from '../accounts/member.ts';
import type { EditorContext } from '../editor/EditorFeature.ts';
import { isOn } from '../editor/suggestions/suggestModePlugin.ts';
import { useStoreValue } from '../editor/valueStore.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * "Đề xuất sửa" in the toolbar: a toggle for drafters (and a local server's owner); always on for
 * reviewers, who may suggest but never change the text; absent for those who only read
 * (compilers, admins), whose mode is kept off. The server decides who may suggest anyway.
 */
export function SuggestModeToggle({ context }: { context: EditorContext }) {
  const { t } = useI18n();
  const { view, states, workspaceId } = context;
  const member = useMember();
  const role = member ? roleIn(member.grants, workspaceId) : 'owner';
  const forced = role === 'reviewer';
  const canSuggest = forced || role === 'drafter' || role === 'owner';
  const on = useStoreValue(states, (s) => (s ? isOn(s) : false));
  const set = (next: boolean) => view && !view.isDestroyed && view.dispatch(view.state.tr.setMeta(suggestModeKey, { on: next } satisfies SuggestModePatch));

  useEffect(() => {
    if (!view) return;
    if (forced && !on) set(true);
    if (!canSuggest && on) set(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, forced, canSuggest, on]);

  if (!canSuggest) return null;
  return (
    <button
      type="button"
      className={`suggest-mode${on ? ' on' : ''}`}
      aria-pressed={on}
      disabled={forced}
      title={t(forced ? 'suggestions.modeForced' : 'suggestions.modeOn')}
      data-testid="suggest-mode"
      onClick={() => {
        set(!on);
        view?.focus();
      }}
    >
      {t('suggestions.mode')}
    </button>
  );
}
