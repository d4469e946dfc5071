import { toggleMark } from 'prosemirror-commands';
import type { Command } from 'prosemirror-state';
import { Fragment, type ReactNode } from 'react';
import { redo } from 'y-prosemirror';
import { undoRestoreOrUndo } from '../../shared/editor/plugins/restoreUndo.ts';
import { schema } from '../../shared/editor/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { BlockTypeSelect } from './BlockTypeSelect.tsx';
import type { EditorContext, ToolbarEntry } from './EditorFeature.ts';
import { inOrder } from './featureSlots.ts';
import { ShortcutHelp } from './ShortcutHelp.tsx';

export interface EditorToolbarProps {
  context: EditorContext;
  /** What features add to the toolbar (their entries and the toggles of their panels). */
  entries: readonly ToolbarEntry[];
  onNumbering(): void;
  onHeader(): void;
}

/**
 * Undo/redo, marks, the block type of the cursor's block, document settings and help, with the
 * features' entries (find, panels, export) in their places among them (see ToolbarEntry). In a
 * read-only editor the entries that change the text are disabled.
 */
export function EditorToolbar({ context, entries, onNumbering, onHeader }: EditorToolbarProps) {
  const { t } = useI18n();
  const { view, readOnly } = context;
  const run = (command: Command) => () => {
    if (view) {
      command(view.state, view.dispatch, view);
      view.focus();
    }
  };
  const own = (id: string, order: number, node: ReactNode): ToolbarEntry => ({ id, place: 'toolbar', order, render: () => node });
  const items = [
    own('undo', 10, <button type="button" title={t('editor.undo')} aria-label={t('editor.undo')} onClick={run(undoRestoreOrUndo)} disabled={readOnly}>↶</button>),
    own('redo', 20, <button type="button" title={t('editor.redo')} aria-label={t('editor.redo')} onClick={run(redo)} disabled={readOnly}>↷</button>),
    own('sep-history', 30, <span className="sep" />),
    own('block-type', 40, <BlockTypeSelect view={readOnly ? null : view} states={context.states} />),
    // The letters are the language's own: Đậm Nghiêng Gạch chân, Bold Italic Underline.
    own('bold', 50, <button type="button" title={t('editor.bold')} aria-label={t('editor.bold')} onClick={run(toggleMark(schema.marks.strong))} disabled={readOnly} data-testid="mark-bold"><b>{t('editor.bold.letter')}</b></button>),
    own('italic', 60, <button type="button" title={t('editor.italic')} aria-label={t('editor.italic')} onClick={run(toggleMark(schema.marks.em))} disabled={readOnly} data-testid="mark-italic"><i>{t('editor.italic.letter')}</i></button>),
    own('underline', 70, <button type="button" title={t('editor.underline')} aria-label={t('editor.underline')} onClick={run(toggleMark(schema.marks.underline))} disabled={readOnly} data-testid="mark-underline"><u>{t('editor.underline.letter')}</u></button>),
    own('sep-marks', 80, <span className="sep" />),
    own('numbering', 300, <button type="button" onClick={onNumbering} disabled={readOnly} data-testid="numbering-open">{t('editor.numbering.open')}</button>),
    own('header', 310, <button type="button" onClick={onHeader} disabled={readOnly} data-testid="header-open">{t('editor.header.open')}</button>),
    own('shortcut-help', 500, <ShortcutHelp />),
    own('spacer', 600, <span className="spacer" />),
    ...entries,
  ];
  return (
    <div className="toolbar no-print" role="toolbar">
      {inOrder(items).map((item) => (
        <Fragment key={item.id}>{item.render(context)}</Fragment>
      ))}
    </div>
  );
}
