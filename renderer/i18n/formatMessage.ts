import type { Language } from './messages.ts';
import type { Message } from './plural/pluralMessage.ts';

const rules = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) rules.set(language, (found = new Intl.PluralRules(language)));
  return found;
}

/**
 * The text of `message` in `language` with its `{name}` placeholders filled from `params`. A
 * plural message takes the form of the category its number falls in (a parameter that is not a
 * number takes "other"); a placeholder without a value stays as written, so it shows.
 */
export function formatMessage(language: Language, message: Message, params?: Record<string, string | number>): string {
  const text = typeof message === 'string' ? message : pluralForm(language, message.forms, params?.[message.by]);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

function pluralForm(language: Language, forms: Readonly<Record<string, string | undefined>> & { other: string }, value: string | number | undefined): string {
  const n = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(n)) return forms.other;
  return forms[pluralRules(language).select(n)] ?? forms.other;
}
