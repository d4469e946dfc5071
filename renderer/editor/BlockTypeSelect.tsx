import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { memo } from 'react';
import { chooseBlockType } from '../../shared/editor/commands/chooseBlockType.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { BLOCK_CHOICES, choiceValueOf, shortcutLabel } from '../../shared/editor/blockShortcuts.ts';
import { type ValueStore, useStoreValue } from './valueStore.ts';

/** The block-type choice of the block at the cursor, or null (the header, a table). */
function currentChoice(state: EditorState | null): string | null {
  const block = state && state.selection.$from.depth >= 1 ? state.selection.$from.node(1) : null;
  return block ? choiceValueOf(block.type.name, block.type.name === 'heading' ? (block.attrs.level as number) : null) : null;
}

/** The type of the block at the cursor; choosing another retypes the selected blocks. Re-renders only when that type changes. */
export const BlockTypeSelect = memo(function BlockTypeSelect({ view, states }: { view: EditorView | null; states: ValueStore<EditorState | null> }) {
  const { t } = useI18n();
  const current = useStoreValue(states, currentChoice);
  return (
    <select
      className="block-type"
      value={current ?? ''}
      disabled={!view || current === null}
      aria-label={t('editor.block.type')}
      title={t('editor.block.type')}
      data-testid="block-type"
      onChange={(event) => {
        const choice = BLOCK_CHOICES.find((c) => c.value === event.target.value);
        if (!view || !choice) return;
        chooseBlockType(choice)(view.state, view.dispatch, view);
        view.focus();
      }}
    >
      {current === null && <option value="">{t('editor.block.other')}</option>}
      {BLOCK_CHOICES.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {t(`editor.block.${choice.value}` as 'editor.block.paragraph')}
          {choice.key ? ` (${shortcutLabel(choice.key)})` : ''}
        </option>
      ))}
    </select>
  );
});
