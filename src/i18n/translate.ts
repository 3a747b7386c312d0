// Turns a catalogue (and a page's `strings` overrides) into `t(id, params)`: plurals from
// Intl.PluralRules, numbers from Intl.NumberFormat, English for anything missing or broken.

import { formatList, formatNumber, formatPercent, pluralRules } from './format.js';
import type { Locale } from './locale.js';
import type { EnglishPart, Message, MessageId, ParamsOf, PluralForms, Strings, Tools } from './messages.js';

/**
 * `t('runner.progress', { current: 3, total: 10 })`; ids without parameters take none. `Ids`
 * are the ids whose English the translator has (an element's own), so that asking for a
 * message an element does not carry is a type error.
 */
export type Translate<Ids extends MessageId = MessageId> = <K extends Ids>(
  id: K,
  ...params: ParamsOf<K> extends void ? [] : [ParamsOf<K>]
) => string;

/** The tools messages of `locale` format with; `lang` is the full tag for `Intl` (`de-AT`). */
export function tools(locale: Locale, lang: string = locale): Tools {
  return {
    locale,
    lang,
    n: (value) => formatNumber(lang, value),
    pct: (percent) => formatPercent(lang, percent),
    plural(count, forms: PluralForms) {
      const form = forms[pluralRules(lang).select(count)] ?? forms.other;
      return form.replaceAll('#', formatNumber(lang, count));
    },
    list: (items) => formatList(lang, items),
  };
}

/** Override messages already reported as unusable, so that each is reported once per page. */
const reported = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`quizkit: ${message}`);
}

/** `{name}` placeholders of a text replaced by the parameters; numbers formatted for the locale. */
function interpolate(text: string, params: Record<string, unknown> | undefined, t: Tools): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (typeof value === 'number') return t.n(value);
    return value === undefined ? whole : String(value);
  });
}

function run(message: Message<never>, params: unknown, t: Tools): string {
  if (typeof message === 'string') return interpolate(message, params as Record<string, unknown> | undefined, t);
  return (message as (p: unknown, t: Tools) => string)(params, t);
}

/**
 * Ids whose English comes in a chunk of its own while the rest of their group's does not (the
 * interview report's `summary.*` and `runner.*` messages): the element that shows them names them
 * here, so that an override of one is not taken for a misspelt id before that chunk has come.
 */
const elsewhere = new Set<string>();
export const knownElsewhere = (ids: readonly string[]): void => ids.forEach((id) => elsewhere.add(id));

const isMessage = (value: unknown): value is Message<never> => typeof value === 'string' || typeof value === 'function';

/**
 * A translator for `locale`: its catalogue, with `overrides` (an element's `strings`) on top,
 * and `english` (the element's own English) below. Never throws on a page's input: an override
 * that is not a text or a function, or a function that throws, is reported once with
 * console.warn and the catalogue's message is used; a message missing from a catalogue (an
 * older chunk on a CDN, say) is taken from English.
 */
export function translator<Ids extends MessageId>(
  locale: Locale,
  catalogue: Partial<EnglishPart>,
  overrides?: Strings | null,
  lang: string = locale,
  english: EnglishPart<Ids> = catalogue as EnglishPart<Ids>,
): Translate<Ids> {
  const t = tools(locale, lang);
  const englishTools = locale === 'en' ? t : tools('en');
  const custom = (overrides ?? {}) as Record<string, unknown>;
  // A misspelt id would otherwise be ignored without a word. Only ids of this element's groups
  // are checked: a runner hands its `strings` on to its cards, whose ids it does not carry.
  const groups = new Set(Object.keys(english).map((id) => id.split('.')[0]));
  for (const id of Object.keys(custom)) {
    if (groups.has(id.split('.')[0]) && !Object.hasOwn(english, id) && !elsewhere.has(id))
      warnOnce(`unknown ${id}`, `strings["${id}"] is not a message id (they are listed in src/i18n/README.md); it is ignored.`);
  }
  return (id: MessageId, params?: unknown) => {
    const override = Object.hasOwn(custom, id) ? custom[id] : undefined;
    if (override !== undefined && override !== null) {
      if (!isMessage(override)) warnOnce(`type ${id}`, `strings["${id}"] must be a text or a function; the built-in message is used.`);
      else {
        try {
          return run(override, params, t);
        } catch (e) {
          warnOnce(`throw ${id}`, `strings["${id}"] threw (${(e as Error)?.message ?? e}); the built-in message is used.`);
        }
      }
    }
    const own = (catalogue as Record<string, unknown>)[id];
    if (isMessage(own)) return run(own, params, t);
    const fallback = (english as Record<string, unknown>)[id];
    // An id the element does not carry (a page's `strings` may still give it) shows as itself.
    return isMessage(fallback) ? run(fallback, params, englishTools) : id;
  };
}
