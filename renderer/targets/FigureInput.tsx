import type { EditorView } from 'prosemirror-view';
import { useState } from 'react';
import type { TargetFigure } from '../../shared/targets/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { replaceFigureCommand } from '../../shared/editor/commands/figureEdit.ts';

/** A figure's text, editable: Enter or leaving the field rewrites it in the target's text; Escape reverts. */
export function FigureInput({ blockId, figure, view }: { blockId: string; figure: TargetFigure; view: EditorView | null }) {
  const { t } = useI18n();
  const [value, setValue] = useState(figure.text);
  const commit = () => {
    if (!view || value.trim() === figure.text) return;
    if (!replaceFigureCommand(blockId, figure, value)(view.state, view.dispatch)) setValue(figure.text);
  };
  return (
    <input
      className="figure-input"
      value={value}
      size={Math.min(14, Math.max(4, value.length))}
      aria-label={t('targets.editFigure', { figure: figure.text })}
      data-testid="figure-input"
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
        if (e.key === 'Escape') setValue(figure.text);
      }}
    />
  );
}
