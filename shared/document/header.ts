/**
 * The header of a Party document (Hướng dẫn 36-HD/VPTW): superior body top right, issuing body
 * top left with its asterisk line, number and symbol, place and date, document type, title, and
 * the "DỰ THẢO" marker with the draft number. Stored as the attrs of the `header` node.
 * `superiorBody` is what 36-HD calls the heading ("Tiêu đề"), the Party's name; a superior Party
 * committee goes on the line above the issuing body, in `issuingBody`. The form labels them so.
 */
export interface DocumentHeader {
  superiorBody: string; // "ĐẢNG CỘNG SẢN VIỆT NAM"
  issuingBody: string; // "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" — may have two lines separated by "\n"
  number: string; // "Số 01-BC/ĐU" — empty when none
  place: string; // "Hải Phòng"
  date: string; // "ngày 15 tháng 9 năm 2025" — displayed as typed, italics on export
  docType: string; // "BÁO CÁO CHÍNH TRỊ"
  title: string; // the summary line under the type
  draftLabel: string; // "DỰ THẢO LẦN 3" — empty when not a draft
}

export const EMPTY_HEADER: DocumentHeader = {
  superiorBody: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  issuingBody: '',
  number: '',
  place: '',
  date: '',
  docType: '',
  title: '',
  draftLabel: '',
};

export const HEADER_FIELDS = Object.keys(EMPTY_HEADER) as (keyof DocumentHeader)[];
