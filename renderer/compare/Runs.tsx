import { memo } from 'react';
import type { Run } from './sideRuns.ts';

/** A side's lines of runs; changed runs are <del> on the left, <ins> on the right. */
export const Lines = memo(function Lines({ lines, side, plain }: { lines: Run[][]; side: 'left' | 'right'; plain: boolean }) {
  const Tag = side === 'left' ? 'del' : 'ins';
  return (
    <>
      {lines.map((line, k) => (
        <div className="cmp-line" key={k}>
          {line.map((run, n) =>
            run.changed && !plain ? (
              <Tag key={n} className={`cls-${run.class ?? 'substantive'}`}>
                {run.text}
              </Tag>
            ) : (
              <span key={n}>{run.text}</span>
            ),
          )}
        </div>
      ))}
    </>
  );
});
