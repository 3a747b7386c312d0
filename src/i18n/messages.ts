// The shape of a message catalogue: ids, their parameters, and the tools a message formats with.
// English (locales/en.ts) defines the ids; every other catalogue must have each of them, with
// the same parameters, or it does not type-check.

import type { en } from './locales/en.js';
import type { Locale } from './locale.js';

/** The forms of a plural, by `Intl.PluralRules` category; `other` is always needed. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What a message formats with, bound to the locale it is written in. */
export interface Tools {
  /** The catalogue's locale. */
  readonly locale: Locale;
  /** The BCP 47 tag numbers and lists are formatted for (`de-AT`, `ar-EG`, …). */
  readonly lang: string;
  /** A number in the locale's digits and separators: `7.5` → "7,5" in German. */
  n(value: number): string;
  /** A percentage given from 0 to 100: `70` → "70%" (en), "70 %" (de, fr), "70‎%‎" (ar). */
  pct(percent: number): string;
  /**
   * The form of `forms` that `Intl.PluralRules` picks for `count`; `#` in it becomes the
   * formatted count. Never "+s": Arabic has six forms, French counts 0 as singular.
   */
  plural(count: number, forms: PluralForms): string;
  /** Items as a list in the locale's words: "a, b and c", "a, b und c", "a وb". */
  list(items: readonly string[]): string;
}

/**
 * One message: plain text, or a function of its parameters. In a page's `strings` override a
 * text may hold `{name}` placeholders, which are replaced by the parameters (numbers formatted
 * for the locale); a function gets the tools for plurals and percentages.
 */
export type Message<P = void> = string | ((params: P, t: Tools) => string);

type English = typeof en;

/** Every message id (see src/i18n/README.md for the table). */
export type MessageId = keyof English;

/** The parameters of message `K`; `void` when it takes none. */
export type ParamsOf<K extends MessageId> = English[K] extends (params: infer P, t: Tools) => string ? P : void;

/** A full catalogue: every id, each with its parameters. A missing id is a type error. */
export type Catalogue = { readonly [K in MessageId]: Message<ParamsOf<K>> };

/**
 * English messages for some ids: what an element's chunk carries (locales/en/*.ts), and what its
 * translator falls back to, message by message.
 */
export type EnglishPart<Ids extends MessageId = MessageId> = { readonly [K in Ids]: Message<ParamsOf<K>> };

/** What an element's `strings` property takes: any messages to override, in any locale. */
export type Strings = { readonly [K in MessageId]?: Message<ParamsOf<K>> };
