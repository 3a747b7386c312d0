// Which UI language an element speaks: its `lang`, else the nearest ancestor's (across shadow
// roots), else the bank's `language`, else English; a region falls back to its language.

/** The UI languages the kit ships a message catalogue for. */
export type Locale = 'en' | 'de' | 'es' | 'fr' | 'ar';

/** Every shipped locale; English is built in, the others load on demand. */
export const LOCALES: readonly Locale[] = ['en', 'de', 'es', 'fr', 'ar'];

/** The locale every other one falls back to. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Shipped locales written right to left. */
const RTL: ReadonlySet<Locale> = new Set<Locale>(['ar']);

/** An element's UI language, as resolved. */
export interface ResolvedLocale {
  /** The catalogue to use. */
  locale: Locale;
  /**
   * The tag for `lang` on UI text and for `Intl` formatting: the tag as written where its
   * language is shipped (`de-AT` keeps Austrian dates), else `en`, so that English text never
   * comes with another language's numbers and dates.
   */
  lang: string;
  /** Writing direction of the UI text. */
  dir: 'ltr' | 'rtl';
  /** Where the language came from (for debugging and tests). */
  from: 'element' | 'ancestor' | 'bank' | 'default';
}

/**
 * The shipped locale for a BCP 47 tag, by its language (`de-AT` → `de`, `ar-EG` → `ar`,
 * `fr_CA` → `fr`); undefined for an empty, malformed or unshipped tag.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const canonical = canonicalTag(tag);
  if (!canonical) return undefined;
  const language = new Intl.Locale(canonical).language;
  return LOCALES.find((l) => l === language);
}

/** A tag in canonical form (`DE-at` → `de-AT`), or undefined when it is not a valid BCP 47 tag. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  // Authors write POSIX locales too (`de_AT`); BCP 47 spells them with a hyphen.
  const text = tag?.trim().replaceAll('_', '-');
  if (!text) return undefined;
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
}

/** What a language tag resolves to once found; unshipped languages get English. */
export function localeFor(tag: string | null | undefined, from: ResolvedLocale['from']): ResolvedLocale {
  const locale = matchLocale(tag);
  if (!locale) return { locale: DEFAULT_LOCALE, lang: DEFAULT_LOCALE, dir: 'ltr', from };
  return { locale, lang: canonicalTag(tag)!, dir: RTL.has(locale) ? 'rtl' : 'ltr', from };
}

/** The parent in the composed tree: a shadow root's parent is its host. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return (node as ShadowRoot).host ?? null;
}

/**
 * The element and its ancestors in the composed tree (crossing shadow roots to their hosts),
 * nearest first: the elements whose `lang` decides the element's language.
 */
export function* composedAncestors(el: Element): Generator<Element> {
  for (let node: Node | null = el; node; node = composedParent(node)) {
    if (node.nodeType === Node.ELEMENT_NODE) yield node as Element;
  }
}

/**
 * The direction the page lays `el` out in: the `dir` of `el` or its nearest ancestor that has
 * one (`ltr` or `rtl`; `auto` and other values are passed over), or undefined where none says.
 */
export function pageDirection(el: Element): 'ltr' | 'rtl' | undefined {
  for (const node of composedAncestors(el)) {
    const dir = node.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
  }
  return undefined;
}

/**
 * The UI language of `el`, per the contract: its own `lang`, else the nearest ancestor's (a
 * shadow root's host counts as its parent), else `bankLanguage`, else English. The first `lang`
 * found decides, even when the kit does not ship that language (then the UI is English): a
 * `lang="zh"` section is not written in the bank's language either. `lang=""` says "unknown"
 * (as in HTML) and ends the search, so the bank's language applies.
 */
export function resolveLocale(el: Element, bankLanguage?: string | null): ResolvedLocale {
  for (const node of composedAncestors(el)) {
    const lang = node.getAttribute('lang');
    if (lang === null) continue;
    if (!lang.trim()) break;
    return localeFor(lang, node === el ? 'element' : 'ancestor');
  }
  if (bankLanguage?.trim()) return localeFor(bankLanguage, 'bank');
  return localeFor(DEFAULT_LOCALE, 'default');
}
