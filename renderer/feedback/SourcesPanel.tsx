import { useState } from 'react';
import type { FeedbackSource } from '../../shared/feedback/model.ts';
import { bytesToBase64 } from '../api/base64.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import { EMPTY_SOURCE, SourceForm } from './sources/SourceForm.tsx';
import { SourceRow } from './sources/SourceRow.tsx';

/**
 * The sources registry: each source editable in place (name, other names, level, parent) and
 * deletable when nothing uses it (the server refuses otherwise, and its reason is shown), a
 * "new source" form with the same fields, and a registry file to import.
 */
export function SourcesPanel({ workspaceId, sources, onChanged }: { workspaceId: string; sources: FeedbackSource[]; onChanged(): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<RpcError | null>(null);
  const [imported, setImported] = useState<{ created: number; updated: number } | null>(null);
  // How many flagged comments the last change of the registry attributed (the server matches them again).
  const [attributed, setAttributed] = useState(0);
  const run = async (action: () => Promise<object>): Promise<boolean> => {
    setError(null);
    try {
      const result = await action();
      setAttributed('attributed' in result && typeof result.attributed === 'number' ? result.attributed : 0);
      onChanged();
      return true;
    } catch (e) {
      setError(toRpcError(e));
      return false;
    }
  };
  return (
    <section className="feedback-batches" data-testid="feedback-sources">
      <details>
        <summary>{t('feedback.sources.heading', { count: sources.length })}</summary>
        <ul>
          {sources.map((s) => (
            <SourceRow key={s.id} source={s} sources={sources}
              onUpdate={(source) => run(() => call('feedback.updateSource', { workspaceId, sourceId: s.id, source }))}
              onDelete={() => run(() => call('feedback.deleteSource', { workspaceId, sourceId: s.id }))} />
          ))}
        </ul>
        <p>{t('feedback.sources.new')}</p>
        <SourceForm initial={EMPTY_SOURCE} editedId={null} sources={sources} saveLabel={t('ui.create')} testIds={{ prefix: 'feedback-source', save: 'feedback-source-create' }}
          onCancel={() => setError(null)}
          onSave={(source) => run(() => call('feedback.createSource', { workspaceId, source }))} />
        <label>{t('feedback.sources.import')}{' '}
          <input type="file" accept=".xlsx,.csv" data-testid="feedback-sources-file" onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(async () => { const result = await call('feedback.importSources', { workspaceId, fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }); setImported(result); return result; });
          }} />
        </label>
        {imported && <p className="feedback-result-ok">{t('feedback.sources.imported', imported)}</p>}
        {attributed > 0 && <p className="feedback-result-ok" data-testid="feedback-sources-attributed">{t('feedback.sources.attributed', { count: attributed })}</p>}
      </details>
      {error && <ErrorNote error={error} />}
    </section>
  );
}
