import { describe, expect, it } from 'vitest';
import { type KeyPress, typedText } from '../../../renderer/editor/typing/typedText.ts';

const press = (char: string | number, mods: Partial<KeyPress> = {}): KeyPress => ({
  charCode: typeof char === 'number' ? char : char.charCodeAt(0),
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  isComposing: false,
  ...mods,
});

describe('typedText (the text a keypress types, inserted by the editor itself)', () => {
  it.each<[string, KeyPress, string | null]>([
    ['a letter', press('a'), 'a'],
    ['a space', press(' '), ' '],
    ['a precomposed Vietnamese letter an input method sends', press('ệ'), 'ệ'],
    ['a lone combining mark (NFC input composes it)', press(0x0301), '\u0301'],
    ['AltGr, which arrives as Ctrl+Alt', press('@', { ctrlKey: true, altKey: true }), '@'],
    ['a Ctrl shortcut', press('b', { ctrlKey: true }), null],
    ['a Meta shortcut', press('c', { metaKey: true }), null],
    ['a key of an input method’s composition', press('a', { isComposing: true }), null],
    ['Enter (its own commands)', press(13), null],
    ['a line feed', press(10), null],
    ['Delete as a character', press(0x7f), null],
    ['no character at all', press(0), null],
    ['half of a surrogate pair', press(0xd83d), null],
  ])('%s', (_what, event, text) => {
    expect(typedText(event)).toBe(text);
  });
});
