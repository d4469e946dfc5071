import { useState } from 'react';
import type { ColumnMapping } from '../../shared/feedback/ingest/columnRoles.ts';
import { bytesToBase64 } from '../api/base64.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import { FilePreview, type Preview } from './FilePreview.tsx';

interface Chosen {
  key: number;
  fileName: string;
  dataBase64: string;
  mapping?: ColumnMapping;
  preview?: Preview;
  error?: RpcError;
  result?: { items: number; flagged: number } | { error: RpcError };
}

let nextKey = 1;

/**
 * The ingestion panel: choose files (or paste text), see each file's preview — what will be
 * created, the column mapping, the rows that will not be — before anything is written, then
 * import them one batch per file with a progress bar and each file's outcome.
 */
export function IngestPanel({ workspaceId, onImported }: { workspaceId: string; onImported(): void }) {
  const { t } = useI18n();
  const [files, setFiles] = useState<Chosen[]>([]);
  const [pasted, setPasted] = useState('');
  const [documentTitle, setDocumentTitle] = useState('');
  const [draft, setDraft] = useState('');
  const [onlyNewRows, setOnlyNewRows] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const update = (key: number, change: Partial<Chosen>) => setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));

  async function preview(file: Chosen) {
    try {
      const result = await call('feedback.preview', { workspaceId, fileName: file.fileName, dataBase64: file.dataBase64, mapping: file.mapping });
      update(file.key, { preview: result, error: undefined, mapping: result.mapping ?? undefined });
    } catch (e) {
      update(file.key, { error: toRpcError(e), preview: undefined });
    }
  }

  function add(chosen: { fileName: string; bytes: Uint8Array }[]) {
    const added = chosen.map(({ fileName, bytes }) => ({ key: nextKey++, fileName, dataBase64: bytesToBase64(bytes) }));
    setFiles((list) => [...list, ...added]);
    for (const file of added) void preview(file);
  }

  async function start() {
    const ready = files.filter((f) => f.preview && !f.result);
    setProgress({ done: 0, total: ready.length });
    for (const [i, file] of ready.entries()) {
      try {
        const { batch } = await call('feedback.import', {
          workspaceId, fileName: file.fileName, dataBase64: file.dataBase64, mapping: file.mapping,
          documentTitle: documentTitle.trim() || undefined, draftNumber: /^[1-9]\d*$/u.test(draft) ? Number(draft) : undefined, onlyNewRows,
        });
        update(file.key, { result: { items: batch.items, flagged: batch.flagged } });
      } catch (e) {
        update(file.key, { result: { error: toRpcError(e) } });
      }
      setProgress({ done: i + 1, total: ready.length });
    }
    onImported();
  }

  const pending = files.filter((f) => f.preview && !f.result).length;
  return (
    <section className="feedback-ingest" data-testid="feedback-ingest">
      <h2>{t('feedback.ingest.heading')}</h2>
      <p className="feedback-muted">{t('feedback.ingest.hint')}</p>
      <input type="file" multiple accept=".docx,.xlsx,.csv,.txt" data-testid="feedback-files" aria-label={t('feedback.ingest.choose')}
        onChange={async (e) => {
          const list = [...(e.target.files ?? [])];
          e.target.value = '';
          add(await Promise.all(list.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
        }} />
      <label>{t('feedback.ingest.paste')}<textarea data-testid="feedback-paste" value={pasted} onChange={(e) => setPasted(e.target.value)} /></label>
      <button type="button" disabled={pasted.trim() === ''} onClick={() => { add([{ fileName: t('feedback.ingest.pastedName'), bytes: new TextEncoder().encode(pasted) }]); setPasted(''); }}>
        {t('feedback.ingest.pasteAdd')}
      </button>
      <div className="feedback-options">
        <label>{t('feedback.ingest.document')} <input value={documentTitle} onChange={(e) => setDocumentTitle(e.target.value)} data-testid="feedback-document" /></label>
        <label>{t('feedback.ingest.draft')} <input value={draft} size={3} inputMode="numeric" onChange={(e) => setDraft(e.target.value)} data-testid="feedback-draft" /></label>
        <label><input type="checkbox" checked={onlyNewRows} onChange={(e) => setOnlyNewRows(e.target.checked)} data-testid="feedback-only-new" /> {t('feedback.ingest.onlyNew')}</label>
      </div>
      {files.map((file) => (
        <div key={file.key} data-testid="feedback-file">
          {!file.preview && !file.error && <p className="feedback-muted">{t('feedback.ingest.reading', { name: file.fileName })}</p>}
          {file.error && <><strong>{file.fileName}</strong><ErrorNote error={file.error} /></>}
          {file.preview && !file.result && (
            <FilePreview preview={file.preview} onRemove={() => setFiles((list) => list.filter((f) => f.key !== file.key))}
              onMapping={(mapping) => { const next = { ...file, mapping }; update(file.key, { mapping }); void preview(next); }} />
          )}
          {file.result && ('error' in file.result
            ? <><strong>{t('feedback.result.failed', { file: file.fileName })}</strong><ErrorNote error={file.result.error} /></>
            : <p className="feedback-result-ok" data-testid="feedback-result">{t('feedback.result.ok', { file: file.fileName, items: file.result.items, flagged: file.result.flagged })}</p>)}
        </div>
      ))}
      {progress && (
        <div>
          <progress className="feedback-progress" value={progress.done} max={progress.total} data-testid="feedback-progress" />
          <span>{t('feedback.ingest.progress', progress)}</span>
        </div>
      )}
      <button type="button" disabled={pending === 0} onClick={() => void start()} data-testid="feedback-start">{t('feedback.ingest.start', { count: pending })}</button>
    </section>
  );
}
