import type { CheckpointSummary } from '../../../shared/rpc/draftContract.ts';
import type { CheckpointRecord } from '../../storage/CheckpointStore.ts';

/** A stored checkpoint as the contract shows it. */
export function toCheckpointSummary(record: CheckpointRecord): CheckpointSummary {
  const { numbering: _numbering, ...summary } = record;
  return summary;
}
