import { escapeXml } from './xml.ts';

/**
 * Attributes for tracked changes and comments. Every w:ins, w:del and comment in one package gets
 * its own id from one counter, as Word requires ids unique among revisions and annotations.
 */
export class RevisionIds {
  private next = 1;
  readonly author: string;
  readonly date: string;

  constructor(author: string, date: string) {
    this.author = author;
    this.date = date;
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
