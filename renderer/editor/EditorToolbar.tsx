import { toggleMark } from 'prosemirror-commands';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { redo } from 'y-prosemirror';
import { undoRestoreOrUndo } from '../../shared/editor/plugins/restoreUndo.ts';
import { schema } from '../../shared/editor/schema.ts';
import { openFind } from '../../shared/editor/commands/findCommands.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { BlockTypeSelect } from './BlockTypeSelect.tsx';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';

export interface EditorToolbarProps {
  view: EditorView | null;
  state: EditorState | null;
  workspaceId: string;
  documentId: string;
  title: string;
  targetsOpen: boolean;
  onToggleTargets(): void;
  onNumbering(): void;
  onHeader(): void;
}

/** Undo/redo, marks, the block type of the cursor's block, document settings, panels and export. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { t } = useI18n();
  const { view } = props;
  const run = (command: Command) => () => {
    if (view) {
      command(view.state, view.dispatch, view);
      view.focus();
    }
  };
  return (
    <div className="toolbar no-print" role="toolbar">
      <button type="button" title={t('editor.undo')} aria-label={t('editor.undo')} onClick={run(undoRestoreOrUndo)}>
        ↶
      </button>
      <button type="button" title={t('editor.redo')} aria-label={t('editor.redo')} onClick={run(redo)}>
        ↷
      </button>
      <span className="sep" />
      <BlockTypeSelect view={view} state={props.state} />
      <button type="button" title={t('editor.bold')} onClick={run(toggleMark(schema.marks.strong))}>
        <b>Đ</b>
      </button>
      <button type="button" title={t('editor.italic')} onClick={run(toggleMark(schema.marks.em))}>
        <i>N</i>
      </button>
      <button type="button" title={t('editor.underline')} onClick={run(toggleMark(schema.marks.underline))}>
        <u>G</u>
      </button>
      <span className="sep" />
      <button type="button" title={t('find.openHint')} onClick={() => view && openFind(false)(view.state, view.dispatch)} data-testid="find-open">
        {t('find.open')}
      </button>
      <button type="button" onClick={props.onNumbering} data-testid="numbering-open">
        {t('numbering.open')}
      </button>
      <button type="button" onClick={props.onHeader} data-testid="header-open">
        {t('header.open')}
      </button>
      <button type="button" aria-pressed={props.targetsOpen} onClick={props.onToggleTargets} data-testid="targets-toggle">
        {t('targets.open')}
      </button>
      <ShortcutHelp />
      <span className="spacer" />
      <ExportButtons workspaceId={props.workspaceId} documentId={props.documentId} title={props.title} />
    </div>
  );
}
