import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../ui/formatDate.ts';
import type { CheckpointSummary, DraftSummary, KeptVersion } from '../../shared/rpc/draftContract.ts';
import { replacedByText } from './replacedByText.ts';

interface Props {
  drafts: DraftSummary[];
  checkpoints: CheckpointSummary[];
  onOpen(number: number): void;
  onOpenCheckpoint(number: number): void;
  onCompareWithPrevious(number: number): void;
  onRestore(source: KeptVersion): void;
}

type Entry = { at: string; draft: DraftSummary } | { at: string; checkpoint: CheckpointSummary };

/**
 * The drafts of a document, newest first: number, date, stage, author, note and where it came
 * from; between them, the checkpoints kept automatically before each restore, which open and
 * restore like drafts but are not numbered among them.
 */
export function DraftTimeline({ drafts, checkpoints, onOpen, onOpenCheckpoint, onCompareWithPrevious, onRestore }: Props) {
  const { t, language } = useI18n();
  if (drafts.length === 0 && checkpoints.length === 0) return <p className="muted">{t('drafts.none')}</p>;
  const entries: Entry[] = [...drafts.map((draft) => ({ at: draft.createdAt, draft })), ...checkpoints.map((checkpoint) => ({ at: checkpoint.createdAt, checkpoint }))];
  entries.sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="timeline" data-testid="draft-timeline">
      {entries.map((e) =>
        'draft' in e ? (
          <li key={`d${e.draft.number}`} data-testid="draft-item" data-number={e.draft.number}>
            <div className="timeline-head">
              <b>{t('drafts.title', { n: e.draft.number })}</b>
              <span className="muted small">{formatDate(e.draft.createdAt, language)}</span>
            </div>
            <div className="small">
              {t(`drafts.stage.${e.draft.stage}`)} · {e.draft.author} · {t(`drafts.origin.${e.draft.origin}`)} · {t('editor.words', { count: e.draft.words })}
            </div>
            {e.draft.note && <div className="timeline-note">{e.draft.note}</div>}
            <div className="row-actions">
              <button type="button" onClick={() => onOpen(e.draft.number)} data-testid="draft-open">
                {t('drafts.open')}
              </button>
              {e.draft.number > 1 && (
                <button type="button" onClick={() => onCompareWithPrevious(e.draft.number)} data-testid="draft-compare-previous">
                  {t('drafts.compareWithPrevious', { n: e.draft.number - 1 })}
                </button>
              )}
              <button type="button" className="danger" onClick={() => onRestore({ draft: e.draft.number })} data-testid="draft-restore">
                {t('drafts.restore')}
              </button>
            </div>
          </li>
        ) : (
          <li key={`c${e.checkpoint.number}`} className="checkpoint" data-testid="checkpoint-item" data-number={e.checkpoint.number}>
            <div className="timeline-head">
              <i>{t('drafts.checkpoint.title', { n: e.checkpoint.number })}</i>
              <span className="muted small">{formatDate(e.checkpoint.createdAt, language)}</span>
            </div>
            <div className="small">
              {replacedByText(t, e.checkpoint)} · {e.checkpoint.author} · {t('editor.words', { count: e.checkpoint.words })}
            </div>
            <div className="row-actions">
              <button type="button" onClick={() => onOpenCheckpoint(e.checkpoint.number)} data-testid="checkpoint-open">
                {t('drafts.open')}
              </button>
              <button type="button" className="danger" onClick={() => onRestore({ checkpoint: e.checkpoint.number })} data-testid="checkpoint-restore">
                {t('drafts.restore')}
              </button>
            </div>
          </li>
        ),
      )}
    </ol>
  );
}
