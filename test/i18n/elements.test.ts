// Every element in German and Arabic, as a learner sees it: its messages, `lang` and `dir` on its
// UI text, plural forms, a page's `strings`, two elements in two languages on one page, and bank
// text in the bank's own language. Runs in Chromium and Firefox ESR (test/i18n/).

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-bank/quiz-bank.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import '../../src/components/topic-picker/topic-picker.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizTopicPicker } from '../../src/components/topic-picker/topic-picker.js';
import { $, $$, button, mount, SAMPLE, text } from '../components/helpers.js';
import { captureWarnings } from '../core/warnings.js';

/** Waits until `el`'s UI text says `lang` (its catalogue has arrived) and returns that text's container. */
async function speaks(el: Element, lang: string): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot?.querySelector(`[lang="${lang}"]`), `<${el.localName}> never spoke ${lang}`, { timeout: 5000 });
  return $(el, `[lang="${lang}"]`);
}

/** A small bank written in Arabic (`language: "ar"`). */
const ARABIC_BANK = {
  title: 'بنك تجريبي',
  language: 'ar',
  topics: [{ id: 'metrics', title: 'المقاييس' }],
  questions: [
    {
      id: 'pr',
      topic: 'metrics',
      difficulty: 'hard',
      prompt: 'ما الفرق بين الدقة والاستدعاء؟',
      answer: 'الدقة هي نسبة الإيجابيات الصحيحة.',
      check: { choices: [{ text: 'أ', correct: true }, { text: 'ب' }] },
    },
  ],
};

/** The question count of each topic (progress, which earlier tests leave in the page's store, follows it). */
const counts = (picker: Element): string[] => $$(picker, '[part=count]').map((c) => text(c).split(' · ')[0]!);

