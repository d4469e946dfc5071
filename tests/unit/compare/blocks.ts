import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import type { BlockType } from '../../../shared/document/blockTypes.ts';

/** Builds a block for comparison tests: `b('p1', 'Text')`, `b('t3', 'Text', '(3)', 'target')`. */
export function b(id: string, text: string, number: string | null = null, type: BlockType = 'paragraph'): NumberedBlock {
  return { id, type, level: type === 'heading' ? 1 : null, number, text };
}
