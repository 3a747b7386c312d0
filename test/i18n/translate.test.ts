// Messages as a learner reads them: plural forms chosen by Intl.PluralRules in each language,
// numbers in the language's format, a page's `strings` overrides, and English for what is missing.

import { expect } from '@open-wc/testing';
import type { Catalogue } from '../../src/i18n/messages.js';
import { messages as ar } from '../../src/i18n/locales/ar.js';
import { messages as de } from '../../src/i18n/locales/de.js';
import { messages as es } from '../../src/i18n/locales/es.js';
import { messages as fr } from '../../src/i18n/locales/fr.js';
import { en as english } from '../../src/i18n/locales/en.js';
import { interview } from '../../src/i18n/locales/en/interview.js';
import { interviewIds } from '../../src/i18n/locales/en/runner.js';
import { translator } from '../../src/i18n/translate.js';
import { captureWarnings } from '../core/warnings.js';

/** How Intl writes a number or percentage here: the spaces in French and German differ between ICU versions. */
const num = (lang: string, n: number): string => new Intl.NumberFormat(lang).format(n);
const pct = (lang: string, p: number): string => new Intl.NumberFormat(lang, { style: 'percent' }).format(p / 100);

const questions = (t: ReturnType<typeof translator>, ...counts: number[]): string[] =>
  counts.map((count) => t('picker.questions', { count }));

