import type { Node } from 'prosemirror-model';
import { describeRepairs } from '../content/contentRepair.ts';
import { repairContent } from '../content/repairContent.ts';
import { numberingRepair } from '../content/repairNumbering.ts';
import { AppError } from '../errors.ts';

/**
 * Refuses (`content_invalid`) content the schema does not allow, before it is frozen into a draft
 * that can never change: a draft must be readable as it was frozen. A working copy is repaired
 * when it is loaded, so this holds unless something skipped that repair.
 */
export function assertValidContent(doc: Node, numbering: string | null): void {
  const repairs = repairContent(doc.toJSON()).repairs;
  const numberingFix = numberingRepair(numbering);
  if (numberingFix) repairs.push(numberingFix);
  if (repairs.length === 0) return;
  throw new AppError(
    'content_invalid',
    `Văn kiện có nội dung không hợp lệ (${describeRepairs(repairs)}) nên chưa chốt được dự thảo. Hãy đóng rồi mở lại văn kiện để ứng dụng tự sửa, kiểm tra lại nội dung rồi chốt.`,
  );
}
