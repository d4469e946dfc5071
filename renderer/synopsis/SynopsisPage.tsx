import { useMemo } from 'react';
import { alignAcross } from '../../shared/compare/alignAcross.ts';
import { synopsis } from '../../shared/compare/synopsis.ts';
import { targetsAcrossDrafts } from '../../shared/compare/targetsAcrossDrafts.ts';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useDocumentTitle } from '../drafts/useDocumentTitle.ts';
import { BlockPicker } from './BlockPicker.tsx';
import { SynopsisColumns } from './SynopsisColumns.tsx';
import { TargetsTable } from './TargetsTable.tsx';
import { useAllDrafts } from './useAllDrafts.ts';
import './synopsis.css';

/** A block (paragraph, section or target) across every draft, and the targets table. */
export function SynopsisPage({ workspaceId, documentId, blockId }: { workspaceId: string; documentId: string; blockId: string | null }) {
  const { t } = useI18n();
  const title = useDocumentTitle(workspaceId, documentId);
  const all = useAllDrafts(workspaceId, documentId);
  // One lineage for both the synopsis and the targets table: it is the expensive part.
  const lineage = useMemo(() => (all.ready ? alignAcross(all.blocks) : null), [all.ready, all.blocks]);
  const columns = useMemo(() => (lineage && blockId ? synopsis(all.blocks, blockId, lineage) : []), [lineage, blockId, all.blocks]);
  const targets = useMemo(() => (lineage ? targetsAcrossDrafts(all.blocks, lineage) : []), [lineage, all.blocks]);
  const pick = (id: string) => navigate({ page: 'synopsis', workspaceId, documentId, blockId: id });
  return (
    <div className="synopsis-page">
      <header className="topbar">
        <button type="button" className="link" onClick={() => history.back()}>
          {t('ui.back')}
        </button>
        <h1 title={`${t('synopsis.heading')} — ${title}`}>
          {t('synopsis.heading')} — {title}
        </h1>
        <LanguageSwitch />
      </header>
      {all.error && <ErrorNote error={all.error} />}
      {!all.ready && !all.error && (
        <p className="muted" role="status">
          <progress value={all.done} max={Math.max(1, all.total)} /> {t('synopsis.loading', { done: all.done, total: all.total })}
        </p>
      )}
      {all.ready && all.drafts.length === 0 && <p className="muted">{t('drafts.none')}</p>}
      {all.ready && all.drafts.length > 0 && (
        <div className="synopsis-body">
          <BlockPicker blocks={all.blocks[all.blocks.length - 1]} selected={blockId} onPick={pick} />
          <div className="synopsis-main">
            {blockId && columns.length === 0 && <p className="muted">{t('synopsis.notFound')}</p>}
            {!blockId && <p className="muted">{t('synopsis.pickHint')}</p>}
            {columns.length > 0 && <SynopsisColumns columns={columns} drafts={all.drafts} />}
            <h2>{t('synopsis.targets')}</h2>
            <TargetsTable rows={targets} drafts={all.drafts} onPick={pick} />
          </div>
        </div>
      )}
    </div>
  );
}
