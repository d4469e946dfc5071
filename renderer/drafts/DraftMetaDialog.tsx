import { type FormEvent, useRef, useState } from 'react';
import { DRAFT_STAGES } from '../../shared/rpc/draftContract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import type { RpcError } from '../api/rpcClient.ts';
import type { DraftStage } from '../../shared/rpc/draftContract.ts';
import { localUserName, rememberUserName } from './localUserName.ts';
import { useModal } from '../ui/useModal.ts';

/** What a new draft is stamped with. */
export interface DraftMeta {
  stage: DraftStage;
  author: string;
  note: string;
  file: File | null;
}

interface Props {
  title: string;
  submitLabel: string;
  /** Ask for a file too (importing a draft made outside the app). */
  withFile: boolean;
  defaultStage: DraftStage;
  onSubmit(meta: DraftMeta): Promise<void>;
  onClose(): void;
}

/**
 * The dialog that freezes or imports a draft: stage, author (this machine's user by default),
 * note, and for an import the file. It stays open with the error in a sentence when the server
 * refuses, and says that it is working while it waits.
 */
export function DraftMetaDialog({ title, submitLabel, withFile, defaultStage, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [meta, setMeta] = useState<DraftMeta>({ stage: defaultStage, author: localUserName(), note: '', file: null });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  useModal(ref);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(meta);
      rememberUserName(meta.author);
      onClose();
    } catch (e) {
      setError(toRpcError(e));
      setBusy(false);
    }
  };
  const ready = meta.author.trim() !== '' && (!withFile || meta.file !== null) && !busy;
  return (
    <dialog ref={ref} className="dialog draft-dialog" onCancel={onClose} data-testid="draft-dialog">
      <form onSubmit={submit} className="stack-form">
        <h2>{title}</h2>
        {withFile && (
          <label>
            {t('drafts.file')}
            <input type="file" accept=".docx,.txt,.md" onChange={(e) => setMeta({ ...meta, file: e.target.files?.[0] ?? null })} data-testid="draft-file" />
          </label>
        )}
        <label>
          {t('drafts.stage')}
          <select value={meta.stage} onChange={(e) => setMeta({ ...meta, stage: e.target.value as DraftStage })} data-testid="draft-stage">
            {DRAFT_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`drafts.stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('drafts.author')}
          <input value={meta.author} onChange={(e) => setMeta({ ...meta, author: e.target.value })} maxLength={200} required data-testid="draft-author" />
        </label>
        <label>
          {t('drafts.note')}
          <textarea value={meta.note} onChange={(e) => setMeta({ ...meta, note: e.target.value })} maxLength={5000} rows={3} data-testid="draft-note" />
        </label>
        {error && <ErrorNote error={error} />}
        {busy && <p className="muted" role="status">{t('drafts.busy')}</p>}
        <DialogActions onCancel={onClose} answer={{ label: submitLabel, submit: true, disabled: !ready, testId: 'draft-submit' }} />
      </form>
    </dialog>
  );
}
