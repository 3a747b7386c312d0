// Numbers, percentages and lists for a learner's language, through Intl (formatters are built
// once per language and options, and reused). Durations, the countdown and dates, which only the
// card and the summary show, are in format-time.ts, out of the code every element loads.

const cache = new Map<string, unknown>();

/** One formatter per kind, language and options: building one costs far more than using it. */
export function cached<T>(kind: string, lang: string, options: object, make: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

export const pluralRules = (lang: string): Intl.PluralRules => cached('plural', lang, {}, () => new Intl.PluralRules(lang));

/** A number: `1234.5` → "1,234.5" (en), "1.234,5" (de), "1 234,5" (fr). */
export function formatNumber(lang: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(value);
}

/**
 * A percentage given from 0 to 100, as the kit computes them (`percent` in quiz-complete):
 * `70` → "70%" (en), "70 %" (de, fr, with a no-break space), "70‎%‎" (ar). Up to one decimal.
 */
export function formatPercent(lang: string, percent: number): string {
  return formatNumber(lang, percent / 100, { style: 'percent', maximumFractionDigits: 1 });
}

/** Items as a list: "a, b and c", "a, b und c", "a, b et c", "a وb". */
export function formatList(lang: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached('list', lang, { type }, () => new Intl.ListFormat(lang, { type })).format(items);
}
