import { useState } from 'react';
import { base64ToBytes } from '../api/base64.ts';
import type { RpcError } from '../api/rpcClient.ts';
import type { DraftSide } from '../../shared/rpc/draftContract.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBytes } from '../ui/downloadBytes.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';

/**
 * "Xuất .docx có theo dõi thay đổi": the server compares the two sides and writes the newer with
 * Word tracked changes (draft.exportComparison, the same file as `vankien compare --docx`); the
 * file downloads. The changes are signed with the local user's name.
 */
export function ExportComparisonButton({ workspaceId, documentId, sides }: { workspaceId: string; documentId: string; sides: [DraftSide, DraftSide] }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);

  async function exportDocx() {
    setBusy(true);
    setError(null);
    try {
      const file = await call('draft.exportComparison', { workspaceId, documentId, older: sides[0], newer: sides[1] });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName, file.mimeType);
    } catch (e) {
      setError(toRpcError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" disabled={busy} onClick={exportDocx} data-testid="export-docx" title={t('compare.exportHint')}>
        {t('compare.export')}
      </button>
      {error && <ErrorNote error={error} />}
    </>
  );
}
