/**
 * A message whose words depend on a number: one form per plural category of the language
 * (`Intl.PluralRules`: English has "one" and "other", Vietnamese only "other"), chosen by the
 * value of the parameter `by`. Every form has the same placeholders as the plain message of the
 * other language. This file imports nothing, so every feature's messages may use it.
 */
export interface PluralMessage {
  readonly by: string;
  readonly forms: PluralForms;
}

/** The forms of a plural message; "other" is required, as it is the category every language has. */
export type PluralForms = { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string } & { readonly other: string };

/** What a catalogue holds for a key: a plain message, or one that agrees with a number. */
export type Message = string | PluralMessage;

/** `plural('count', { one: '{count} word', other: '{count} words' })`. */
export function plural(by: string, forms: PluralForms): PluralMessage {
  return { by, forms };
}

/** Every form of a message (one for a plain message). */
export function messageForms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message.forms).filter((form): form is string => form !== undefined);
}