describe('translator: plurals from Intl.PluralRules', () => {
  it('English and German: one and other', () => {
    expect(questions(translator('en', english), 0, 1, 2, 21)).to.deep.equal(['0 questions', '1 question', '2 questions', '21 questions']);
    expect(questions(translator('de', de), 0, 1, 2, 1.5)).to.deep.equal(['0 Fragen', '1 Frage', '2 Fragen', '1,5 Fragen']);
  });

  it('French: 0 and 1.5 are singular, whole millions take "de"', () => {
    expect(questions(translator('fr', fr), 0, 1, 1.5, 2, 1_000_000)).to.deep.equal([
      '0 question',
      '1 question',
      '1,5 question',
      '2 questions',
      `${num('fr', 1_000_000)} de questions`,
    ]);
  });

  it('Spanish: one, other, and "de" after whole millions', () => {
    expect(questions(translator('es', es), 0, 1, 2, 1_000_000)).to.deep.equal([
      '0 preguntas',
      '1 pregunta',
      '2 preguntas',
      '1.000.000 de preguntas',
    ]);
  });

  it('Arabic: all six categories, each with its own form', () => {
    const rules = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => rules.select(n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(questions(translator('ar', ar), 0, 1, 2, 3, 11, 100, 102)).to.deep.equal([
      'لا أسئلة',
      'سؤال واحد',
      'سؤالان',
      '3 أسئلة',
      '11 سؤالًا',
      '100 سؤال',
      '102 سؤال',
    ]);
    const t = translator('ar', ar);
    expect([1, 2, 5, 30].map((count) => t('countdown.secondsLeft', { count }))).to.deep.equal([
      'تبقّت ثانية واحدة.',
      'تبقّت ثانيتان.',
      'تبقّت 5 ثوانٍ.',
      'تبقّت 30 ثانية.',
    ]);
  });

  it('Arabic numbers follow the tag: Latin digits for ar, Arabic-Indic for ar-EG', () => {
    expect(translator('ar', ar, undefined, 'ar-EG')('runner.progress', { current: 3, total: 10 })).to.equal('السؤال ٣ من ١٠');
    expect(translator('ar', ar)('runner.progress', { current: 3, total: 10 })).to.equal('السؤال 3 من 10');
  });

  it('a verdict reads like a sentence in each language', () => {
    const covers = { covered: 2, total: 3 };
    expect(translator('en', english)('feedback.covers', covers)).to.equal('it covers 2 of 3 key ideas');
    expect(translator('de', de)('feedback.covers', covers)).to.equal('Sie deckt 2 von 3 Kernpunkten ab');
    expect(translator('es', es)('feedback.covers', covers)).to.equal('cubre 2 de 3 puntos clave');
    expect(translator('fr', fr)('feedback.covers', covers)).to.equal('elle aborde 2 points clés sur 3');
    expect(translator('fr', fr)('feedback.covers', { covered: 1, total: 3 })).to.equal('elle aborde 1 point clé sur 3');
    expect(translator('ar', ar)('feedback.covers', covers)).to.equal('تغطي 2 من أصل 3 نقاط رئيسية');
  });
});

describe('translator: numbers and percentages in the language', () => {
  it('formats numbers and percentages inside messages', () => {
    const finished = { score: 7.5, total: 10, percent: 75, passed: true };
    expect(translator('en', english)('runner.finished', finished)).to.equal('Finished: 7.5 of 10, 75%. Passed.');
    expect(translator('de', de)('runner.finished', finished)).to.equal(`Fertig: 7,5 von 10, ${pct('de', 75)}. Bestanden.`);
    expect(pct('de', 75)).to.match(/^75\s%$/);
    expect(translator('fr', fr)('runner.finished', { ...finished, passed: false })).to.equal(
      `Terminé\u00a0: 7,5 sur 10, ${pct('fr', 75)}. Pas encore réussi.`,
    );
  });

  it('keeps English exactly as the elements wrote it before', () => {
    const t = translator('en', english);
    expect(t('runner.progressAnnounce', { current: 3, total: 10 })).to.equal('Question 3 of 10.');
    expect(t('card.questionMissing', { id: 'q9', bank: 'Sample bank', source: 'bundled' })).to.equal(
      'Question "q9" is not in the bank "Sample bank" from bundled.',
    );
    expect(t('runner.unknownTopics', { attribute: 'a,b', unknown: '"a", "b"', count: 2, bank: 'B', topics: 'x, y' })).to.equal(
      'topics="a,b": "a", "b" are not topics of the bank "B". Its topics are: x, y.',
    );
    expect(t('countdown.secondsLeft', { count: 30 })).to.equal('30 seconds left.');
    expect(t('summary.retryMissed', { count: 3 })).to.equal('Retry missed (3)');
  });
});

describe("translator: a page's strings", () => {
  const warnings = captureWarnings();

  it('overrides a message with a text, in any locale', () => {
    expect(translator('de', de, { 'runner.start': 'Los geht’s' })('runner.start')).to.equal('Los geht’s');
    expect(translator('de', de, { 'runner.start': 'Los geht’s' })('runner.back')).to.equal('Zurück');
  });

  it("fills {name} placeholders of an overriding text, numbers in the locale's format", () => {
    const t = translator('de', de, { 'summary.scoreCell': '{score}/{total} — {percent}', 'card.rated': 'Note: {rating} {nothing}' });
    expect(t('summary.scoreCell', { score: 7.5, total: 10, percent: 75 })).to.equal('7,5/10 — 75');
    expect(t('card.rated', { rating: 'Gut' })).to.equal('Note: Gut {nothing}');
  });

  it('takes a function for plurals and percentages', () => {
    const t = translator('en', english, {
      'picker.questions': ({ count }, tools) => tools.plural(count, { one: 'one card', other: '# cards' }),
      'summary.passMark': ({ percent }, tools) => `to pass: ${tools.pct(percent)}`,
    });
    expect(t('picker.questions', { count: 1 })).to.equal('one card');
    expect(t('picker.questions', { count: 4 })).to.equal('4 cards');
    expect(t('summary.passMark', { percent: 70 })).to.equal('to pass: 70%');
  });

  it('ignores an override that is not a text or a function, or that throws, with one warning each', () => {
    const strings = {
      'runner.start': 42,
      'runner.back': () => {
        throw new Error('oops');
      },
    } as unknown as Parameters<typeof translator>[2];
    const t = translator('es', es, strings);
    expect([t('runner.start'), t('runner.start'), t('runner.back'), t('runner.back')]).to.deep.equal([
      'Empezar',
      'Empezar',
      'Atrás',
      'Atrás',
    ]);
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.match(/strings\["runner.start"\] must be a text or a function/);
    expect(warnings.messages[1]).to.match(/strings\["runner.back"\] threw \(oops\)/);
  });

  it("names every id of the runner's and summary's groups that the interview report's chunk carries", () => {
    expect([...interviewIds].sort()).to.deep.equal(Object.keys(interview).sort());
  });

  it('warns once about an id that does not exist (a typo would otherwise do nothing)', () => {
    const strings = { 'runner.strat': 'Go' } as unknown as Parameters<typeof translator>[2];
    translator('en', english, strings);
    translator('en', english, strings);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/strings\["runner.strat"\] is not a message id/);
  });

  it('takes a message missing from a catalogue (an older chunk, say) from English', () => {
    const partial: Record<string, unknown> = { ...de };
    delete partial['runner.start'];
    const t = translator('de', partial as unknown as Catalogue, undefined, 'de', english);
    expect(t('runner.start')).to.equal('Start');
    expect(t('runner.back')).to.equal('Zurück');
  });
});
