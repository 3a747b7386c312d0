// Every catalogue against English: the same ids, the same placeholders, every plural form its
// language needs, its language's punctuation, and nothing left in English by mistake.

import { expect } from '@open-wc/testing';
import type { Locale } from '../../src/i18n/locale.js';
import type { Catalogue, MessageId, PluralForms, Tools } from '../../src/i18n/messages.js';
import { en } from '../../src/i18n/locales/en.js';
import { messages as de } from '../../src/i18n/locales/de.js';
import { messages as es } from '../../src/i18n/locales/es.js';
import { messages as fr } from '../../src/i18n/locales/fr.js';
import { messages as ar } from '../../src/i18n/locales/ar.js';
import { tools } from '../../src/i18n/translate.js';

const CATALOGUES: Record<Locale, Catalogue> = { en, de, es, fr, ar };
const IDS = Object.keys(en) as MessageId[];

/** Every parameter name a message takes, with its kind; a new name must be added here. */
const NUMBERS = new Set(['count', 'covered', 'total', 'current', 'answered', 'score', 'percent', 'pass']);
const BOOLEANS = new Set(['passed']);
const STRINGS = new Set([
  'level',
  'id',
  'bank',
  'source',
  'reason',
  'verdict',
  'rating',
  'detail',
  'said',
  'wrong',
  'right',
  'attribute',
  'unknown',
  'topics',
  'duration',
  'scores',
  'topic',
  'response',
  'choices',
  'points',
  'answer',
  'date',
]);

/** A string parameter's stand-in: recognisable in the output, and never a word of any language. */
const sentinel = (name: string): string => `⟦${name}⟧`;

/** Numbers that reach every plural category of the five languages (ar: 0, 1, 2, 3–10, 11–99, 100+). */
const SAMPLES = [0, 1, 2, 3, 11, 100, 1.5, 1_000_000];

interface Call {
  text: string;
  used: Set<string>;
  plurals: PluralForms[];
}

/** Runs one message with every parameter stubbed as `value` (numbers) / `flag` (booleans), recording what it reads. */
function call(locale: Locale, id: MessageId, value: number, flag: boolean): Call {
  const used = new Set<string>();
  const plurals: PluralForms[] = [];
  const base = tools(locale);
  const recording: Tools = { ...base, plural: (count, forms) => (plurals.push(forms), base.plural(count, forms)) };
  const params = new Proxy({} as Record<string, unknown>, {
    get(_, name) {
      if (typeof name !== 'string') return undefined;
      used.add(name);
      if (NUMBERS.has(name)) return value;
      if (BOOLEANS.has(name)) return flag;
      if (STRINGS.has(name)) return sentinel(name);
      throw new Error(`${id} reads an unknown parameter "${name}": add it to the lists in this test`);
    },
  });
  const message = CATALOGUES[locale][id] as string | ((p: unknown, t: Tools) => string);
  const text = typeof message === 'string' ? message : message(params, recording);
  return { text, used, plurals };
}

/** The message run with every sample number, both ways round for booleans. */
const calls = (locale: Locale, id: MessageId): Call[] => SAMPLES.flatMap((n) => [call(locale, id, n, true), call(locale, id, n, false)]);

/**
 * The text with string parameters, numbers as Intl formats them (Arabic with Latin digits groups
 * them with ","), and HTML attribute code (`for="x"`, `<quiz-runner …>`) taken out: the language's own words.
 */
const own = (text: string): string =>
  text
    .replace(/⟦\w+⟧/g, 'X')
    .replace(/\d[\d,.\u00a0\u202f]*\d|\d/g, '0')
    .replace(/<quiz-runner id="X">/g, 'X')
    .replace(/\b(for|topics)="X"/g, 'X');

const TRANSLATED: Locale[] = ['de', 'es', 'fr', 'ar'];

