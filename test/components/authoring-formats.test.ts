// Elements with banks written in Markdown and GIFT, inline or by URL, as authors write them: run
// to the summary, and a broken file shows where it is broken.

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { loadChunk } from '../../src/internal/lazy.js';
import type { QuizCompleteDetail } from '../../src/events.js';
import { captureWarnings } from '../core/warnings.js';
import { $, $$, button, loaded, mountFailing, settle, text } from './helpers.js';

const fixtureUrl = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).href;
/** An inline bank script, as a page author writes it. */
function inlineBank(type: string, text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  return script;
}

const card = (runner: QuizRunner): QuizQuestionCard => $<QuizQuestionCard>(runner, 'quiz-question-card');

/** Answers the current question of a run with the choices at `indexes` and checks it. */
async function choose(runner: QuizRunner, ...indexes: number[]): Promise<void> {
  const c = card(runner);
  await c.updateComplete;
  for (const i of indexes) $$(c, 'input')[i]!.click();
  button(c, 'Check').click();
  await settle(runner, c);
}

/** Starts a run, answers every question with `answers[i]`, finishes and returns the result. */
async function runToSummary(el: QuizRunner, answers: number[][]): Promise<QuizCompleteDetail> {
  button(el, 'Start').click();
  await el.updateComplete;
  await settle(el, card(el));
  const completed = oneEvent(el, 'quiz-complete');
  for (const [i, picks] of answers.entries()) {
    await choose(el, ...picks);
    if (i === answers.length - 1) break;
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
  }
  button(el, 'Finish').click();
  const { detail } = (await completed) as CustomEvent<QuizCompleteDetail>;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=score]'), 'no summary');
  return detail;
}

// The parsers come as dozens of small modules from the dev server; fetch them once, within the
// hook's time, so that each test's wait is for the element, not for a busy machine's first download.
before(async () => {
  await Promise.all([loadChunk('Markdown parser'), loadChunk('GIFT parser')]);
});

beforeEach(() => {
  forgetProgressStores();
  localStorage.clear();
});

