/**
 * What the tracked-changes export needs of a comparison: the minimal shape the comparison engine
 * (shared/compare/) produces, declared here so export does not depend on the engine's internals.
 *
 * Rows come in the reading order of the newer (right) draft, with deleted blocks where they
 * stood. For every row: the `equal` and `delete` tokens concatenated give `left.text`, and the
 * `equal` and `insert` tokens give `right.text`.
 */
export type ComparisonOp = 'equal' | 'modified' | 'inserted' | 'deleted' | 'moved' | 'split' | 'merged';

export interface ComparisonSide {
  number: string | null;
  text: string;
  type?: string;
  level?: number | null;
}

export interface ComparisonToken {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ComparisonRow {
  op: ComparisonOp;
  left: ComparisonSide | null;
  right: ComparisonSide | null;
  tokens: readonly ComparisonToken[];
}
