/**
 * The values one dimension of the feedback index has met, each given a small integer code in the
 * order first met, so an item's value is a number in an array and a filter is a bit per code.
 * Codes never change or go away for the life of the index (a value no item has any more counts 0).
 */
export class FacetDictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  /** The code of a value already met, or undefined. */
  find(value: string): number | undefined {
    return this.codes.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}
