/**
 * The messages of the application itself: its name and the language switch's label, in Vietnamese
 * (the source language). Every key starts with `app.`; en.ts has the same keys.
 */
export const vi = {
  'app.name': 'Văn Kiện Studio',
  'app.language': 'Ngôn ngữ',
} as const;
