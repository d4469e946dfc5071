import { useState } from 'react';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { usePageKeys } from '../ui/usePageKeys.ts';
import { toRpcError, useLoad } from '../ui/useRpc.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { bytesToBase64 } from '../api/base64.ts';
import { AdoptImportDialog } from './AdoptImportDialog.tsx';
import { ComparePicker } from './ComparePicker.tsx';
import { type DraftMeta, DraftMetaDialog } from './DraftMetaDialog.tsx';
import { keptTitle } from './draftLabel.ts';
import type { DraftSide, KeptVersion } from '../../shared/rpc/draftContract.ts';
import { DraftTimeline } from './DraftTimeline.tsx';

interface Props {
  workspaceId: string;
  documentId: string;
  onClose(): void;
}

type Dialog = { kind: 'freeze' } | { kind: 'import' } | { kind: 'restore'; source: KeptVersion } | null;

/** The drafts of the open document: freeze, import, open, restore, and pick two sides to compare. */
export function DraftsPanel({ workspaceId, documentId, onClose }: Props) {
  const { t } = useI18n();
  const ref = { workspaceId, documentId };
  const list = useLoad(() => call('draft.list', ref), [workspaceId, documentId]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const [notice, setNotice] = useState('');
  // The draft just imported, while the panel asks whether the working copy becomes it.
  const [adopt, setAdopt] = useState<number | null>(null);
  const drafts = list.data?.drafts ?? [];
  const next = (drafts[drafts.length - 1]?.number ?? 0) + 1;
  const lastStage = drafts[drafts.length - 1]?.stage ?? 'subcommittee';
  // Escape in one of the panel's dialogs closes that dialog only.
  usePageKeys((e) => e.key === 'Escape' && onClose());

  const freeze = async ({ stage, note }: DraftMeta) => {
    const { draft } = await call('draft.freeze', { ...ref, stage, note });
    setNotice(t('drafts.frozen', { n: draft.number }));
    list.reload();
  };
  const importFile = async ({ stage, note, file }: DraftMeta) => {
    const dataBase64 = bytesToBase64(new Uint8Array(await file!.arrayBuffer()));
    const { draft } = await call('draft.import', { ...ref, stage, note, fileName: file!.name, dataBase64 });
    setNotice(t('drafts.imported', { n: draft.number }));
    list.reload();
    setAdopt(draft.number);
  };
  const keepWorkingCopy = (number: number) => {
    setAdopt(null);
    setNotice(`${t('drafts.imported', { n: number })} ${t('drafts.adopt.keptNotice', { n: number })}`);
  };
  const restore = async (source: KeptVersion) => {
    setDialog(null);
    try {
      const target = 'draft' in source ? { number: source.draft } : { checkpoint: source.checkpoint };
      const result = await call('draft.restore', { ...ref, ...target });
      const done = 'draft' in source ? t('drafts.restored', { n: source.draft }) : t('drafts.restoredCheckpoint', { title: keptTitle(t, source) });
      setNotice(result.restored && result.before ? `${done} ${t('drafts.restore.kept', { before: keptTitle(t, result.before) })}` : t('drafts.restore.same'));
      list.reload();
    } catch (e) {
      setError(toRpcError(e));
    }
  };
  const compare = (left: DraftSide, right: DraftSide) => navigate({ page: 'compare', ...ref, left: String(left), right: String(right) });

  return (
    <aside className="drafts-panel" data-testid="drafts-panel" aria-label={t('drafts.panel')}>
      <div className="drafts-head">
        <h2>{t('drafts.panel')}</h2>
        <button type="button" className="link" onClick={onClose} aria-label={t('ui.close')}>
          ✕
        </button>
      </div>
      <div className="row-actions wrap">
        <button type="button" onClick={() => setDialog({ kind: 'freeze' })} data-testid="freeze-draft">
          {t('drafts.freeze', { n: next })}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })} data-testid="import-draft">
          {t('drafts.import', { n: next })}
        </button>
      </div>
      {notice && <p className="notice" role="status" data-testid="drafts-notice">{notice}</p>}
      {(list.error || error) && <ErrorNote error={(error ?? list.error)!} onRetry={list.reload} />}
      {drafts.length > 0 && <ComparePicker key={drafts.length} drafts={drafts} checkpoints={list.data?.checkpoints ?? []} onCompare={compare} />}
      <div className="row-actions wrap">
        {drafts.length > 0 && (
          <button type="button" className="link" onClick={() => navigate({ page: 'changes', ...ref })} data-testid="open-changes">
            {t('drafts.whoChanged', { n: drafts[drafts.length - 1].number })}
          </button>
        )}
        {drafts.length > 0 && (
          <button type="button" className="link" onClick={() => navigate({ page: 'synopsis', ...ref, blockId: null })} data-testid="open-synopsis">
            {t('synopsis.open')}
          </button>
        )}
      </div>
      {list.loading && !list.data && <p className="muted">{t('ui.loading')}</p>}
      <DraftTimeline
        drafts={drafts}
        checkpoints={list.data?.checkpoints ?? []}
        onOpen={(number) => navigate({ page: 'draft', ...ref, number })}
        onOpenCheckpoint={(number) => navigate({ page: 'checkpoint', ...ref, number })}
        onCompareWithPrevious={(n) => compare(n - 1, n)}
        onRestore={(source) => setDialog({ kind: 'restore', source })}
      />
      {dialog?.kind === 'freeze' && (
        <DraftMetaDialog title={t('drafts.freeze', { n: next })} submitLabel={t('drafts.freezeSubmit')} withFile={false} defaultStage={lastStage} onSubmit={freeze} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'import' && (
        <DraftMetaDialog title={t('drafts.import', { n: next })} submitLabel={t('drafts.importSubmit')} withFile defaultStage={lastStage} onSubmit={importFile} onClose={() => setDialog(null)} />
      )}
      {adopt !== null && (
        <AdoptImportDialog
          number={adopt}
          onAdopt={() => {
            setAdopt(null);
            void restore({ draft: adopt });
          }}
          onKeep={() => keepWorkingCopy(adopt)}
        />
      )}
      {dialog?.kind === 'restore' && (
        <ConfirmDialog
          message={'draft' in dialog.source ? t('drafts.restoreConfirm', { n: dialog.source.draft }) : t('drafts.checkpoint.restoreConfirm', { title: keptTitle(t, dialog.source) })}
          onConfirm={() => restore(dialog.source)}
          onCancel={() => setDialog(null)}
        />
      )}
    </aside>
  );
}
