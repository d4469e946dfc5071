import { type FormEvent, useRef, useState } from 'react';
import { DRAFT_STAGES } from '../../shared/rpc/draftContract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import type { RpcError } from '../api/rpcClient.ts';
import type { DraftStage } from '../../shared/rpc/draftContract.ts';
import { useIdentity } from '../identity/identity.ts';
import { useModal } from '../ui/useModal.ts';

/** What a new draft is stamped with (its author is whoever is signed in: the server signs it). */
export interface DraftMeta {
  stage: DraftStage;
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
 * The dialog that freezes or imports a draft: stage, note, and for an import the file. Who froze
 * it is shown, not asked: it is the signed-in person (`identity.me`), whom the server records;
 * there is no field that could put another name on the draft (or rename you). It stays open with the error in a sentence when the server
 * refuses, and says that it is working while it waits.
 */
export function DraftMetaDialog({ title, submitLabel, withFile, defaultStage, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const identity = useIdentity();
  const [meta, setMeta] = useState<DraftMeta>({ stage: defaultStage, note: '', file: null });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  useModal(ref);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(meta);
      onClose();
    } catch (e) {
      setError(toRpcError(e));
      setBusy(false);
    }
  };
  const ready = (!withFile || meta.file !== null) && !busy;
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
        <p className="draft-author" data-testid="draft-author">
          {t('drafts.author')}: <strong>{identity?.displayName ?? '…'}</strong>
        </p>
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
