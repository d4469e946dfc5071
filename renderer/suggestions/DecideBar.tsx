import { useState } from 'react';
import type { SuggestionJson } from '../../shared/rpc/suggestionContract.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Accept or reject every open suggestion, or every one of the author chosen (a drafter's bar above the list). */
export function DecideBar({ open, me, run, refInput, onStaleLeft }: {
  open: readonly SuggestionJson[];
  me: string;
  run: <T>(change: () => Promise<T>) => Promise<T | null>;
  refInput: { workspaceId: string; documentId: string };
  onStaleLeft(count: number): void;
}) {
  const { t } = useI18n();
  const [author, setAuthor] = useState('');
  const authors = [...new Map(open.map((s) => [s.author, s.author === me ? t('suggestions.you') : s.authorName || s.author])).entries()];
  const scope = { ...refInput, ...(author ? { author } : {}) };
  return (
    <div className="suggestion-bar" data-testid="suggestions-bar">
      <label className="small">
        {t('suggestions.byAuthor')}{' '}
        <select value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="suggestions-author">
          <option value="">{t('suggestions.anyAuthor')}</option>
          {authors.map(([name, shown]) => (
            <option key={name} value={name}>
              {shown}
            </option>
          ))}
        </select>
      </label>
      <div className="comment-thread-actions">
        <button
          type="button"
          data-testid="suggestions-accept-all"
          onClick={async () => {
            const result = await run(() => call('suggestion.acceptAll', scope));
            if (result) onStaleLeft(result.stale.length);
          }}
        >
          {t('suggestions.acceptAll')}
        </button>
        <button type="button" data-testid="suggestions-reject-all" onClick={() => void run(() => call('suggestion.rejectAll', scope))}>
          {t('suggestions.rejectAll')}
        </button>
      </div>
    </div>
  );
}
