import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from './draftLabel.ts';
import type { DraftSummary } from './draftRpc.ts';

interface Props {
  drafts: DraftSummary[];
  onOpen(number: number): void;
  onCompareWithPrevious(number: number): void;
  onRestore(number: number): void;
}

/** The drafts of a document, newest first: number, date, stage, author, note and where it came from. */
export function DraftTimeline({ drafts, onOpen, onCompareWithPrevious, onRestore }: Props) {
  const { t, language } = useI18n();
  if (drafts.length === 0) return <p className="muted">{t('drafts.none')}</p>;
  return (
    <ol className="timeline" data-testid="draft-timeline">
      {[...drafts].reverse().map((d) => (
        <li key={d.number} data-testid="draft-item" data-number={d.number}>
          <div className="timeline-head">
            <b>{t('drafts.title', { n: d.number })}</b>
            <span className="muted small">{formatDate(d.createdAt, language)}</span>
          </div>
          <div className="small">
            {t(`drafts.stage.${d.stage}`)} · {d.author} · {t(`drafts.origin.${d.origin}`)} · {t('editor.words', { count: d.words })}
          </div>
          {d.note && <div className="timeline-note">{d.note}</div>}
          <div className="row-actions">
            <button type="button" onClick={() => onOpen(d.number)} data-testid="draft-open">
              {t('drafts.open')}
            </button>
            {d.number > 1 && (
              <button type="button" onClick={() => onCompareWithPrevious(d.number)} data-testid="draft-compare-previous">
                {t('drafts.compareWithPrevious', { n: d.number - 1 })}
              </button>
            )}
            <button type="button" className="danger" onClick={() => onRestore(d.number)} data-testid="draft-restore">
              {t('drafts.restore')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
