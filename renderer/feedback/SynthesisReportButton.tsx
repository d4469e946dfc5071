import { useState } from 'react';
import { base64ToBytes } from '../api/base64.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBytes } from '../ui/downloadBytes.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useAction, useLoad } from '../ui/useRpc.ts';
import './synthesis.css';

/**
 * "Xuất báo cáo tổng hợp (.docx)": the synthesis report of one document's feedback, written on the
 * server (a job) and downloaded. The document is chosen when the workspace has several; the draft
 * is the latest commented on unless a number is given.
 */
export function SynthesisReportButton({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const documents = useLoad(() => call('document.list', { workspaceId }), [workspaceId]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const { busy, error, run } = useAction();
  const list = documents.data?.documents ?? [];
  const documentId = chosen ?? list[0]?.id ?? null;
  const draftNumber = /^\d+$/u.test(draft.trim()) ? Number(draft.trim()) : undefined;
  const exportReport = () =>
    run(async () => {
      if (!documentId) return;
      const file = await call('feedback.synthesisReport', { workspaceId, documentId, ...(draftNumber ? { draftNumber } : {}) });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName, file.mimeType);
    });

  return (
    <span className="feedback-export feedback-synthesis">
      {list.length > 1 && (
        <select aria-label={t('feedback.synthesis.document')} value={documentId ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="feedback-synthesis-document">
          {list.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
        </select>
      )}
      <input
        className="feedback-synthesis-draft" inputMode="numeric" size={3} value={draft} onChange={(e) => setDraft(e.target.value)}
        aria-label={t('feedback.synthesis.draft')} title={t('feedback.synthesis.draft')} placeholder="N" data-testid="feedback-synthesis-draft"
      />
      <button type="button" disabled={busy || !documentId} onClick={exportReport} data-testid="feedback-synthesis-docx"
        title={documentId ? t('feedback.synthesis.title') : t('feedback.synthesis.noDocument')} aria-busy={busy}>
        {busy ? t('feedback.synthesis.busy') : t('feedback.synthesis.button')}
      </button>
      {(error ?? documents.error) && <ErrorNote error={(error ?? documents.error)!} />}
    </span>
  );
}
