/**
 * The numbering scheme an imported document gets: the one that reproduces the numbers its source
 * printed (typed labels and Word's automatic numbers), so a target the whole city calls
 * "chỉ tiêu (12)" is still (12) after import. Numbers stay derived from structure: where no
 * scheme reproduces the source (a heading number typed twice), the derived number is kept and
 * the warning names every block whose number is not the source's.
 */
import { inferScheme } from '../numbering/inferScheme.ts';
import type { NumberableBlock } from '../numbering/numberBlocks.ts';
import { DEFAULT_SCHEME } from '../numbering/defaultScheme.ts';
import type { NumberingScheme } from '../numbering/scheme.ts';
import type { BuiltDoc, NodeJson } from './buildDoc.ts';
import type { ImportWarning } from './model.ts';

/** How many words of a block's text name it in the warning. */
const NAME_WORDS = 8;
/** How many blocks the warning's sentence names; `blocks` lists every one. */
const NAMED_MAX = 30;

function textOf(node: NodeJson): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hard_break') return ' ';
  return (node.content ?? []).map(textOf).join('');
}

/** "“2.5. Các nhiệm vụ và giải pháp chủ yếu”": the source's label and the first words of the text. */
function blockName(node: NodeJson, source: string): string {
  const words = textOf(node).trim().split(/\s+/u);
  const text = words.slice(0, NAME_WORDS).join(' ') + (words.length > NAME_WORDS ? '…' : '');
  return `“${source.trim()} ${text}”`;
}

function differsWarning(built: BuiltDoc, differing: readonly number[], derived: readonly (string | null)[]): ImportWarning {
  const blocks = differing.map((i) => ({
    id: String(built.doc.content[i].attrs?.id ?? ''),
    source: built.sourceNumbers[i]!,
    derived: derived[i],
  }));
  const names = differing.slice(0, NAMED_MAX).map((i, k) => `${blockName(built.doc.content[i], blocks[k].source)} nay là ${derived[i] ?? 'không số'}`);
  const more = differing.length > NAMED_MAX ? ` và ${differing.length - NAMED_MAX} khối khác` : '';
  return {
    code: 'numbering_differs',
    message:
      `Số thứ tự của ${differing.length} khối trong tệp không theo một quy tắc đánh số nào nên đã được đánh lại theo cấu trúc: ` +
      `${names.join('; ')}${more}. Hãy rà soát các khối này (số được suy ra từ cấu trúc, không gõ tay).`,
    blocks,
  };
}

/** The scheme for an imported document (starting from `base`, the document's current one), and the warning when some numbers differ. */
export function sourceNumbering(built: BuiltDoc, base: NumberingScheme = DEFAULT_SCHEME): { numbering: NumberingScheme; warning: ImportWarning | null } {
  const blocks: NumberableBlock[] = built.doc.content.map((node) => ({
    type: node.type as NumberableBlock['type'],
    level: typeof node.attrs?.level === 'number' ? node.attrs.level : null,
  }));
  const { scheme, derived, differing } = inferScheme(blocks, built.sourceNumbers, base);
  return { numbering: scheme, warning: differing.length ? differsWarning(built, differing, derived) : null };
}
