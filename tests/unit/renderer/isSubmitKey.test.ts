import { describe, expect, it } from 'vitest';
import { isSubmitKey } from '../../../renderer/ui/isSubmitKey.ts';

describe('isSubmitKey', () => {
  it.each([
    [{ key: 'Enter', ctrlKey: true, metaKey: false }, true],
    [{ key: 'Enter', ctrlKey: false, metaKey: true }, true],
    [{ key: 'Enter', ctrlKey: false, metaKey: false }, false],
    [{ key: 's', ctrlKey: true, metaKey: false }, false],
  ])('%o submits: %s', (event, submits) => {
    expect(isSubmitKey(event)).toBe(submits);
  });
});
