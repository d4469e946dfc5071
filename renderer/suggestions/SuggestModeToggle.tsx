import { useEffect, useRef } from 'react';
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
 * reviewers, who may suggest but never change the text (on while the server's scope is read-only,
 * and off again when it no longer is, as a role changes mid-session); absent for those who only read
 * (compilers, admins), whose mode is kept off. The server decides who may suggest anyway.
 */
export function SuggestModeToggle({ context }: { context: EditorContext }) {
  const { t } = useI18n();
  const { view, states, workspaceId } = context;
  const member = useMember();
  const role = member ? roleIn(member.grants, workspaceId) : 'owner';
  const canSuggest = role === 'reviewer' || role === 'drafter' || role === 'owner';
  // Forced on whenever the server keeps this person from changing the text (a reviewer, or a drafter made one mid-session).
  const forced = canSuggest && context.readOnly;
  const on = useStoreValue(states, (s) => (s ? isOn(s) : false));
  const set = (next: boolean) => view && !view.isDestroyed && view.dispatch(view.state.tr.setMeta(suggestModeKey, { on: next } satisfies SuggestModePatch));

  // A reviewer made a drafter mid-session types into the text again: the forced mode ends with the role.
  const wasForced = useRef(false);
  useEffect(() => {
    if (!view) return;
    if (forced && !on) set(true);
    if (on && (!canSuggest || (wasForced.current && !forced))) set(false);
    wasForced.current = forced;
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
