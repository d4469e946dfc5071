import type { EditorView } from 'prosemirror-view';
import { useRef, useState, type FormEvent } from 'react';
import { EMPTY_HEADER, HEADER_FIELDS, type DocumentHeader } from '../../shared/document/header.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { useModal } from '../ui/useModal.ts';

/** The header's fields from the document, or the empty header when it has none. */
function currentHeader(view: EditorView): DocumentHeader {
  const first = view.state.doc.firstChild;
  if (first?.type.name !== 'header') return { ...EMPTY_HEADER };
  return Object.fromEntries(HEADER_FIELDS.map((f) => [f, String(first.attrs[f] ?? '')])) as unknown as DocumentHeader;
}

/** Multi-line fields: the issuing body may have a superior line above it. */
const MULTILINE: ReadonlySet<keyof DocumentHeader> = new Set(['issuingBody', 'title']);

/**
 * The form for the document header (36-HD fields). Saving sets the header node's attrs, or
 * inserts a header at the top when the document has none; its id stays.
 */
export function HeaderDialog({ view, onClose }: { view: EditorView; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState<DocumentHeader>(() => currentHeader(view));
  useModal(ref);

  function save(event: FormEvent) {
    event.preventDefault();
    const { state } = view;
    const first = state.doc.firstChild;
    const tr =
      first?.type.name === 'header'
        ? state.tr.setNodeMarkup(0, null, { ...first.attrs, ...fields })
        : state.tr.insert(0, state.schema.nodes.header.create({ id: null, ...fields }));
    view.dispatch(tr);
    onClose();
    view.focus();
  }

  return (
    <dialog ref={ref} className="dialog wide" onCancel={onClose} data-testid="header-dialog">
      <form onSubmit={save} className="header-form">
        <h2>{t('editor.header.title')}</h2>
        {HEADER_FIELDS.map((field) => (
          <label key={field}>
            {t(`editor.header.field.${field}` as 'editor.header.field.title')}
            {MULTILINE.has(field) ? (
              <textarea rows={2} value={fields[field]} data-testid={`header-${field}`} onChange={(e) => setFields({ ...fields, [field]: e.target.value })} />
            ) : (
              <input value={fields[field]} data-testid={`header-${field}`} onChange={(e) => setFields({ ...fields, [field]: e.target.value })} />
            )}
          </label>
        ))}
        <DialogActions onCancel={onClose} answer={{ label: t('ui.save'), submit: true, testId: 'header-save' }} />
      </form>
    </dialog>
  );
}
