import { useState } from 'react';
import { COMMENT_LIMITS } from '../../shared/comments/commentLimits.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { isSubmitKey } from '../ui/isSubmitKey.ts';

/** A text box and its send button (Ctrl+Enter sends); cleared once `onSend` succeeds. */
export function CommentForm(props: { label: MessageKey; send: MessageKey; initial?: string; autoFocus?: boolean; testId: string; onSend(body: string): Promise<boolean>; onCancel?(): void }) {
  const { t } = useI18n();
  const [body, setBody] = useState(props.initial ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (body.trim() === '' || busy) return;
    setBusy(true);
    const sent = await props.onSend(body);
    setBusy(false);
    if (sent) setBody('');
  };
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <textarea
        aria-label={t(props.label)}
        placeholder={t(props.label)}
        value={body}
        maxLength={COMMENT_LIMITS.body}
        autoFocus={props.autoFocus}
        data-testid={`${props.testId}-text`}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (isSubmitKey(event)) {
            event.preventDefault();
            void submit();
          }
          if (event.key === 'Escape') props.onCancel?.();
        }}
      />
      <div className="comment-form-actions">
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('ui.cancel')}
          </button>
        )}
        <button type="submit" disabled={busy || body.trim() === ''} data-testid={`${props.testId}-send`}>
          {t(props.send)}
        </button>
      </div>
    </form>
  );
}
