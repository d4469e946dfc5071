/** A word for counting: a whitespace-separated token with at least one letter ("13%/năm" is one). */
const LETTER = /\p{L}/u;

/** Vietnamese words in a text: whitespace-separated tokens containing a letter (syllables count singly). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (token && LETTER.test(token)) count++;
  return count;
}
