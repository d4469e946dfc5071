import { useState } from 'react';
import { foldText } from '../../../shared/feedback/foldText.ts';
import type { LinkCandidateJson } from '../../../shared/rpc/feedbackLinkContract.ts';
import { call } from '../../api/rpcClient.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../route/route.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { useLoad } from '../../ui/useRpc.ts';

/** Changes shown before the person searches (the list is the server's, up to its own cap). */
const SHOWN = 100;

/**
 * The comparison of the draft a comment was written against with the next one (or the working
 * copy), as a list of changed blocks to link the comment to: those touching its blocks first,
 * then the rest, searchable (case and tone-mark placement ignored). The whole comparison is a
 * link away.
 */
export function LinkPicker({ workspaceId, itemId, onPicked }: { workspaceId: string; itemId: string; onPicked(picked: { olderBlockId: string | null; newerBlockId: string | null }): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const loaded = useLoad(() => call('feedback.linkCandidates', { workspaceId, itemId }), [workspaceId, itemId]);
  if (loaded.error) return <ErrorNote error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <p className="feedback-muted">{t('ui.loading')}</p>;
  const { documentId, older, newer, changes } = loaded.data;
  const key = foldText(query.trim().normalize('NFC'));
  const shown = changes.filter((c) => key === '' || foldText(`${c.oldText}\n${c.newText}`).includes(key));
  const touching = shown.filter((c) => c.touchesAnchor);
  const others = shown.filter((c) => !c.touchesAnchor).slice(0, SHOWN);
  const newerName = newer === null ? t('feedback.link.working') : `${newer}`;
  return (
    <section className="fb-link-picker" data-testid="feedback-link-picker">
      <h4>{t('feedback.link.compared', { older, newer: newerName })}{' '}
        <button type="button" className="link" onClick={() => navigate({ page: 'compare', workspaceId, documentId, left: String(older), right: newer === null ? 'working' : String(newer) })}>
          {t('feedback.link.openCompare')}
        </button>
      </h4>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('feedback.link.search')} aria-label={t('feedback.link.search')} data-testid="feedback-link-search" />
      {changes.length === 0 && <p className="feedback-muted">{t('feedback.link.none')}</p>}
      {touching.length > 0 && <h5>{t('feedback.link.touching')}</h5>}
      <ul>{touching.map((c, i) => <Candidate key={`a${i}`} change={c} onPick={onPicked} />)}</ul>
      {others.length > 0 && <h5>{t('feedback.link.others')}</h5>}
      <ul>{others.map((c, i) => <Candidate key={`o${i}`} change={c} onPick={onPicked} />)}</ul>
    </section>
  );
}

function Candidate({ change, onPick }: { change: LinkCandidateJson; onPick(picked: { olderBlockId: string | null; newerBlockId: string | null }): void }) {
  const { t } = useI18n();
  return (
    <li className="fb-link-candidate" data-testid="feedback-link-candidate" data-touches={change.touchesAnchor}>
      <span className="feedback-muted">{change.number ? `${change.number} ` : ''}{t(`feedback.link.op.${change.op}` as 'feedback.link.op.modified')}</span>{' '}
      {change.oldText && <del>{change.oldText}</del>} {change.newText && <ins>{change.newText}</ins>}{' '}
      <button type="button" data-testid="feedback-link-pick" onClick={() => onPick({ olderBlockId: change.olderBlockId, newerBlockId: change.newerBlockId })}>{t('feedback.link.choose')}</button>
    </li>
  );
}
