// Tab after "Check" or "Submit": focus sits on a heading that script focused (tabindex="-1"), and
// Tab goes on past the card (Chromium alone would go back to the card's first control), while
// Shift+Tab goes back as usual. Real key presses, on cards on their own and inside runners.

import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { $, $$, button, deepActive, mount, SAMPLE, settle, text } from './helpers.js';

beforeEach(() => {
  forgetProgressStores();
  localStorage.clear();
});

const cardOf = (runner: QuizRunner): QuizQuestionCard => $<QuizQuestionCard>(runner, 'quiz-question-card');
/** Where focus is: the answer's textarea, a heading's id, or a control's text. */
const focused = (): string => {
  const el = deepActive();
  return el instanceof HTMLTextAreaElement ? 'textarea' : el?.id || text(el);
};

/** Presses `key` and says where focus went. */
async function press(key: string): Promise<string> {
  await sendKeys({ press: key });
  return focused();
}

/** Focuses `part` of `card` again, as the card itself did. */
async function refocus(card: QuizQuestionCard, selector: string): Promise<void> {
  $(card, selector).focus();
  expect(deepActive()?.id).to.equal(selector.slice(1));
}

async function typeAndSubmit(card: QuizQuestionCard, answer: string): Promise<void> {
  $(card, 'textarea').focus();
  await sendKeys({ type: answer });
  button(card, 'Submit answer').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => card.shadowRoot!.querySelector('[part=verdict]'), 'no feedback');
  await settle(card);
}

describe('Tab from a card on its own', () => {
  const page = (card: unknown) => html`<div><button>Before</button>${card}<button>After</button></div>`;

  it('goes past a no-retry quiz card after Check, and Shift+Tab goes back into it', async () => {
    const el = await mount<QuizQuestionCard>(
      page(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz" no-retry></quiz-question-card>`),
      'quiz-question-card',
    );
    $$(el, 'input')[1]!.click();
    button(el, 'Check').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused()).to.equal('result');
    expect(await press('Tab')).to.equal('After');
    // The heading left the tab order again.
    await waitUntil(() => $(el, '#result').getAttribute('tabindex') === '-1', 'the heading stayed in the tab order');
    await refocus(el, '#result');
    expect(await press('Shift+Tab')).to.equal('Why interviewers ask this');
    await expect(el).to.be.accessible();
  });

  it('goes to "Try again" on a quiz card that offers it', async () => {
    const el = await mount<QuizQuestionCard>(
      page(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>`),
      'quiz-question-card',
    );
    $$(el, 'input')[0]!.click();
    button(el, 'Check').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused()).to.equal('result');
    expect(await press('Tab')).to.equal('Try again');
  });

  it('goes past an interview card after Submit, and Shift+Tab goes back to the answer', async () => {
    const el = await mount<QuizQuestionCard>(
      page(html`<quiz-question-card src=${SAMPLE} question="regularisation" mode="interview"></quiz-question-card>`),
      'quiz-question-card',
    );
    await typeAndSubmit(el, 'A penalty on large weights.');
    expect(focused()).to.equal('answer-heading');
    expect(await press('Tab')).to.equal('After');
    await refocus(el, '#answer-heading');
    expect(await press('Shift+Tab')).to.equal('textarea');
    await expect(el).to.be.accessible();
  });
});

describe('Tab from a card inside a runner', () => {
  async function start(mode: string): Promise<QuizRunner> {
    const el = await mount<QuizRunner>(
      html`<div><button>Before</button><quiz-runner src=${SAMPLE} mode=${mode}></quiz-runner><button>After</button></div>`,
      'quiz-runner',
    );
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, cardOf(el));
    return el;
  }

  it('quiz: goes from the checked answer to the navigation, and Shift+Tab back into the card', async () => {
    const el = await start('quiz');
    $$(cardOf(el), 'input')[1]!.click();
    button(cardOf(el), 'Check').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, cardOf(el));
    expect(focused()).to.equal('result');
    expect(await press('Tab')).to.equal('Next'); // Back is disabled on the first question
    await refocus(cardOf(el), '#result');
    expect(await press('Shift+Tab')).to.equal('Why interviewers ask this');
    await expect(el).to.be.accessible();
  });

  it('practice: goes from the answer to the rating, and from a new question into its answer or back out', async () => {
    const el = await start('practice');
    button(cardOf(el), 'Show answer').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, cardOf(el));
    expect(focused()).to.equal('answer-heading');
    expect(await press('Tab')).to.equal('the glossary'); // a link in the model answer
    button(cardOf(el), 'Good').focus();
    await sendKeys({ press: 'Enter' }); // rated: the run moves on and focuses the next question
    await settle(el, cardOf(el));
    expect(focused()).to.equal('prompt');
    expect(text($(cardOf(el), '#prompt'))).to.equal('Which of these reduce overfitting?');
    expect(await press('Tab')).to.equal('textarea');
    await refocus(cardOf(el), '#prompt');
    expect(await press('Shift+Tab')).to.equal('Before');
    button(cardOf(el), 'Show answer').click();
    await settle(el, cardOf(el));
    await refocus(cardOf(el), '#answer-heading');
    expect(await press('Tab')).to.equal('Again');
    await expect(el).to.be.accessible();
  });

  it('interview: goes from the feedback to the navigation, and Shift+Tab back to the answer', async () => {
    const el = await start('interview');
    await typeAndSubmit(cardOf(el), 'Precision counts false positives.');
    expect(await press('Tab')).to.equal('the glossary'); // the first question's model answer has a link
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, cardOf(el));
    await typeAndSubmit(cardOf(el), 'A penalty on large weights.');
    expect(focused()).to.equal('answer-heading');
    expect(await press('Tab')).to.equal('Back');
    await refocus(cardOf(el), '#answer-heading');
    expect(await press('Shift+Tab')).to.equal('textarea');
    await expect(el).to.be.accessible();
  });
});
