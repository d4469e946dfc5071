import type { NodeJson } from '../../import/buildDoc.ts';

/** The plain text of an imported node: its text nodes joined, hard breaks as "\n", paragraphs of a cell as "\n". */
export function nodeText(node: NodeJson): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hard_break') return '\n';
  const parts = (node.content ?? []).map(nodeText);
  return node.type === 'table_cell' ? parts.join('\n') : parts.join('');
}
