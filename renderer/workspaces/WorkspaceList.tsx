import { useState } from 'react';
import { call } from '../api/rpcClient.ts';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorDetail } from '../ui/ErrorDetail.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { NewItemForm } from '../ui/NewItemForm.tsx';
import { toRpcError, useLoad } from '../ui/useRpc.ts';
import type { RpcError } from '../api/rpcClient.ts';

/** The workspaces in the data folder; `refresh` changes when their document counts may have. */
export function WorkspaceList({ selected, refresh }: { selected: string | null; refresh: number }) {
  const { t } = useI18n();
  const list = useLoad(() => call('workspace.list', {}), [refresh]);
  const [name, setName] = useState('');
  const [error, setError] = useState<RpcError | null>(null);

  async function create() {
    try {
      const { workspace } = await call('workspace.create', { name });
      setName('');
      list.reload();
      navigate({ page: 'home', workspaceId: workspace.id });
    } catch (e) {
      setError(toRpcError(e));
    }
  }

  return (
    <section className="panel workspaces">
      <h2>{t('workspaces.heading')}</h2>
      {list.error && <ErrorNote error={list.error} onRetry={list.reload} />}
      {list.data?.workspaces.length === 0 && <p className="muted">{t('workspaces.empty')}</p>}
      {list.data?.unreadable.map((file) => (
        <p key={file.id} className="error-note" role="alert" data-testid="workspace-unreadable">
          {t('workspaces.unreadable', { file: `${file.id}.vkws`, message: file.message })}
          <ErrorDetail detail={file.detail} />
        </p>
      ))}
      <ul className="list" data-testid="workspace-list">
        {list.data?.workspaces.map((w) => (
          <li key={w.id} className={w.id === selected ? 'selected' : ''}>
            <a href={`#/w/${encodeURIComponent(w.id)}`}>
              <strong>{w.name}</strong>
              <span className="muted"> · {t('workspaces.documents', { count: w.documentCount })}</span>
            </a>
          </li>
        ))}
      </ul>
      <NewItemForm
        label={t('workspaces.new')}
        name={t('workspaces.name')}
        placeholder={t('workspaces.namePlaceholder')}
        value={name}
        onChange={setName}
        onCreate={create}
        testIds={{ field: 'workspace-name', create: 'workspace-create' }}
      />
      {error && <ErrorNote error={error} />}
      {list.data && (
        <p className="muted small" data-testid="data-dir">
          {list.data.dataDir ? t('workspaces.folder', { dir: list.data.dataDir }) : t('workspaces.serverFolder')}
        </p>
      )}
    </section>
  );
}
