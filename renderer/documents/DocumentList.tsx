import { useState } from 'react';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentSummary } from '../../shared/rpc/documentContract.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { NewItemForm } from '../ui/NewItemForm.tsx';
import { toRpcError, useLoad } from '../ui/useRpc.ts';
import { DocumentRow } from './DocumentRow.tsx';
import { ImportButton } from './ImportButton.tsx';
import { TrashList } from './TrashList.tsx';
import './documents.css';

/** The documents of a workspace: open, create, import, rename, delete, and the trash. `onChanged` after any change. */
export function DocumentList({ workspaceId, onChanged }: { workspaceId: string; onChanged(): void }) {
  const { t } = useI18n();
  const list = useLoad(() => call('document.list', { workspaceId }), [workspaceId]);
  const trash = useLoad(() => call('document.listDeleted', { workspaceId }), [workspaceId]);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('political_report');
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);
  const [error, setError] = useState<RpcError | null>(null);

  async function run(action: () => Promise<unknown>) {
    try {
      setError(null);
      await action();
      list.reload();
      trash.reload();
      onChanged();
    } catch (e) {
      setError(toRpcError(e));
    }
  }

  async function create() {
    await run(async () => {
      const { document } = await call('document.create', { workspaceId, kind, title });
      setTitle('');
      navigate({ page: 'editor', workspaceId, documentId: document.id });
    });
  }

  return (
    <>
      <h2>{t('documents.heading')}</h2>
      {list.error && <ErrorNote error={list.error} onRetry={list.reload} />}
      {list.data?.documents.length === 0 && <p className="muted">{t('documents.empty')}</p>}
      <ul className="list" data-testid="document-list">
        {list.data?.documents.map((d) => (
          <DocumentRow
            key={d.id}
            document={d}
            onOpen={() => navigate({ page: 'editor', workspaceId, documentId: d.id })}
            onRename={(newTitle) => run(() => call('document.rename', { workspaceId, documentId: d.id, title: newTitle }))}
            onDelete={() => setDeleting(d)}
          />
        ))}
      </ul>
      <NewItemForm
        label={t('documents.new')}
        name={t('documents.title')}
        placeholder={t('documents.titlePlaceholder')}
        value={title}
        onChange={setTitle}
        onCreate={create}
        testIds={{ field: 'document-title', create: 'document-create' }}
      >
        <label>
          {t('documents.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)} data-testid="document-kind">
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`documents.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </NewItemForm>
      <ImportButton
        workspaceId={workspaceId}
        kind={kind}
        onImported={() => {
          list.reload();
          onChanged();
        }}
      />
      {error && <ErrorNote error={error} />}
      {trash.data && trash.data.documents.length > 0 && (
        <TrashList documents={trash.data.documents} onRestore={(d) => run(() => call('document.restore', { workspaceId, documentId: d.id }))} />
      )}
      {deleting && (
        <ConfirmDialog
          message={t('documents.deleteConfirm', { title: deleting.title })}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void run(() => call('document.delete', { workspaceId, documentId: id }));
          }}
        />
      )}
    </>
  );
}
