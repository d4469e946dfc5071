/**
 * The closing blocks of a Party document: "Nơi nhận:" with its list of recipients, and the
 * signature ("T/M BAN CHẤP HÀNH" / "BÍ THƯ" / name, one per line).
 */

/** "Nơi nhận:" at the start of a paragraph; export prints it again, so it is a label. */
export const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*:?/iu;

/** The first line of a signature: "T/M", "TM.", "K/T", "KT.", "T/L", "TL.", "TUQ." in capitals. */
const SIGNATURE_START = /^(?:T\/M|TM\.?|K\/T|KT\.?|T\/L|TL\.?|TUQ\.?)\s*\p{Lu}/u;

/** At most this many lines follow the first line of a signature (title, "(đã ký)", name). */
export const SIGNATURE_MAX_LINES = 4;
/** Lines of a signature are short. */
export const SIGNATURE_LINE_MAX = 60;

/**
 * Whether a paragraph opens a signature. Only its first line is looked at: a signature written
 * as one paragraph with line breaks (as our export writes it) has the name, in lower case, below.
 */
export function isSignatureStart(text: string): boolean {
  const first = text.split('\n', 1)[0];
  return SIGNATURE_START.test(first) && !/\p{Ll}/u.test(first);
}

/** A recipient line: a dash or plus bullet. */
export function isRecipientLine(text: string): boolean {
  return /^[-+•]\s*\S/u.test(text);
}
