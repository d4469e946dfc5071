import type { BlockChange, ClusterChange } from './synthesisTypes.ts';

const QUOTE_CHARS = 600;
const quoted = (text: string) => `“${text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text}”`;

function blockText(change: BlockChange, many: boolean, at: number): string {
  const which = many ? `Đoạn ${at + 1}: ` : '';
  switch (change.kind) {
    case 'unchanged': return `${which}Không thay đổi.`;
    case 'removed': return `${which}Đoạn này đã bỏ.`;
    case 'linked': {
      const how = change.how === 'suggestion' ? 'Tiếp thu qua đề xuất sửa' : 'Tiếp thu';
      if (!change.newText) return `${which}${how}: bỏ ${quoted(change.oldText)}.`;
      if (!change.oldText) return `${which}${how}: bổ sung ${quoted(change.newText)}.`;
      return `${which}${how}: ${quoted(change.oldText)} sửa thành ${quoted(change.newText)}.`;
    }
    case 'changed': {
      const number = change.number ? `${change.number} ` : '';
      return `${which}${change.minor ? 'Sửa câu chữ' : 'Đã sửa'} thành: ${quoted(`${number}${change.text}`)}`;
    }
  }
}

/**
 * What changed in the next version, in words: "Không thay đổi.", the new wording ("Đã sửa thành:
 * “…”", or "Sửa câu chữ thành" when only spelling, punctuation or formatting changed), or "Đoạn
 * này đã bỏ."; one line per block when the comments were on several blocks.
 */
export function changeText(change: ClusterChange | null): string {
  if (!change) return 'Chưa gắn vị trí trong dự thảo nên chưa đối chiếu.';
  if (change.next === null) return 'Chưa có dự thảo sau để đối chiếu.';
  if (change.blocks.length === 0) return 'Không thay đổi.';
  return change.blocks.map((b, i) => blockText(b, change.blocks.length > 1, i)).join('\n');
}

/** "Dự thảo lần 3: Không thay đổi." — the change with the version it was read in; '' for a cluster placed nowhere. */
export function changeLine(change: ClusterChange | null): string {
  if (!change) return '';
  const text = changeText(change);
  return change?.next ? `${change.next[0].toUpperCase()}${change.next.slice(1)}: ${text}` : text;
}
