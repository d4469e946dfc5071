import type { EditorState } from 'prosemirror-state';
import { useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  DEFAULT_SCHEME, formatCounter, kindDepth, NUMBER_STYLES, NUMBERED_KINDS, OUTLINE_LEVELS, parseNumberingScheme, withRule,
  type NumberedKind, type NumberingScheme, type NumberStyle, type ResetRule,
} from '../../shared/numbering/index.ts';
import { NUMBERING_KEY } from '../../shared/document/documentSettings.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { numberingKey } from '../../shared/editor/keys.ts';
import { NUMBERING_ORIGIN } from '../../shared/editor/origins.ts';
import { useModal } from '../ui/useModal.ts';

/** Restart rules a kind may have: outline kinds only levels above them (the scheme's own rule). */
function resetChoices(kind: NumberedKind): ResetRule[] {
  const depth = kindDepth(kind);
  const levels = depth === null ? OUTLINE_LEVELS : OUTLINE_LEVELS.slice(0, depth);
  return ['continue', ...levels];
}

const sample = (style: NumberStyle) => [1, 2, 3].map((n) => formatCounter(style, n, style === 'decimal-path' ? '1' : '')).filter(Boolean).join(', ') || '—';

/**
 * "Đánh số": the numbering scheme per level (style, and what restarts the counter), written to
 * the document's Y.Doc settings so that every collaborator's editor restyles at once.
 */
export function NumberingDialog({ state, settings, onClose }: { state: EditorState; settings: Y.Map<unknown>; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<NumberingScheme>(() => numberingKey.getState(state)?.scheme ?? DEFAULT_SCHEME);
  const [error, setError] = useState<string | null>(null);
  useModal(ref);

  function save() {
    try {
      const scheme = parseNumberingScheme(draft);
      settings.doc!.transact(() => settings.set(NUMBERING_KEY, scheme), NUMBERING_ORIGIN);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <dialog ref={ref} className="dialog numbering-dialog" onCancel={onClose} data-testid="numbering-dialog">
      <h2>{t('editor.numbering.title')}</h2>
      <table className="form-table">
        <thead>
          <tr>
            <th>{t('editor.numbering.level')}</th>
            <th>{t('editor.numbering.style')}</th>
            <th>{t('editor.numbering.reset')}</th>
          </tr>
        </thead>
        <tbody>
          {NUMBERED_KINDS.map((kind) => (
            <tr key={kind}>
              <td>{t(`editor.numbering.kind.${kind}` as 'editor.numbering.kind.part')}</td>
              <td>
                <select value={draft[kind].style} data-testid={`numbering-style-${kind}`} onChange={(e) => setDraft(withRule(draft, kind, { style: e.target.value as NumberStyle }))}>
                  {NUMBER_STYLES.map((style) => (
                    <option key={style} value={style}>
                      {t(`editor.numbering.style.${style}` as 'editor.numbering.style.none')} ({sample(style)})
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select value={draft[kind].reset} data-testid={`numbering-reset-${kind}`} onChange={(e) => setDraft(withRule(draft, kind, { reset: e.target.value as ResetRule }))}>
                  {resetChoices(kind).map((reset) => (
                    <option key={reset} value={reset}>
                      {t(`editor.numbering.reset.${reset}` as 'editor.numbering.reset.continue')}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <div className="error-note" role="alert">{error}</div>}
      <DialogActions
        onCancel={onClose}
        answer={{ label: t('ui.save'), onClick: save, testId: 'numbering-save' }}
        start={
          <button type="button" onClick={() => setDraft(DEFAULT_SCHEME)}>
            {t('editor.numbering.default')}
          </button>
        }
      />
    </dialog>
  );
}
