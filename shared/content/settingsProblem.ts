import * as Y from 'yjs';
import { parseNumberingScheme } from '../numbering/parseScheme.ts';
import { NUMBERING_KEY } from '../document/documentSettings.ts';

/**
 * Why a new item in the settings map is not allowed, or null. The map holds plain values only,
 * under known keys: `numbering` is a numbering scheme (an object, or its JSON text) that
 * parseNumberingScheme accepts.
 */
export function settingsProblem(item: Y.Item, parent: Y.AbstractType<any>): string | null {
  if (parent._item !== null || item.parentSub === null) return 'cài đặt văn kiện sai cấu trúc';
  if (item.parentSub !== NUMBERING_KEY) return `cài đặt lạ "${item.parentSub.slice(0, 40)}"`;
  const content = item.content;
  if (!(content instanceof Y.ContentAny)) return 'kiểu đánh số không phải giá trị JSON';
  const value = content.arr[content.arr.length - 1];
  try {
    parseNumberingScheme(typeof value === 'string' ? JSON.parse(value) : value);
    return null;
  } catch {
    return 'kiểu đánh số không hợp lệ';
  }
}
