// Right to left (dir="rtl" on an ancestor): where things land on screen, measured, and screenshots
// compared with baselines. The same measurements left to right show the assertions can tell.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { $, $$, button, loaded, SAMPLE, settle } from './helpers.js';

type Dir = 'rtl' | 'ltr';
/**
 * Screenshot baselines are Chromium's, and text renders differently from one major version to the
 * next: they are compared only in the version that wrote them (test/screenshots/CHROMIUM, update
 * both with `--update-visual-baseline`). In another engine or version the measurements alone run.
 */
const BASELINE_VERSION = (await (await fetch(new URL('../screenshots/CHROMIUM', import.meta.url))).text()).trim();
const screenshots = navigator.userAgent.match(/Chrome\/(\d+)/)?.[1] === BASELINE_VERSION;
if (!screenshots) console.warn(`rtl screenshots not compared: the baselines are Chromium ${BASELINE_VERSION}'s`);
const box = (el: Element): DOMRect => el.getBoundingClientRect();

/** The box of the text inside `el` (not of its padding). */
function textBox(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/** Two topics: one half right (a bar that stops midway), one all right. */
const bank = {
  id: 'rtl-chart',
  title: 'Chart bank',
  topics: [
    { id: 'a', title: 'Alpha topic' },
    { id: 'b', title: 'Beta' },
  ],
  questions: ['a1', 'a2', 'b1'].map((id) => ({
    id,
    topic: id[0],
    prompt: `Question ${id}?`,
    check: { choices: [{ text: 'Right', correct: true }, { text: 'Wrong' }] },
  })),
};

beforeEach(() => {
  forgetProgressStores();
  localStorage.clear();
});

describe('right to left: per-choice feedback', () => {
  async function checkedCard(dir: Dir): Promise<QuizQuestionCard> {
    const page = await fixture<HTMLElement>(
      html`<div dir=${dir} style="width: 480px"><quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card></div>`,
    );
    const el = page.querySelector('quiz-question-card')!;
    await loaded(el);
    $$(el, 'input')[0]!.click();
    button(el, 'Check').click();
    await settle(el);
    return el;
  }

  for (const dir of ['rtl', 'ltr'] as const) {
    it(`indents each choice's feedback on the start side, under the choice's text (${dir})`, async () => {
      const el = await checkedCard(dir);
      const choices = $$(el, '[part=choice]').filter((c) => c.querySelector('.feedback'));
      expect(choices.length).to.be.at.least(2);
      for (const choice of choices) {
        const input = box(choice.querySelector('input')!);
        const choiceText = textBox(choice.querySelector('label > span')!);
        const feedback = textBox(choice.querySelector('.feedback')!);
        const li = box(choice);
        if (dir === 'rtl') {
          // The checkbox sits at the right, and the feedback starts where the choice's text starts.
          expect(input.left).to.be.greaterThan(li.left + li.width / 2);
          expect(feedback.right).to.be.closeTo(choiceText.right, 2);
          expect(li.right - feedback.right).to.be.at.least(30);
        } else {
          expect(input.right).to.be.lessThan(li.left + li.width / 2);
          expect(feedback.left).to.be.closeTo(choiceText.left, 2);
          expect(feedback.left - li.left).to.be.at.least(30);
        }
      }
      await expect(el).to.be.accessible();
      if (dir === 'rtl' && screenshots) await visualDiff($(el, '[part=check]'), 'rtl-choice-feedback');
    });
  }
});

describe('right to left: the summary chart', () => {
  async function summary(dir: Dir): Promise<QuizRunner> {
    const page = await fixture<HTMLElement>(
      html`<div dir=${dir} style="width: 480px"><quiz-runner count="0"><script type="application/json">${JSON.stringify(bank)}</script></quiz-runner></div>`,
    );
    const el = page.querySelector('quiz-runner')!;
    await loaded(el);
    button(el, 'Start').click();
    await settle(el);
    for (const pick of [0, 1, 0]) {
      const card = $<QuizQuestionCard>(el, 'quiz-question-card');
      await settle(el, card);
      $$(card, 'input')[pick]!.click();
      button(card, 'Check').click();
      await settle(el, card);
      button(el, /^(Next|Finish)$/).click();
      await settle(el);
    }
    await waitUntil(() => el.shadowRoot!.querySelector('[part=chart]'), 'no summary chart', { timeout: 5000 });
    return el;
  }

  for (const dir of ['rtl', 'ltr'] as const) {
    it(`keeps every label inside the chart, bars growing from the ${dir === 'rtl' ? 'right' : 'left'} (${dir})`, async () => {
      const el = await summary(dir);
      const chart = $(el, '[part=chart]');
      const area = box(chart);
      const texts = [...chart.querySelectorAll(':scope > span')];
      expect(texts.map((t) => t.textContent)).to.deep.equal(['Alpha topic', '50%', 'Beta', '100%']);
      // Where the text itself is drawn, not its box (a title's box spans the chart's width).
      const ink = (el: Element): DOMRect => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect();
      };
      for (const t of texts) {
        const r = ink(t);
        expect(r.left, `${t.textContent} left`).to.be.at.least(area.left - 1);
        expect(r.right, `${t.textContent} right`).to.be.at.most(area.right + 1);
      }
      const bar = chart.querySelector('progress')!;
      expect(bar.value).to.equal(50);
      // A bar fills from the start of its line: the right, right to left.
      expect(getComputedStyle(bar).direction).to.equal(dir);
      const [title, value] = texts.map(ink);
      if (dir === 'rtl') {
        expect(title!.right).to.be.closeTo(area.right, 1);
        // The percentage follows the bar, to its left.
        expect(value!.right).to.be.at.most(box(bar).left);
      } else {
        expect(title!.left).to.be.closeTo(area.left, 1);
        expect(value!.left).to.be.at.least(box(bar).right);
      }
      await expect(el).to.be.accessible();
      if (dir === 'rtl' && screenshots) await visualDiff(chart, 'rtl-summary-chart');
    });
  }
});
