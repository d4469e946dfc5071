import { useState } from 'react';
import { proposedWordings } from '../../../shared/feedback/wordingSuggestion.ts';
import type { FeedbackLinkJson } from '../../../shared/rpc/feedbackLinkContract.ts';
import { call } from '../../api/rpcClient.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../route/route.ts';
import { focusSuggestionOnOpen } from '../../suggestions/focusSuggestion.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { useAction, useLoad } from '../../ui/useRpc.ts';
import { LinkPicker } from './LinkPicker.tsx';

/**
 * A comment and the change that answered it, in its detail: "Tạo đề xuất sửa" on an anchored
 * comment that proposes wording (then "Đã tạo đề xuất" and a way to the document at it); the
 * links it has ("Đã tiếp thu vào: old → new"), made by accepting the suggestion or by a person
 * from the comparison ("Gắn với thay đổi…"), and unlinking. The server decides who may.
 */
export function ItemChange({ workspaceId, item, anchored, refresh, canLink, onChanged }: {
  workspaceId: string;
  item: { id: string; text: string };
  /** Whether the comment is anchored; null where that is not known (the clusters panel): offered, and the server says when it is not. */
  anchored: boolean | null;
  refresh: number;
  canLink: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const loaded = useLoad(() => call('feedback.links', { workspaceId, itemId: item.id }), [workspaceId, item.id, refresh]);
  const action = useAction();
  const done = async (work: () => Promise<unknown>) => {
    if (await action.run(work)) (loaded.reload(), onChanged());
  };
  const made = loaded.data?.suggestion ?? null;
  const proposes = anchored !== false && proposedWordings(item.text).length > 0;
  return (
    <div className="fb-change" data-testid="feedback-change">
      {loaded.error && <ErrorNote error={loaded.error} onRetry={loaded.reload} />}
      {action.error && <ErrorNote error={action.error} />}
      {proposes && !made && loaded.data && (
        <button type="button" disabled={action.busy} title={t('feedback.link.toSuggestionTitle')} data-testid="feedback-to-suggestion"
          onClick={() => void done(() => call('feedback.toSuggestion', { workspaceId, itemId: item.id }))}>
          {t('feedback.link.toSuggestion')}
        </button>
      )}
      {made && (
        <p className="fb-change-made" data-testid="feedback-suggestion-made">
          {t(made.status === 'accepted' ? 'feedback.link.madeAccepted' : made.status === 'rejected' ? 'feedback.link.madeRejected' : 'feedback.link.made')}{' '}
          <button type="button" className="link" data-testid="feedback-suggestion-open" onClick={() => {
            focusSuggestionOnOpen(made.documentId, made.id);
            navigate({ page: 'editor', workspaceId, documentId: made.documentId });
          }}>{t('feedback.link.openSuggestion')}</button>
        </p>
      )}
      {loaded.data?.links.map((link) => (
        <p key={link.id} className="fb-change-link" data-testid="feedback-link">
          <strong>{t('feedback.link.linked')}</strong> <LinkWording link={link} />{' '}
          <span className="feedback-muted">{linkHow(link, t)}</span>{' '}
          {canLink && (
            <button type="button" className="link" disabled={action.busy} data-testid="feedback-unlink"
              onClick={() => void done(() => call('feedback.unlink', { workspaceId, linkId: link.id }))}>{t('feedback.link.unlink')}</button>
          )}
        </p>
      ))}
      {canLink && anchored !== false && (
        <button type="button" className="link" aria-expanded={picking} data-testid="feedback-link-open" onClick={() => setPicking(!picking)}>
          {picking ? t('feedback.link.pickClose') : t('feedback.link.pick')}
        </button>
      )}
      {picking && (
        <LinkPicker workspaceId={workspaceId} itemId={item.id} onPicked={(picked) => void done(async () => {
          await call('feedback.linkChange', { workspaceId, itemId: item.id, ...picked });
          setPicking(false);
        })} />
      )}
    </div>
  );
}

/** The old → new wording of a link; an insertion or a deletion said as one. */
function LinkWording({ link }: { link: FeedbackLinkJson }) {
  const { t } = useI18n();
  if (link.oldText === '') return <span data-testid="feedback-link-wording">{t('feedback.link.added', { text: link.newText.trim() })}</span>;
  if (link.newText === '') return <span data-testid="feedback-link-wording">{t('feedback.link.removed', { text: link.oldText.trim() })}</span>;
  return (
    <span data-testid="feedback-link-wording">
      <del>“{link.oldText}”</del> → <ins>“{link.newText}”</ins>
    </span>
  );
}

function linkHow(link: FeedbackLinkJson, t: ReturnType<typeof useI18n>['t']): string {
  if (link.how === 'suggestion') return t('feedback.link.bySuggestion');
  return t('feedback.link.byPerson', { who: link.createdBy, older: link.olderDraft ?? '', newer: link.newerDraft ?? t('feedback.link.working') });
}