describe('a Markdown bank', () => {
  it('inline in a runner, indented with the page, runs to the summary with its feedback and explanations', async () => {
    const el = await fixture<QuizRunner>(html`<quiz-runner>
      <script type="text/markdown">
        # Blog quiz

        ## Metrics

        ### Which metric is hurt by **false positives**?

        - [x] Precision
          > Right: it divides by everything predicted positive.
        - [ ] Recall
          > No, recall divides by the *actual* positives.

        Precision is \`TP / (TP + FP)\`.

        ### Which reduce overfitting? {#overfitting}

        - [x] L2 regularisation
        - [x] Early stopping
        - [ ] Training longer
          > That usually overfits more.
      </script>
    </quiz-runner>`);
    await loaded(el);
    expect(text($(el, '#start-heading'))).to.equal('Blog quiz');
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 2 questions · all topics');
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, card(el));
    // Bank text is Markdown, rendered by the kit: bold stays bold, never HTML from the bank.
    expect($(card(el), '[part=prompt] strong').textContent).to.equal('false positives');
    await choose(el, 1);
    expect(text(card(el).shadowRoot)).to.contain('No, recall divides by the actual positives.');
    expect($(card(el), '[part=explanation] code').textContent).to.equal('TP / (TP + FP)');
    await expect(el).to.be.accessible();
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
    const completed = oneEvent(el, 'quiz-complete');
    await choose(el, 0, 1);
    button(el, 'Finish').click();
    const { detail } = (await completed) as CustomEvent<QuizCompleteDetail>;
    expect(detail).to.deep.include({ score: 1, maxScore: 2, percent: 50 });
    expect(detail.answers.map((a) => [a.questionId, a.correct])).to.deep.equal([
      ['which-metric-is-hurt-by-false-positives', false],
      ['overfitting', true],
    ]);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=score]'), 'no summary');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('inline in a card, shows choices that start with code without their [x] marker, and a #### Explanation', async () => {
    // Before, the learner saw "[x] tuple" and "[ ] list": which choices were right.
    const el = document.createElement('quiz-question-card') as QuizQuestionCard;
    el.setAttribute('question', 'immutable');
    el.setAttribute('mode', 'quiz');
    el.append(
      inlineBank(
        'text/markdown',
        '### Which are immutable? {#immutable}\n\n- [x] `tuple`\n- [x] *str* objects\n- [ ] `list`\n\n#### Explanation\n\nTuples and strings cannot change.\n',
      ),
    );
    document.body.append(el);
    await el.updateComplete;
    await loaded(el);
    expect($$(el, 'label').map((l) => text(l))).to.deep.equal(['tuple', 'str objects', 'list']);
    expect($$(el, 'label code').map((c) => c.textContent)).to.deep.equal(['tuple', 'list']);
    $$(el, 'input')[0]!.click();
    $$(el, 'input')[1]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.contain('Tuples and strings cannot change.');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('by URL in a card, with its sections: why, model answer and key points', async () => {
    const el = await fixture<QuizQuestionCard>(
      html`<quiz-question-card src=${fixtureUrl('sample.md')} question="precision-vs-recall"></quiz-question-card>`,
    );
    await loaded(el);
    expect(text($(el, '[part=prompt]'))).to.equal('Which metric is hurt by false positives?');
    button(el, 'Show answer').click();
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.contain('Precision is the share of predicted positives that are right');
    expect(text(el.shadowRoot)).to.contain('Recall: of the actual positives, how many are found');
    await expect(el).to.be.accessible();
  });

  it('that is broken shows an alert naming the line, and fires quiz-error', async () => {
    const { el, detail } = await mountFailing('quiz-question-card', { src: fixtureUrl('broken.md'), question: 'x' });
    expect(detail.message).to.equal(
      `The question bank from ${fixtureUrl('broken.md')} is not valid: line 7: a choice list needs at least one \`- [x]\` (a right answer)`,
    );
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.contain('line 7: a choice list needs at least one `- [x]`');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('inline and broken names the line within the script', async () => {
    const runner = document.createElement('quiz-runner');
    runner.append(inlineBank('text/markdown', '\n### Q?\n\n- [x] a\n'));
    const errored = oneEvent(runner, 'quiz-error');
    document.body.append(runner);
    const { detail } = await errored;
    expect(detail.message).to.equal(
      'The question bank from an inline <script type="text/markdown"> is not valid: line 4: a choice list needs at least two choices',
    );
    await runner.updateComplete;
    expect(text($(runner, '[role=alert]'))).to.contain('line 4');
    runner.remove();
  });
});

describe('a GIFT bank', () => {
  const warnings = captureWarnings();

  it('by URL (src="….gift") runs to the summary, with $CATEGORY topics, and warns of the questions it skipped', async () => {
    const el = await fixture<QuizRunner>(html`<quiz-runner src=${fixtureUrl('sample.gift')} topics="ml-model-evaluation"></quiz-runner>`);
    await loaded(el);
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 3 questions · Model evaluation');
    // Precision vs recall (right: the first), good splits (right: the first two), accuracy on imbalance (right: False).
    const detail = await runToSummary(el, [[0], [0, 1], [1]]);
    expect(detail).to.deep.include({ score: 3, maxScore: 3, percent: 100, passed: true });
    expect(detail.answers.map((a) => a.questionId)).to.deep.equal(['precision-vs-recall', 'good-splits', 'accuracy-on-imbalance']);
    expect(warnings.messages.join('\n')).to.contain(
      'warning: line 25: "Depth" is a question with numerical answers, which quizkit cannot run; skipped',
    );
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('inline in a card shows per-choice # feedback and #### general feedback', async () => {
    const el = await fixture<QuizQuestionCard>(html`<quiz-question-card question="sky" mode="quiz">
      <script type="text/gift">
        ::Sky:: What colour is a clear daytime sky? {
          =Blue # right, Rayleigh scattering
          ~Green # no
          ####Short wavelengths scatter most.
        }
      </script>
    </quiz-question-card>`);
    await loaded(el);
    expect(text($(el, '[part=prompt]'))).to.equal('What colour is a clear daytime sky?');
    $$(el, 'input')[0]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.contain('right, Rayleigh scattering');
    expect(text(el.shadowRoot)).to.contain('Short wavelengths scatter most.');
    await expect(el).to.be.accessible();
  });

  it("exported from Moodle's editor ([html]) shows its text formatted, never its tags", async () => {
    // Moodle exports every question written in its editor as [html], escaping GIFT's characters.
    const el = document.createElement('quiz-question-card') as QuizQuestionCard;
    el.setAttribute('question', 'q1-precision');
    el.setAttribute('mode', 'quiz');
    el.append(
      inlineBank(
        'text/gift',
        String.raw`// question: 1234  name: Q1 precision
::Q1 precision::[html]<p dir\="ltr" style\="text-align\: left;">What does <strong>precision</strong> measure?<br></p>{
	=[html]<p>TP / (TP + FP)</p>#[html]<p>Right\: of the predicted positives, the <em>true</em> ones.</p>
	~[html]<p>TP / (TP + FN)</p>#[html]<p>That is recall &amp; not precision.</p>
	####[html]<p>Precision is x<sup>2</sup>-free.</p><style>p \{ color\: red \}</style>
}`,
      ),
    );
    document.body.append(el);
    await el.updateComplete;
    await loaded(el);
    const prompt = $(el, '[part=prompt]');
    expect(text(prompt)).to.equal('What does precision measure?');
    expect(prompt.querySelector('strong')?.textContent).to.equal('precision');
    expect($$(el, 'label').map((l) => text(l))).to.deep.equal(['TP / (TP + FP)', 'TP / (TP + FN)']);
    $$(el, 'input')[1]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    const shown = text(el.shadowRoot);
    expect(shown).to.contain('That is recall & not precision.');
    expect(shown).to.contain('Precision is x²-free.');
    expect(shown).not.to.match(/<\/?(p|strong|em|sup|style)\b|color|&amp;/);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('that is broken shows an alert naming the line, and fires quiz-error', async () => {
    const el = document.createElement('quiz-question-card');
    el.setAttribute('question', 'x');
    el.append(inlineBank('text/gift', '::Ok:: fine {=a ~b}\n\n::Broken:: oops {=a ~b\n'));
    const errored = oneEvent(el, 'quiz-error');
    document.body.append(el);
    const { detail } = await errored;
    expect(detail.message).to.match(/^The question bank from an inline <script type="text\/gift"> is not valid: line 3: not valid GIFT: /);
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.contain('line 3: not valid GIFT');
    el.remove();
  });
});
