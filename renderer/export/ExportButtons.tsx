import { useState } from 'react';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import { base64ToBytes } from '../api/base64.ts';
import { downloadBytes } from '../ui/downloadBytes.ts';
import './export.css';

/**
 * "Xuất .docx", "Xuất .txt" (the server renders the working copy, or draft `draft` when given;
 * the file downloads) and, for the working copy, "In / PDF": the desktop shell's printToPdf when
 * there is one, else the browser's print with a print style sheet that shows only the page.
 */
export function ExportButtons({ workspaceId, documentId, title, draft }: { workspaceId: string; documentId: string; title: string; draft?: number }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);

  async function exportAs(format: 'docx' | 'txt') {
    setBusy(true);
    setError(null);
    try {
      const file =
        draft === undefined ? await call('document.export', { workspaceId, documentId, format }) : await call('draft.export', { workspaceId, documentId, number: draft, format });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName, file.mimeType);
    } catch (e) {
      setError(toRpcError(e));
    } finally {
      setBusy(false);
    }
  }

  async function print() {
    const bridge = window.vankien;
    if (!bridge?.printToPdf) return window.print();
    try {
      await bridge.printToPdf(`${title || 'van-kien'}.pdf`);
    } catch (e) {
      setError(toRpcError(e));
    }
  }

  return (
    <span className="export-buttons">
      <button type="button" disabled={busy} onClick={() => exportAs('docx')} data-testid="export-docx">
        {t('export.docx')}
      </button>
      <button type="button" disabled={busy} onClick={() => exportAs('txt')} data-testid="export-txt">
        {t('export.txt')}
      </button>
      {draft === undefined && (
        <button type="button" onClick={print} data-testid="export-pdf">
          {t('export.print')}
        </button>
      )}
      {error && <ErrorNote error={error} />}
    </span>
  );
}
