import { useEffect, useState } from 'react';
import { codePaths, type Code, type ItemTag } from '../../shared/feedback/tags/codebook.ts';
import type { TagSuggestion } from '../../shared/feedback/tags/suggestTags.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError, useAction } from '../ui/useRpc.ts';
import { CodePicker } from './CodePicker.tsx';

/**
 * A comment's themes: its tags (✕ takes one off; "gợi ý" marks one a suggestion set), a field
 * to add one by typing its name (Enter adds the code it names, tone placement and case aside;
 * Backspace in the empty field takes the last one off), and the codes suggested — from similar
 * tagged comments, from the comment's section (its most used tags, its heading) — each with why,
 * one click each.
 */
export function ItemTags({ workspaceId, itemId, refresh = 0, codes, canTag, onChanged }: { workspaceId: string; itemId: string; refresh?: number; codes: readonly Code[]; canTag: boolean; onChanged(): void }) {
  const { t } = useI18n();
  const [tags, setTags] = useState<ItemTag[] | null>(null);
  const [suggestions, setSuggestions] = useState<TagSuggestion[]>([]);
  const [error, setError] = useState<RpcError | null>(null);
  const [generation, setGeneration] = useState(0);
  const paths = codePaths(codes);

  useEffect(() => {
    let live = true;
    void Promise.all([call('feedback.tags', { workspaceId, itemIds: [itemId] }), call('feedback.suggestTags', { workspaceId, itemId })]).then(
      ([own, suggested]) => {
        if (!live) return;
        setTags(own.tags);
        setSuggestions(suggested.suggestions);
      },
      (e: unknown) => live && setError(toRpcError(e)),
    );
    return () => {
      live = false;
    };
  }, [workspaceId, itemId, generation, refresh]);

  const action = useAction();
  async function run(work: () => Promise<unknown>) {
    if (!(await action.run(work))) return;
    setGeneration((g) => g + 1);
    onChanged();
  }

  const add = (codeId: string, setBy: 'person' | 'suggestion' = 'person') => run(() => call('feedback.tag', { workspaceId, itemIds: [itemId], codeId, setBy }));
  const remove = (codeId: string) => run(() => call('feedback.untag', { workspaceId, itemIds: [itemId], codeId }));

  const shownError = action.error ?? error;
  if (!tags) return error ? <ErrorNote error={error} /> : null;
  const listId = `codes-${itemId}`;
  return (
    <div className="feedback-tags" data-testid="feedback-tags">
      <span className="feedback-muted">{t('feedback.tags.label')}</span>
      {tags.map((tag) => (
        <span key={tag.codeId} className={`feedback-tag${tag.setBy === 'suggestion' ? ' suggested' : ''}`} data-testid="feedback-tag">
          {paths.get(tag.codeId) ?? tag.codeId}
          {tag.setBy === 'suggestion' && <small> ({t('feedback.tags.bySuggestion')})</small>}
          {canTag && (
            <button type="button" className="link" aria-label={t('feedback.tags.remove', { name: paths.get(tag.codeId) ?? '' })} onClick={() => void remove(tag.codeId)}>✕</button>
          )}
        </span>
      ))}
      {canTag && (
        <CodePicker codes={codes} listId={listId} onPick={(code) => void add(code.id)} testId="feedback-tag-input"
          onBackspace={() => tags.length > 0 && void remove(tags[tags.length - 1].codeId)} />
      )}
      {canTag && suggestions.length > 0 && (
        <span className="feedback-suggested" data-testid="feedback-tag-suggestions">
          {t('feedback.tags.suggested')}{' '}
          {suggestions.map((s) => (
            <button key={s.codeId} type="button" className="feedback-tag suggested" onClick={() => void add(s.codeId, 'suggestion')} data-testid="feedback-tag-suggestion"
              title={t('feedback.tags.suggestedWhy', { count: s.from.length })}>
              + {paths.get(s.codeId) ?? s.codeId}{' '}
              <small data-testid="feedback-tag-reason">({s.reasons.map((r) => t(`feedback.tags.reason.${r}`)).join(', ')})</small>
            </button>
          ))}
        </span>
      )}
      {shownError && <ErrorNote error={shownError} />}
    </div>
  );
}