describe('message catalogues', () => {
  it('has about 150 messages, each id written area.name', () => {
    expect(IDS.length).to.be.within(140, 200);
    for (const id of IDS) expect(id).to.match(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  for (const locale of TRANSLATED) {
    describe(locale, () => {
      it('has every English id and no other', () => {
        expect(Object.keys(CATALOGUES[locale]).sort()).to.deep.equal([...IDS].sort());
      });

      it('reads the same parameters as English and shows every text parameter that English shows', () => {
        for (const id of IDS) {
          const ours = calls(locale, id);
          const theirs = calls('en', id);
          const read = (cs: Call[]): string[] => [...new Set(cs.flatMap((c) => [...c.used]))].sort();
          expect(read(ours), `${locale} ${id} parameters`).to.deep.equal(read(theirs));
          for (const name of read(theirs).filter((n) => STRINGS.has(n))) {
            if (theirs.some((c) => c.text.includes(sentinel(name)))) {
              expect(
                ours.some((c) => c.text.includes(sentinel(name))),
                `${locale} ${id} never shows {${name}}`,
              ).to.equal(true);
            }
          }
        }
      });

      it('gives every plural exactly the forms Intl.PluralRules has for the language', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
        let plurals = 0;
        for (const id of IDS) {
          for (const c of calls(locale, id)) {
            for (const forms of c.plurals) {
              plurals++;
              expect(Object.keys(forms).sort(), `${locale} ${id}`).to.deep.equal(categories);
              // A plural that shows its number shows it in "other" (a plural may also only agree: "is"/"are").
              if (Object.values(forms).some((f) => f?.includes('#')))
                expect(forms.other, `${locale} ${id}: "other" shows the number`).to.include('#');
            }
          }
        }
        expect(plurals).to.be.greaterThan(0);
      });

      it('writes each message as a sentence of its own language, never as a blank or a broken value', () => {
        for (const id of IDS) {
          for (const { text } of calls(locale, id)) {
            if (id === 'common.comma' || id === 'common.semicolon') continue;
            expect(text, `${locale} ${id}`).to.equal(text.trim());
            expect(text, `${locale} ${id}`).to.not.match(/ {2}|undefined|NaN|\[object|#/);
            expect(text.length, `${locale} ${id}`).to.be.greaterThan(0);
          }
        }
      });
    });
  }

  it('leaves only words that the language shares with English untranslated', () => {
    const SAME: Record<string, string[]> = {
      de: ['common.comma', 'common.semicolon', 'mode.quiz', 'card.feedback'],
      es: ['common.comma', 'common.semicolon'],
      fr: ['common.comma', 'mode.quiz', 'check.correct', 'check.correctAnnounce', 'runner.nav', 'report.questions', 'summary.colScore'],
      ar: [],
    };
    for (const locale of TRANSLATED) {
      const same = IDS.filter((id) => calls(locale, id).every((c, i) => c.text === calls('en', id)[i]!.text));
      expect(same.sort(), locale).to.deep.equal(SAME[locale]!.sort());
    }
  });

  it('French: a no-break space before : and a narrow one before ; ? !, and inside « »; typographic apostrophes', () => {
    for (const id of IDS) {
      for (const { text } of calls('fr', id)) {
        const words = own(text);
        expect(words, id).to.not.match(/[^\u00a0]:/);
        expect(words, id).to.not.match(/[^\u202f][;?!]/);
        expect(words, id).to.not.match(/«[^\u202f]|[^\u202f]»/);
        expect(words, id).to.not.match(/['"]/);
      }
    }
  });

  it('Arabic: Arabic comma, semicolon and question mark; «» quotes', () => {
    for (const id of IDS) {
      for (const { text } of calls('ar', id)) {
        expect(own(text), id).to.not.match(/[,;?"]/);
      }
    }
    expect(ar['rating.question']).to.match(/؟$/);
    expect(ar['common.comma']).to.equal('، ');
    expect(ar['common.semicolon']).to.equal('؛ ');
  });

  it('Spanish: ¿…? and «» quotes; German: „…“ quotes', () => {
    for (const id of IDS) {
      for (const { text } of calls('es', id)) {
        const words = own(text);
        expect(words, id).to.not.match(/"/);
        if (words.includes('?')) expect(words, id).to.include('¿');
      }
      for (const { text } of calls('de', id)) expect(own(text), id).to.not.match(/"/);
    }
  });
});
