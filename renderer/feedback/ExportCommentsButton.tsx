import { useState } from 'react';
import { base64ToBytes } from '../api/base64.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBytes } from '../ui/downloadBytes.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';

/** "Xuất .xlsx": every comment of the workspace, with every field and its provenance, downloaded as one spreadsheet. */
export function ExportCommentsButton({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);

  async function exportAll() {
    setBusy(true);
    setError(null);
    try {
      const file = await call('feedback.exportComments', { workspaceId });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName, file.mimeType);
    } catch (e) {
      setError(toRpcError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="feedback-export">
      <button type="button" disabled={busy} onClick={exportAll} data-testid="feedback-export-xlsx" title={t('feedback.export.title')}>
        {busy ? t('feedback.export.busy') : t('feedback.export.xlsx')}
      </button>
      {error && <ErrorNote error={error} />}
    </span>
  );
}
