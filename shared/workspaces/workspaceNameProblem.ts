import { WORKSPACE_ID_PATTERN } from '../rpc/workspaceContract.ts';

const MAX_LENGTH = 80;

/**
 * Why the base name of a `.vkws` file in a data folder cannot be its workspace's id (the id is the
 * file name: RPC and the sync socket name the workspace by it), as a Vietnamese sentence saying how
 * to rename the file; null when it can. The file itself is never renamed for the user.
 */
export function workspaceNameProblem(base: string): string | null {
  if (WORKSPACE_ID_PATTERN.test(base) && base === base.normalize('NFC')) return null;
  const file = `${base}.vkws`;
  const why =
    base.normalize('NFC') !== base && WORKSPACE_ID_PATTERN.test(base.normalize('NFC'))
      ? 'tên tệp được ghi ở dạng Unicode tổ hợp (NFD, thường do máy Mac hoặc tệp nén làm trên máy Mac tạo ra) chứ không phải dạng dựng sẵn (NFC)'
      : [...base].length > MAX_LENGTH
        ? `tên tệp dài hơn ${MAX_LENGTH} ký tự`
        : 'tên tệp có ký tự không dùng được trong tên không gian làm việc';
  return `Tệp "${file}" chưa mở được vì ${why}. Dữ liệu trong tệp không bị ảnh hưởng. Hãy đổi tên tệp (gõ lại tên, chỉ dùng chữ, số, dấu cách, dấu chấm, gạch ngang, gạch dưới và dấu ngoặc đơn, tối đa ${MAX_LENGTH} ký tự, ví dụ "Dai-hoi (2).vkws") rồi tải lại danh sách.`;
}
