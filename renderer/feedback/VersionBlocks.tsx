import { useEffect, useRef } from 'react';
import type { MethodOutput } from '../../shared/rpc/contract.ts';

/** A block of a version of a document, with its number, as `draft.get` gives it. */
export type VersionBlock = MethodOutput<'draft.get'>['blocks'][number];

/**
 * The blocks of a version of a document to anchor a comment to, numbered as in the document, the
 * selected one outlined and kept in view: a click picks a block (and anchors to it). Used by the
 * "chưa gắn" queue and by the orphaned comments' re-anchoring, so both show and pick alike.
 */
export function VersionBlocks({ blocks, selected, onPick }: { blocks: readonly VersionBlock[]; selected: number; onPick(index: number): void }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, blocks.length]);
  return (
    <ol className="feedback-queue-blocks" ref={list}>
      {blocks.map((b, i) => (
        <li key={b.id} data-index={i} data-testid="feedback-queue-block" data-block-id={b.id} aria-selected={i === selected}
          className={`feedback-block-${b.type}`} onClick={() => onPick(i)}>
          {b.number && <span className="feedback-block-number">{b.number} </span>}{b.text}
        </li>
      ))}
    </ol>
  );
}
