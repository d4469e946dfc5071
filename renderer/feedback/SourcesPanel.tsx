import { useState } from 'react';
import type { FeedbackSource } from '../../shared/feedback/model.ts';
import { bytesToBase64 } from '../api/base64.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { NewItemForm } from '../ui/NewItemForm.tsx';
import { toRpcError } from '../ui/useRpc.ts';

/** The sources registry: its names, a "new source" field and a registry file to import. */
export function SourcesPanel({ workspaceId, sources, onChanged }: { workspaceId: string; sources: FeedbackSource[]; onChanged(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<RpcError | null>(null);
  const [imported, setImported] = useState<{ created: number; updated: number } | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(toRpcError(e));
    }
  };
  return (
    <section className="feedback-batches" data-testid="feedback-sources">
      <details>
        <summary>{t('feedback.sources.heading', { count: sources.length })}</summary>
        <ul>{sources.map((s) => <li key={s.id}>{s.name}{s.aliases.length > 0 && <span className="feedback-muted"> ({s.aliases.join('; ')})</span>}</li>)}</ul>
        <NewItemForm label={t('feedback.sources.new')} name={t('feedback.sources.name')} placeholder={t('feedback.sources.placeholder')} value={name} onChange={setName}
          testIds={{ field: 'feedback-source-name', create: 'feedback-source-create' }}
          onCreate={() => void run(async () => { await call('feedback.createSource', { workspaceId, source: { name, aliases: [], level: 'other', parentId: null } }); setName(''); })} />
        <label>{t('feedback.sources.import')}{' '}
          <input type="file" accept=".xlsx,.csv" data-testid="feedback-sources-file" onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(async () => setImported(await call('feedback.importSources', { workspaceId, fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })));
          }} />
        </label>
        {imported && <p className="feedback-result-ok">{t('feedback.sources.imported', imported)}</p>}
      </details>
      {error && <ErrorNote error={error} />}
    </section>
  );
}
