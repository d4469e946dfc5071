import { useRef, useState } from 'react';
import type { DocumentKind } from '../../shared/rpc/documentContract.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { bytesToBase64 } from '../api/base64.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import { ImportWarnings } from './ImportWarnings.tsx';

/**
 * "Nhập từ tệp": the chosen .docx/.txt/.md goes to the server as base64 and becomes a new
 * document of `kind`, named after the file's header (or the file). The server's errors (empty, too large, encrypted, old .doc …) are shown as
 * it words them; its warnings are shown before the new document opens.
 */
export function ImportButton({ workspaceId, kind, onImported }: { workspaceId: string; kind: DocumentKind; onImported(): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  const [done, setDone] = useState<{ documentId: string; warnings: string[] } | null>(null);
  const open = (documentId: string) => navigate({ page: 'editor', workspaceId, documentId });

  async function importFile(file: File) {
    setBusy(true);
    setError(null);
    try {
      const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const result = await call('document.import', { workspaceId, kind, fileName: file.name, dataBase64 });
      onImported();
      if (result.warnings.length === 0) open(result.document.id);
      else setDone({ documentId: result.document.id, warnings: result.warnings });
    } catch (e) {
      setError(toRpcError(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="import-button">
      <input
        ref={input}
        type="file"
        accept=".docx,.txt,.md"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
        }}
      />
      <button type="button" disabled={busy} onClick={() => input.current?.click()} data-testid="import-open">
        {busy ? t('documents.import.busy') : t('documents.import.button')}
      </button>
      {error && <ErrorNote error={error} />}
      {done && <ImportWarnings warnings={done.warnings} onOpen={() => open(done.documentId)} onClose={() => setDone(null)} />}
    </div>
  );
}
