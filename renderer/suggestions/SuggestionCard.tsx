import type { SuggestionJson } from '../../shared/rpc/suggestionContract.ts';
import { suggestionColour } from '../../shared/suggestions/suggestionColour.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDateTime } from '../ui/formatDate.ts';

export interface SuggestionActions {
  /** The account name the server records for this person ('local' on a local server). */
  me: string;
  canDecide: boolean;
  jump(id: string): void;
  accept(s: SuggestionJson, anyway: boolean): void;
  reject(s: SuggestionJson): void;
}

/** One suggestion: who and when, what it deletes and inserts, whether its text changed since (both texts), and for drafters its decisions. */
export function SuggestionCard({ suggestion: s, actions }: { suggestion: SuggestionJson; actions: SuggestionActions }) {
  const { t, language } = useI18n();
  // One made from a comment is the organisation's (feedback.toSuggestion), whoever turned it into a suggestion.
  const who = s.onBehalfOf ?? (s.author === actions.me ? t('suggestions.you') : s.authorName || s.author);
  const decider = s.decidedBy === actions.me ? t('suggestions.you') : s.decidedByName || s.decidedBy || '';
  return (
    <article className="suggestion-card" data-testid="suggestion" data-suggestion={s.id} data-status={s.status} data-stale={s.stale} style={{ borderLeftColor: suggestionColour(s) }}>
      <div className="comment-head">
        <strong>{who}</strong>
        <time className="muted small" dateTime={s.createdAt}>
          {formatDateTime(s.createdAt, language)}
        </time>
      </div>
      <button type="button" className="suggestion-change" onClick={() => actions.jump(s.id)} title={t('suggestions.jump')} disabled={s.status !== 'open'}>
        {s.deletedText && (
          <span>
            {t('suggestions.deleted')}: <del data-testid="suggestion-deleted">{s.deletedText}</del>{' '}
          </span>
        )}
        {s.insertedText && (
          <span>
            {t('suggestions.inserted')}: <ins data-testid="suggestion-inserted">{s.insertedText}</ins>
          </span>
        )}
      </button>
      {s.stale && (
        <div className="suggestion-stale-note" data-testid="suggestion-stale">
          <span className="suggestion-badge">{t('suggestions.stale')}</span>
          <p className="small">{t('suggestions.madeOn', { text: s.deletedText })}</p>
          <p className="small">{s.currentText === null ? t('suggestions.gone') : t('suggestions.nowIs', { text: s.currentText })}</p>
        </div>
      )}
      {s.status !== 'open' && <p className="muted small">{t(s.status === 'accepted' ? 'suggestions.accepted' : 'suggestions.rejected', { name: decider })}</p>}
      {actions.canDecide && s.status === 'open' && (
        <div className="comment-thread-actions">
          {s.stale ? (
            s.currentText !== null && (
              <button type="button" data-testid="suggestion-accept-anyway" onClick={() => actions.accept(s, true)}>
                {t('suggestions.acceptAnyway')}
              </button>
            )
          ) : (
            <button type="button" data-testid="suggestion-accept" onClick={() => actions.accept(s, false)}>
              {t('suggestions.accept')}
            </button>
          )}
          <button type="button" data-testid="suggestion-reject" onClick={() => actions.reject(s)}>
            {t('suggestions.reject')}
          </button>
        </div>
      )}
    </article>
  );
}
