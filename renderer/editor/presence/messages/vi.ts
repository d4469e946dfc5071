/**
 * The messages of presence (who else is in the document), in Vietnamese (the source language).
 * Every key starts with `presence.`; en.ts has the same keys.
 */
export const vi = {
  'presence.here': 'Những người khác đang mở tài liệu: {count}',
  'presence.inSection': 'Đang ở mục này: {names}',
} as const;
