import { memo, type ReactNode } from 'react';
import { FormattingRun } from './EmphasisRun.tsx';
import type { Run } from './sideRuns.ts';

/**
 * A side's lines of runs; changed runs are <del> on the left, <ins> on the right, runs whose
 * emphasis changed a <mark> drawn with that side's emphasis. Unchanged runs
 * are bare text and lines are separated by "\n" (the cell is `white-space: pre-wrap`), so an
 * unchanged block is a single text node: most of a 1,200-row comparison is such blocks.
 */
export const Lines = memo(function Lines({ lines, side, plain }: { lines: Run[][]; side: 'left' | 'right'; plain: boolean }) {
  const Tag = side === 'left' ? 'del' : 'ins';
  const out: ReactNode[] = [];
  // An empty line (two "\n" in a row) is not drawn: a split's parts follow each other directly.
  lines.filter((line) => line.length > 0).forEach((line, k) => {
    if (k > 0) out.push('\n');
    for (const run of line) {
      if (run.formatting && !plain) {
        out.push(<FormattingRun key={out.length} text={run.text} emphasis={run.formatting.emphasis} before={run.formatting.before} />);
        continue;
      }
      out.push(
        run.changed && !plain ? (
          <Tag key={out.length} className={`cls-${run.class ?? 'substantive'}`}>
            {run.text}
          </Tag>
        ) : (
          run.text
        ),
      );
    }
  });
  return out.length === 1 ? out[0] : out;
});
