/**
 * The references of a location column ("Vị trí"): written with keywords ("Mục II.3, chỉ tiêu
 * (7)") it reads as a comment does; a bare label ("II.3", "2.1", "(7)", "Một là", "trang 5")
 * names the place it labels.
 */
import { recogniseReferences, type Reference } from '../references.ts';

const BARE_PATH = /^(?:[IVXLC]{1,7}|\d{1,3})(?:\.\d{1,3}){0,4}\.?$/iu;
const BARE_TARGET = /^\(\s*\d{1,3}\s*\)\.?$/u;

export function locationReferences(location: string): Reference[] {
  const text = location.normalize('NFC').trim();
  const refs = recogniseReferences(text);
  if (refs.length > 0) return refs;
  if (BARE_PATH.test(text)) return recogniseReferences(`mục ${text.replace(/\.$/u, '')}`);
  if (BARE_TARGET.test(text)) return recogniseReferences(`chỉ tiêu ${text.replace(/\.$/u, '')}`);
  return recogniseReferences(`tại ${text}`); // a bare "Hai là" is an ordinal named, not a sentence start
}
