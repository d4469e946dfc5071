import { z } from 'zod';
import { toNFC } from '../text/normalize.ts';

/**
 * The text fields of the contract that people read as names: titles, workspace names, authors,
 * file names. Each is normalised to NFC and trimmed first, then checked, so a length is the
 * length of what is stored and an NFD title is not refused for being longer in transit. Every
 * refusal is a Vietnamese sentence naming the field (`what`), ending with a full stop.
 */
export function lineText(what: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `Thiếu ${what.toLowerCase()}.` : `${what} phải là chữ.`) })
    .transform((text) => toNFC(text).trim())
    .pipe(
      z
        .string()
        .min(1, `${what} không được để trống.`)
        .max(max, `${what} dài quá ${max} ký tự.`)
        .refine((text) => !CONTROL.test(text), `${what} không được chứa ký tự điều khiển (xuống dòng, tab…). Hãy viết trên một dòng.`)
        .refine((text) => !BIDI.test(text), `${what} không được chứa ký tự đổi chiều chữ (bidi): chúng làm chữ hiện ra khác với chữ thật.`)
        .refine((text) => text === '' || !INVISIBLE_ONLY.test(text), `${what} phải có chữ, không chỉ khoảng trắng hay ký tự vô hình.`),
    );
}

/** Free text over several lines (a draft's note): NFC, then its length; line breaks and tabs allowed, other controls and bidi not. */
export function multilineText(what: string, max: number) {
  return z
    .string({ error: `${what} phải là chữ.` })
    .transform(toNFC)
    .pipe(
      z
        .string()
        .max(max, `${what} dài quá ${max} ký tự.`)
        .refine((text) => !CONTROL.test(text.replace(/[\t\n\r]/g, '')), `${what} không được chứa ký tự điều khiển.`)
        .refine((text) => !BIDI.test(text), `${what} không được chứa ký tự đổi chiều chữ (bidi): chúng làm chữ hiện ra khác với chữ thật.`),
    );
}

/** A file's bytes as base64 in JSON: strict base64 (what browsers' btoa makes), named as such when it is not. */
export function base64Data(maxChars: number) {
  return z.base64({ error: 'Dữ liệu tệp không phải base64 hợp lệ. Hãy chọn lại tệp và gửi lại.' }).max(maxChars, 'Tệp quá lớn để gửi lên máy chủ.');
}

/** C0 and C1 controls and DEL. */
const CONTROL = /\p{Cc}/u;
/** Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks LRM, RLM, ALM. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** Nothing but white space and characters that draw nothing (zero-width space and joiners, soft hyphen, BOM…). */
const INVISIBLE_ONLY = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;