describe('the elements in German', () => {
  it('a card shows its buttons, difficulty and ratings in German, with lang="de" and dir="ltr"', async () => {
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card lang="de" src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`,
    );
    const ui = await speaks(el, 'de');
    expect(ui.getAttribute('dir')).to.equal('ltr');
    expect(text($(el, '.badge'))).to.equal('Leicht');
    button(el, 'Antwort zeigen').click();
    await waitUntil(() => $$(el, 'button').some((b) => text(b) === 'Gut'), 'no German ratings');
    expect(text($(el, '[part=rating] legend'))).to.equal('Wie gut wusstest du das?');
    await expect(el).to.be.accessible();
  });

  it('a single-choice check, after a wrong pick, says the right choice was the right answer', async () => {
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card lang="de" mode="quiz" src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`,
    );
    await speaks(el, 'de');
    $$(el, 'input')[0]!.click(); // the first choice is wrong; the second is right
    button(el, 'Prüfen').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=feedback]'));
    const feedback = $$(el, '[part=feedback]').map(text);
    expect(feedback[0]).to.contain('Diese ist falsch.');
    expect(feedback[1]).to.contain('Das war die richtige Antwort.');
    expect(feedback[1]).not.to.contain('auch');
  });

  it('an interview card says a swapped claim in German, naming the subjects as the bank does', async () => {
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card lang="de" mode="interview" question="lasso-vs-ridge"></quiz-question-card>`,
    );
    await speaks(el, 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'no answer box');
    const input = $<HTMLTextAreaElement>(el, 'textarea');
    input.value =
      'Ridge uses the absolute values and sets coefficients exactly to zero, so ridge does feature selection; lasso keeps every feature.';
    input.dispatchEvent(new Event('input'));
    button(el, 'Antwort abschicken').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=issues]'), 'no claims to check', { timeout: 5000 });
    const claims = $$(el, '[part=issues] li').map(text);
    expect(
      claims.some((c) => /„[^“]+“ hast du über ridge gesagt, es gilt aber für lasso\./i.test(c)),
      claims.join(' | '),
    ).to.equal(true);
    expect(claims.join(' ')).not.to.contain('was said of');
    await expect(el).to.be.accessible();
  });

  it('a picker counts questions with German plurals', async () => {
    const el = await mount<QuizTopicPicker>(html`<quiz-topic-picker lang="de" src=${SAMPLE}></quiz-topic-picker>`);
    await speaks(el, 'de');
    expect(counts(el)).to.deep.equal(['3 Fragen', '1 Frage', '2 Fragen']);
    expect(text($(el, 'legend'))).to.equal('Themen');
    await expect(el).to.be.accessible();
  });

  it('a runner inherits German from an ancestor, and its cards too', async () => {
    const root = await fixture<HTMLElement>(
      html`<section lang="de-AT"><quiz-runner src=${SAMPLE} count="2" seed="1" shuffle></quiz-runner></section>`,
    );
    const el = root.querySelector('quiz-runner')! as QuizRunner;
    await speaks(el, 'de-AT');
    expect(text($(el, '[part=start] .muted'))).to.match(/^Quiz · 2 Fragen ·/);
    button(el, 'Starten').click();
    await waitUntil(() => el.shadowRoot!.querySelector('quiz-question-card'));
    expect(text($(el, '#progress-label'))).to.equal('Frage 1 von 2');
    const card = el.shadowRoot!.querySelector('quiz-question-card')!;
    await speaks(card, 'de-AT');
    expect(text(button(card, 'Prüfen'))).to.equal('Prüfen');
    expect(text(button(el, 'Überspringen'))).to.equal('Überspringen');
  });

  it('the strings property overrides a message, and the runner hands it on to its cards', async () => {
    const strings = { 'runner.start': 'Los geht’s', 'check.check': 'Abgeben', 'picker.questions': '{count} Karten' };
    const el = await mount<QuizRunner>(html`<quiz-runner lang="de" src=${SAMPLE} count="1" .strings=${strings}></quiz-runner>`);
    await speaks(el, 'de');
    button(el, 'Los geht’s').click();
    await waitUntil(() => el.shadowRoot!.querySelector('quiz-question-card'));
    const inner = el.shadowRoot!.querySelector('quiz-question-card')!;
    await waitUntil(() => inner.shadowRoot?.querySelector('button.primary'));
    await waitUntil(
      () => text(inner.shadowRoot!.querySelector('button.primary')) === 'Abgeben',
      "the card did not take the runner's strings",
    );
    const picker = await mount<QuizTopicPicker>(html`<quiz-topic-picker lang="de" src=${SAMPLE} .strings=${strings}></quiz-topic-picker>`);
    await speaks(picker, 'de');
    expect(counts(picker)).to.deep.equal(['3 Karten', '1 Karten', '2 Karten']);
  });
});

describe("a page's strings for messages that come with a chunk", () => {
  const warnings = captureWarnings();

  it("are no typos to a runner and its summary before the interview report's chunk has come; a typo still is", async () => {
    const strings = { 'summary.copyReport': 'Copy it', 'runner.reportCopied': 'Copied!', 'summary.headng': 'Result' };
    // An id of its own: no run saved by an earlier test is offered to resume.
    const el = await mount<QuizRunner>(
      html`<quiz-runner id="strings-elsewhere" src=${SAMPLE} count="1" .strings=${strings}></quiz-runner>`,
    );
    button(el, 'Start').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=nav] button:not([disabled])'));
    button(el, 'Skip and finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'), 'no summary', { timeout: 5000 });
    const unknown = warnings.messages.filter((m) => /is not a message id/.test(m));
    expect(unknown).to.have.length(1);
    expect(unknown[0]).to.match(/strings\["summary\.headng"\]/);
  });
});

describe('the elements in Arabic', () => {
  it('a card is right to left, with Arabic buttons and difficulty', async () => {
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card lang="ar" src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`,
    );
    const ui = await speaks(el, 'ar');
    expect(ui.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '[part=card]')).direction).to.equal('rtl');
    expect(text($(el, '.badge'))).to.equal('سهل');
    expect(text(button(el, 'إظهار الإجابة'))).to.equal('إظهار الإجابة');
    await expect(el).to.be.accessible();
  });

  it('a picker uses the Arabic plural forms (one, two, few)', async () => {
    const el = await mount<QuizTopicPicker>(html`<quiz-topic-picker lang="ar" src=${SAMPLE}></quiz-topic-picker>`);
    const ui = await speaks(el, 'ar');
    expect(ui.getAttribute('dir')).to.equal('rtl');
    expect(counts(el)).to.deep.equal(['3 أسئلة', 'سؤال واحد', 'سؤالان']);
    await expect(el).to.be.accessible();
  });

  it('a runner and a card on one page speak two languages', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <quiz-runner lang="ar" src=${SAMPLE}></quiz-runner>
      <quiz-question-card lang="de" src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>
    </div>`);
    const runner = root.querySelector('quiz-runner')!;
    const card = root.querySelector('quiz-question-card')!;
    await speaks(runner, 'ar');
    await speaks(card, 'de');
    expect(text(button(runner, 'ابدأ'))).to.equal('ابدأ');
    expect(text(button(card, 'Antwort zeigen'))).to.equal('Antwort zeigen');
  });
});

describe("bank text keeps the bank's language", () => {
  it('an Arabic bank on an English element: Arabic bank text (lang="ar", dir="auto"), English UI', async () => {
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card lang="en" question="pr"><script type="application/json">${JSON.stringify(ARABIC_BANK)}</script></quiz-question-card>`,
    );
    const ui = $(el, '[lang="en"]');
    expect(ui.getAttribute('dir')).to.equal('ltr');
    const prompt = $(el, '[part=prompt] [lang="ar"]');
    expect(prompt.getAttribute('dir')).to.equal('auto');
    expect(text(prompt)).to.equal('ما الفرق بين الدقة والاستدعاء؟');
    expect(text($(el, '[part=meta] [lang="ar"]'))).to.equal('المقاييس');
    expect(text($(el, '.badge'))).to.equal('Hard');
    expect(text(button(el, 'Show answer'))).to.equal('Show answer');
    await expect(el).to.be.accessible();
  });

  it("without a lang anywhere, the UI speaks the bank's language", async () => {
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card mode="quiz" question="pr"><script type="application/json">${JSON.stringify(ARABIC_BANK)}</script></quiz-question-card>`,
    );
    const ui = await speaks(el, 'ar');
    expect(ui.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '.hint'))).to.equal('اختر إجابة واحدة.');
    expect($$(el, '[part=choice] [lang="ar"][dir="auto"]').map(text)).to.deep.equal(['أ', 'ب']);
  });
});
