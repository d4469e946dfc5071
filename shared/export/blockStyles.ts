import { BLOCK_LOOK, type BlockLook } from './layout.ts';

/**
 * The Word paragraph style of each body block. Outline blocks use Word's built-in heading styles
 * (part → Heading 1, section → Heading 2, heading level n → Heading n+2) so Word's navigation
 * pane and tables of contents work; other blocks get "Vk…" styles an importer can map back.
 */
export interface BlockStyle {
  styleId: string;
  name: string;
  look: BlockLook;
  /** Word outline level (0-based) for outline blocks. */
  outlineLevel?: number;
}

const STYLES: Record<string, BlockStyle> = {
  part: { styleId: 'Heading1', name: 'heading 1', look: BLOCK_LOOK.part, outlineLevel: 0 },
  section: { styleId: 'Heading2', name: 'heading 2', look: BLOCK_LOOK.section, outlineLevel: 1 },
  heading1: { styleId: 'Heading3', name: 'heading 3', look: BLOCK_LOOK.heading1, outlineLevel: 2 },
  heading2: { styleId: 'Heading4', name: 'heading 4', look: BLOCK_LOOK.heading2, outlineLevel: 3 },
  heading3: { styleId: 'Heading5', name: 'heading 5', look: BLOCK_LOOK.heading3, outlineLevel: 4 },
  heading4: { styleId: 'Heading6', name: 'heading 6', look: BLOCK_LOOK.heading4, outlineLevel: 5 },
  ordinal: { styleId: 'VkOrdinal', name: 'VK Ordinal', look: BLOCK_LOOK.ordinal },
  target: { styleId: 'VkTarget', name: 'VK Target', look: BLOCK_LOOK.target },
  bullet: { styleId: 'VkBullet', name: 'VK Bullet', look: BLOCK_LOOK.bullet },
  paragraph: { styleId: 'Normal', name: 'Normal', look: BLOCK_LOOK.paragraph },
  footnote: { styleId: 'FootnoteText', name: 'footnote text', look: BLOCK_LOOK.footnote },
  recipients: { styleId: 'VkRecipients', name: 'VK Recipients', look: BLOCK_LOOK.recipients },
  signature: { styleId: 'VkSignature', name: 'VK Signature', look: BLOCK_LOOK.signature },
};

/** The style of a block type (and heading level); unknown types are body paragraphs. */
export function blockStyle(type: string | undefined, level?: number | null): BlockStyle {
  const key = type === 'heading' ? `heading${Math.min(4, Math.max(1, level ?? 1))}` : (type ?? 'paragraph');
  return STYLES[key] ?? STYLES.paragraph;
}

/** Every block style, for styles.xml. */
export function allBlockStyles(): BlockStyle[] {
  return Object.values(STYLES);
}
