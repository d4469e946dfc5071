import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, FEATURE_MESSAGES } from '../../../renderer/i18n/messages.ts';
import { messageForms, type Message } from '../../../renderer/i18n/plural/pluralMessage.ts';

const RENDERER = fileURLToPath(new URL('../../../renderer/', import.meta.url));
const features = Object.entries(FEATURE_MESSAGES);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The features that have messages: every renderer folder with a messages/ subfolder, by its name. */
function messageFolders(): string[] {
  return readdirSync(RENDERER, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name === 'messages')
    .map((e) => basename(dirname(join(e.parentPath, e.name))))
    .sort();
}

describe("the features' messages", () => {
  it('are merged for every feature folder that has them, under the folder’s name', () => {
    expect(Object.keys(FEATURE_MESSAGES).sort()).toEqual(messageFolders());
  });

  it.each(features)('of %s all have the feature’s name as their prefix', (name, messages) => {
    const keys = Object.keys(messages.vi);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !key.startsWith(`${name}.`))).toEqual([]);
  });

  it('define each key in one feature only', () => {
    const owners = new Map<string, string[]>();
    for (const [name, messages] of features) for (const key of Object.keys(messages.vi)) owners.set(key, [...(owners.get(key) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it.each(features)('of %s have the same keys and placeholders in English as in Vietnamese, none empty', (_name, messages) => {
    const vi: Record<string, Message> = messages.vi;
    const en: Record<string, Message> = messages.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) {
      const [viText, ...viOthers] = messageForms(vi[key]);
      for (const form of [...messageForms(vi[key]), ...messageForms(en[key])]) {
        expect(form.trim(), key).not.toBe('');
        // Every form of a plural message has the placeholders of the plain message.
        expect(placeholders(form), key).toEqual(placeholders(viText));
      }
      expect(viOthers, `${key}: Vietnamese has no plural forms`).toEqual([]);
    }
  });

  it('make one catalogue per language holding every feature’s keys', () => {
    const total = features.reduce((n, [, messages]) => n + Object.keys(messages.vi).length, 0);
    expect(Object.keys(CATALOGUES.vi)).toHaveLength(total);
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.vi).sort());
    expect(CATALOGUES.vi['drafts.freeze']).toBe('Chốt dự thảo lần {n}');
    expect(CATALOGUES.en['find.next']).toBe('Next result (Enter, F3)');
  });
});
