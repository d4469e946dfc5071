import { base64ToBytes } from '../api/base64.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBytes } from '../ui/downloadBytes.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useAction } from '../ui/useRpc.ts';

/** "Xuất .xlsx": every comment of the workspace, with every field and its provenance, downloaded as one spreadsheet. */
export function ExportCommentsButton({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { busy, error, run } = useAction();
  const exportAll = () =>
    run(async () => {
      const file = await call('feedback.exportComments', { workspaceId });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName, file.mimeType);
    });

  return (
    <span className="feedback-export">
      <button type="button" disabled={busy} onClick={exportAll} data-testid="feedback-export-xlsx" title={t('feedback.export.title')}>
        {busy ? t('feedback.export.busy') : t('feedback.export.xlsx')}
      </button>
      {error && <ErrorNote error={error} />}
    </span>
  );
}
