import { readFileSync } from 'node:fs';

export const CORPUS_FILES = ['thong-bao-nhanh-ket-qua-dai-hoi.txt', 'noi-bat-dai-hoi.txt', 'ket-qua-dai-hoi-phuong-thuy-nguyen.txt'] as const;

/** A corpus file's text (UTF-8, read-only, outside the repo). */
export function corpus(file: string): string {
  return readFileSync(new URL(`../../../../shared/corpus/${file}`, import.meta.url), 'utf8');
}
