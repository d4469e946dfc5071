import type { SynopsisColumn } from '../../shared/compare/synopsis.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate } from '../ui/formatDate.ts';
import type { DraftSummary } from '../../shared/rpc/draftContract.ts';
import { numberLabel } from '../../shared/numbering/numberLabel.ts';
import { FormattingRun } from '../compare/EmphasisRun.tsx';

/** One draft's version of the block, its changes since the previous draft highlighted. */
function ColumnBody({ column }: { column: SynopsisColumn }) {
  const { t } = useI18n();
  if (column.blocks.length === 0) return <p className="muted">{t('synopsis.absent')}</p>;
  if (column.tokens.length === 0) {
    return (
      <>
        {column.blocks.map((b) => (
          <p key={b.id}>
            {b.number && <span className="block-number">{numberLabel(b.type, b.number)} </span>}
            {b.text}
          </p>
        ))}
      </>
    );
  }
  // Numbers are shown but not diffed (renumbering is not a change): the block's own, before its text.
  const first = column.blocks[0];
  return (
    <p className="syn-diff">
      {first.number && <span className="block-number">{numberLabel(first.type, first.number)} </span>}
      {column.tokens.map((token, k) => {
        if (token.op === 'equal' && token.emphasisBefore) return <FormattingRun key={k} text={token.text} emphasis={token.emphasis} before={token.emphasisBefore} />;
        if (token.op === 'equal') return <span key={k}>{token.text}</span>;
        const Tag = token.op === 'insert' ? 'ins' : 'del';
        return <Tag key={k} className={`cls-${token.class ?? 'substantive'}`}>{token.text}</Tag>;
      })}
    </p>
  );
}

/**
 * The block across drafts 1…N side by side, each column saying when, by whom and at what stage,
 * and last the working copy as it stands now.
 */
export function SynopsisColumns({ columns, drafts }: { columns: SynopsisColumn[]; drafts: DraftSummary[] }) {
  const { t, language } = useI18n();
  return (
    <div className="syn-columns" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(240px, 1fr))` }} data-testid="synopsis">
      {columns.map((column) => {
        const d = drafts[column.draft] as DraftSummary | undefined;
        const changed = column.draft > 0 && column.class !== null;
        const kind = changed ? t(`compare.class.${column.class!}`) : '';
        return (
          <section
            key={column.draft}
            className={`syn-col${changed ? ' changed' : ''}${d ? '' : ' working'}`}
            data-testid="synopsis-column"
            data-side={d ? d.number : 'working'}
            data-class={column.class ?? ''}
          >
            <header>
              {d ? (
                <>
                  <b>{t('drafts.title', { n: d.number })}</b>
                  <div className="small muted">
                    {formatDate(d.createdAt, language)} · {d.author} · {t(`drafts.stage.${d.stage}`)}
                  </div>
                  <div className="small">
                    {column.draft === 0 ? t('synopsis.first') : changed ? t('synopsis.changedBy', { author: d.author, kind }) : t('synopsis.unchanged')}
                  </div>
                </>
              ) : (
                <>
                  <b>{t('drafts.working')}</b>
                  <div className="small muted">{t('synopsis.workingNow')}</div>
                  <div className="small">{changed ? t('synopsis.changedSinceDraft', { n: drafts.length, kind }) : t('synopsis.unchangedSinceDraft', { n: drafts.length })}</div>
                </>
              )}
            </header>
            <ColumnBody column={column} />
          </section>
        );
      })}
    </div>
  );
}
