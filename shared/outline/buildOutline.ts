import type { FlatBlock } from '../document/flatBlock.ts';
import { countWords } from '../text/countWords.ts';
import type { OutlineNode } from './outlineNode.ts';
import { depthOf } from './sectionRange.ts';

/** Running totals so a range's words and targets are two subtractions. */
function prefixSums(blocks: readonly FlatBlock[]): { words: number[]; targets: number[] } {
  const words = [0];
  const targets = [0];
  for (let i = 0; i < blocks.length; i++) {
    words.push(words[i] + countWords(blocks[i].text));
    targets.push(targets[i] + (blocks[i].type === 'target' ? 1 : 0));
  }
  return { words, targets };
}

/**
 * The section tree of a document, from its blocks and their labels (numberBlocks). O(n). Blocks
 * before the first outline block belong to no node. A heading that skips a level (a "2.3."
 * followed by "a)") is a child of the nearest shallower node.
 */
export function buildOutline(blocks: readonly FlatBlock[], labels: readonly (string | null)[]): OutlineNode[] {
  const sums = prefixSums(blocks);
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  const close = (node: OutlineNode, end: number) => {
    node.endIndex = end;
    node.words = sums.words[end] - sums.words[node.startIndex];
    node.targets = sums.targets[end] - sums.targets[node.startIndex];
  };
  blocks.forEach((block, i) => {
    const depth = depthOf(block);
    if (depth === null) return;
    while (open.length && open[open.length - 1].depth >= depth) close(open.pop()!, i);
    const node: OutlineNode = {
      id: block.id, type: block.type, level: block.level, depth, number: labels[i] ?? null,
      title: block.text.split('\n')[0].trim(), startIndex: i, endIndex: i + 1, words: 0, targets: 0, children: [],
    };
    (open.length ? open[open.length - 1].children : roots).push(node);
    open.push(node);
  });
  while (open.length) close(open.pop()!, blocks.length);
  return roots;
}
