/** Word matching helpers shared by units and qualifiers. */

const LETTER = /\p{L}/u;

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/** Phrases sorted longest first, so "trên dưới" wins over "dưới" and "tỷ USD" over "USD". */
export function longestFirst<T extends { phrase: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
}

/** Whether `phrase` occurs in `text` at `at` as whole words (case-insensitive). */
export function phraseAt(text: string, at: number, phrase: string): boolean {
  const candidate = text.slice(at, at + phrase.length);
  if (candidate.toLowerCase() !== phrase.toLowerCase()) return false;
  const last = phrase[phrase.length - 1];
  return !(isLetter(last) && isLetter(text[at + phrase.length]));
}
