import type { AnchorEvidence, Attribution, FeedbackStatus, SourceLevel } from '../model.ts';

/**
 * The Vietnamese words for a comment's fields in what the server writes (the .xlsx of all
 * comments, later the synthesis report), as compilers say them. The renderer has its own
 * messages in both languages; a file handed to the Party committee is in Vietnamese.
 */
export const STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'Mới',
  in_review: 'Đang xem xét',
  accepted: 'Tiếp thu',
  partly_accepted: 'Tiếp thu một phần',
  explained: 'Giải trình',
  out_of_scope: 'Không thuộc phạm vi',
};

export const LEVEL_LABELS: Record<SourceLevel, string> = {
  city: 'Thành phố',
  district: 'Quận, huyện',
  ward: 'Phường',
  commune: 'Xã',
  agency: 'Cơ quan',
  enterprise: 'Doanh nghiệp',
  armed_forces: 'Lực lượng vũ trang',
  other: 'Khác',
};

export const EVIDENCE_LABELS: Record<AnchorEvidence, string> = {
  reference: 'dẫn chiếu',
  quote: 'trích dẫn',
  similarity: 'nội dung gần giống',
  manual: 'người gắn',
};

/** How the source's name was settled, in words. */
export function attributionLabel(attribution: Attribution): string {
  switch (attribution.status) {
    case 'matched': return 'Khớp tự động';
    case 'manual': return 'Người xác định';
    case 'ambiguous': return 'Chưa rõ: nhiều đơn vị trùng tên';
    case 'unknown': return 'Không có trong danh mục';
    case 'none': return 'Không ghi đơn vị';
  }
}
