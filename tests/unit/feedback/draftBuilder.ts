import type { BlockType } from '../../../shared/document/blockTypes.ts';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { numberBlocks } from '../../../shared/numbering/numberBlocks.ts';

type Spec = [type: BlockType, text: string, level?: number];

/** A draft from [type, text, level] rows: ids "d1", "d2" … (or `ids`), numbers as the product derives them. */
export function draftOf(specs: Spec[], ids?: string[]): NumberedBlock[] {
  const blocks = specs.map(([type, text, level], i) => ({ id: ids?.[i] ?? `d${i + 1}`, type, level: type === 'heading' ? (level ?? 1) : null, text }));
  const labels = numberBlocks(blocks);
  return blocks.map((b, i) => ({ ...b, number: labels[i] }));
}

export const sec = (text: string): Spec => ['section', text];
export const h = (level: number, text: string): Spec => ['heading', text, level];
export const p = (text: string): Spec => ['paragraph', text];
export const t = (text: string): Spec => ['target', text];
export const o = (text: string): Spec => ['ordinal', text];
