// Gives an element its UI language: resolves it (its `lang`, an ancestor's, the bank's), loads
// that catalogue on demand, re-renders when it arrives or when a `lang` changes, and applies the
// element's `strings` overrides.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatPercent } from '../i18n/format.js';
import { composedAncestors, localeFor, pageDirection, resolveLocale, type Locale, type ResolvedLocale } from '../i18n/locale.js';
import type { Catalogue, EnglishPart, MessageId, Strings } from '../i18n/messages.js';
import { translator, type Translate } from '../i18n/translate.js';
import { fire } from '../events.js';
import { loadChunk } from '../internal/lazy.js';

type Host = ReactiveControllerHost & HTMLElement & { strings?: Strings | null | undefined; loadTimeout?: number | undefined };

/** Loads the catalogue of a locale other than English; rejects when it cannot. */
export type CatalogueLoader = (locale: Exclude<Locale, 'en'>, timeoutSeconds?: number) => Promise<Catalogue>;

export interface LocalizeOptions<Ids extends MessageId> {
  /** The host's own English messages (locales/en/*.ts): shown until, or instead of, its language. */
  english: EnglishPart<Ids>;
  /** The language of the element's bank (`language` in the bank), once it is loaded. */
  bankLanguage?: () => string | null | undefined;
  /** Where catalogues come from: the lazy chunks by default (tests pass their own). */
  load?: CatalogueLoader;
}

/** The catalogues a page has loaded, is loading, or failed to load, per loader. */
interface Catalogues {
  loaded: Map<Exclude<Locale, 'en'>, Catalogue>;
  /** Each load: the catalogue, or what went wrong (a message for quiz-error). */
  loading: Map<Locale, Promise<Catalogue | string>>;
}

const chunkLoader: CatalogueLoader = async (locale, timeoutSeconds) => (await loadChunk(`${locale} messages`, timeoutSeconds)).messages;

const pages = new WeakMap<CatalogueLoader, Catalogues>();

function cataloguesOf(load: CatalogueLoader): Catalogues {
  let catalogues = pages.get(load);
  if (!catalogues) pages.set(load, (catalogues = { loaded: new Map(), loading: new Map() }));
  return catalogues;
}

/**
 * One load per locale and page, shared by every element that speaks it. A load that fails
 * leaves the page in English for that locale, with one console warning and a quiz-error from
 * each element that wanted it (for the page's author): the elements stay usable, so there is
 * nothing to alert the learner about.
 */
function loadOnce(load: CatalogueLoader, locale: Exclude<Locale, 'en'>, timeoutSeconds: number | undefined): Promise<Catalogue | string> {
  const catalogues = cataloguesOf(load);
  let pending = catalogues.loading.get(locale);
  if (!pending) {
    pending = load(locale, timeoutSeconds).then(
      (catalogue) => (catalogues.loaded.set(locale, catalogue), catalogue),
      (e: unknown) => {
        const message = `the "${locale}" messages could not load (${(e as Error)?.message ?? e}); the elements show English instead.`;
        console.warn(`quizkit: ${message}`);
        return message.charAt(0).toUpperCase() + message.slice(1);
      },
    );
    catalogues.loading.set(locale, pending);
  }
  return pending;
}

/**
 * The UI language of its host. Read `t(id, params)` and the formatters in `render()`; put
 * `lang` and `dir` on the element's UI text. Until a catalogue arrives the host shows English
 * (with `lang="en"`), then re-renders in its language.
 */
export class LocalizeController<Ids extends MessageId = MessageId> implements ReactiveController {
  /** Messages in the language shown: `t('runner.progress', { current: 3, total: 10 })`. */
  t: Translate<Ids>;
  /** The language the host is shown in: the wanted one once loaded, English before or instead. */
  shown: ResolvedLocale = localeFor('en', 'default');
  /** The language the host should be shown in, per its `lang`, its ancestors and its bank. */
  wanted: ResolvedLocale = this.shown;

  readonly #host: Host;
  readonly #bankLanguage: () => string | null | undefined;
  readonly #load: CatalogueLoader;
  readonly #english: EnglishPart<Ids>;
  #catalogue: Partial<EnglishPart>;
  #strings: Strings | null | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: Host, options: LocalizeOptions<Ids>) {
    this.#host = host;
    this.#bankLanguage = options.bankLanguage ?? (() => undefined);
    this.#load = options.load ?? chunkLoader;
    this.#english = this.#catalogue = options.english;
    this.t = translator('en', options.english, undefined, 'en', options.english);
    host.addController(this);
  }

  /** The locale of the messages shown. */
  get locale(): Locale {
    return this.shown.locale;
  }

  /** The BCP 47 tag for `lang` on the UI text (and for Intl): `de-AT`, or `en` while English shows. */
  get lang(): string {
    return this.shown.lang;
  }

  /**
   * For `dir` on the UI: `rtl` when its language is written right to left (Arabic), or when the
   * page lays the element out right to left (`dir="rtl"` on it or an ancestor), as Shoelace and
   * Material Web do: an English UI on a right-to-left page is mirrored with the page.
   */
  get dir(): 'ltr' | 'rtl' {
    return this.shown.dir === 'rtl' || pageDirection(this.#host) === 'rtl' ? 'rtl' : 'ltr';
  }

  /** A percentage given from 0 to 100 in the host's language (the summary's score). */
  percent = (percent: number): string => formatPercent(this.lang, percent);

  hostConnected(): void {
    // A `lang` may change on the element or on any ancestor, across shadow roots: watch each
    // one (not whole subtrees), and again after a move, since the ancestors are then others.
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    for (const el of composedAncestors(this.#host)) this.#observer.observe(el, { attributes: true, attributeFilter: ['lang', 'dir'] });
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** Resolves the language again (the host calls it on each update) and loads it if need be. */
  refresh(): void {
    const wanted = resolveLocale(this.#host, this.#bankLanguage());
    const strings = this.#host.strings;
    if (wanted.lang === this.wanted.lang && wanted.from === this.wanted.from && strings === this.#strings) return;
    this.wanted = wanted;
    this.#strings = strings;
    const locale = wanted.locale;
    if (locale === 'en') return this.#show(wanted, this.#english);
    const catalogue = cataloguesOf(this.#load).loaded.get(locale);
    if (catalogue) return this.#show(wanted, catalogue);
    // Meanwhile (and should the load fail) the host keeps what it shows, with the new strings.
    this.#show(this.shown, this.#catalogue);
    void loadOnce(this.#load, locale, this.#host.loadTimeout).then((loaded) => {
      if (this.wanted !== wanted) return; // the language changed again meanwhile
      if (typeof loaded !== 'string') this.#show(wanted, loaded);
      else {
        fire(this.#host, 'quiz-error', { message: loaded, source: `${locale} messages` });
        if (this.shown.locale !== 'en') this.#show(localeFor('en', 'default'), this.#english);
      }
      this.#host.requestUpdate();
    });
  }

  /**
   * A translator in the language shown that also knows `english`: for messages of a chunk
   * loaded later (the copied report's), which the host's own English does not carry.
   */
  with<More extends MessageId>(english: EnglishPart<More>): Translate<Ids | More> {
    const all = { ...this.#english, ...english } as EnglishPart<Ids | More>;
    return translator(this.shown.locale, this.shown.locale === 'en' ? all : this.#catalogue, this.#strings, this.lang, all);
  }

  #show(shown: ResolvedLocale, catalogue: Partial<EnglishPart>): void {
    this.shown = shown;
    this.#catalogue = catalogue;
    this.t = translator(shown.locale, catalogue, this.#strings, shown.lang, this.#english);
  }
}
