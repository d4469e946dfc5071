import type { BlockType } from '../document/blockTypes.ts';

/** A block type a drafter can choose, with its heading level for headings. */
export interface BlockChoice {
  /** Stable value for selects and test ids: "paragraph", "heading-2" … */
  value: string;
  type: BlockType;
  level: number | null;
  /** ProseMirror key name, e.g. "Mod-Alt-1"; null when there is no shortcut. */
  key: string | null;
}

/** Every text block type, in the order of the toolbar select and the context menu. */
export const BLOCK_CHOICES: readonly BlockChoice[] = [
  { value: 'paragraph', type: 'paragraph', level: null, key: 'Mod-Alt-0' },
  { value: 'part', type: 'part', level: null, key: 'Mod-Alt-p' },
  { value: 'section', type: 'section', level: null, key: 'Mod-Alt-s' },
  { value: 'heading-1', type: 'heading', level: 1, key: 'Mod-Alt-1' },
  { value: 'heading-2', type: 'heading', level: 2, key: 'Mod-Alt-2' },
  { value: 'heading-3', type: 'heading', level: 3, key: 'Mod-Alt-3' },
  { value: 'heading-4', type: 'heading', level: 4, key: 'Mod-Alt-4' },
  { value: 'ordinal', type: 'ordinal', level: null, key: 'Mod-Alt-o' },
  { value: 'target', type: 'target', level: null, key: 'Mod-Alt-t' },
  { value: 'bullet', type: 'bullet', level: null, key: 'Mod-Alt-b' },
  { value: 'footnote', type: 'footnote', level: null, key: null },
  { value: 'recipients', type: 'recipients', level: null, key: null },
  { value: 'signature', type: 'signature', level: null, key: null },
];

/** The choice value of a block ("heading-2"), or null for blocks that are not text blocks. */
export function choiceValueOf(type: string, level: number | null): string | null {
  const found = BLOCK_CHOICES.find((c) => c.type === type && (c.type !== 'heading' || c.level === level));
  return found ? found.value : null;
}

/** A shortcut as people read it: "Mod-Alt-1" → "Ctrl+Alt+1" ("⌘⌥1" style is not used: Windows offices). */
export function shortcutLabel(key: string): string {
  return key
    .split('-')
    .map((part) => (part === 'Mod' ? 'Ctrl' : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}
