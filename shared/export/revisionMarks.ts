import { escapeXml } from './xml.ts';

/**
 * Attributes for tracked changes and comments. Every w:ins, w:del and comment in one package gets
 * its own id from one counter, as Word requires ids unique among revisions and annotations.
 */
export class RevisionIds {
  private next = 1;
  /** Who the revisions written next are by (`writtenBy`); the package's author until told otherwise. */
  private author: string;
  readonly date: string;

  constructor(author: string, date: string) {
    this.author = author;
    this.date = date;
  }

  /** The revisions and comments written from now on are `author`'s. */
  writtenBy(author: string): void {
    this.author = author;
  }

  /** What `write` returns, its revisions and comments by `author`; then back to the author before. */
  writtenAs<T>(author: string, write: () => T): T {
    const before = this.author;
    this.author = author;
    try {
      return write();
    } finally {
      this.author = before;
    }
  }

  /** ` w:id="…" w:author="…" w:date="…"` for a new revision or comment. */
  attrs(): string {
    return ` w:id="${this.next++}" w:author="${escapeXml(this.author)}" w:date="${escapeXml(this.date)}"`;
  }

  /** The id the next comment will get; call `attrs()` after to consume it. */
  peek(): number {
    return this.next;
  }
}
