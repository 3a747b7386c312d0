// The failures of the 2026-11-26 WCAG audit that axe alone does not catch, each checked as a user
// meets it: the heading outline (1.3.1), reflow at 320 px (1.4.10) and error boxes in a theme
// opposite to the page (1.4.3, 1.4.11). The other findings are tested beside their elements:
// see the README's "Accessibility and right-to-left" section for where.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-bank/quiz-bank.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import '../../src/components/topic-picker/topic-picker.js';
import type { LitElement } from 'lit';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { $, $$, button, loaded, mount, SAMPLE, settle, text } from './helpers.js';

beforeEach(() => {
  forgetProgressStores();
  localStorage.clear();
});

/** Every heading in `root` and the shadow roots inside it, in document order: "level text". */
function outline(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const level = el.getAttribute('aria-level') ?? /^h([1-6])$/.exec(el.localName)?.[1];
    if (level && (el.getAttribute('role') === 'heading' || /^h[1-6]$/.test(el.localName))) found.push(`${level} ${text(el)}`);
    if (el.shadowRoot) found.push(...outline(el.shadowRoot));
  }
  return found;
}

/** No heading is more than one level below the one before it. */
function expectNoSkippedLevels(headings: string[]): void {
  headings.reduce((previous, h) => {
    const level = Number(h.split(' ')[0]);
    expect(level, `${h} after level ${previous}`).to.be.at.most(previous + 1);
    return level;
  }, 1);
}

describe('1.3.1 the heading outline follows the structure', () => {
  it('puts "Key points" and "Model answer" under "Feedback" in an interview card', async () => {
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"></quiz-question-card>`,
    );
    $<HTMLTextAreaElement>(el, 'textarea').value = 'Recall is about false negatives.';
    $(el, 'textarea').dispatchEvent(new Event('input'));
    button(el, 'Submit answer').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=verdict]'), 'no feedback');
    await settle(el);
    expect(outline(el.shadowRoot!)).to.deep.equal([
      '3 What is the difference between precision and recall?',
      '4 Feedback',
      '5 Key points',
      '5 Model answer',
    ]);
  });

  it('puts "Key points" under "Model answer" on a flashcard', async () => {
    const el = await mount<QuizQuestionCard>(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    button(el, 'Show answer').click();
    await settle(el);
    expect(outline(el.shadowRoot!)).to.deep.equal([
      '3 What is the difference between precision and recall?',
      '4 Model answer',
      '5 Key points',
    ]);
  });

  it("gives a run's question screen a heading at the runner's level, above the question", async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Course</h1><quiz-runner src=${SAMPLE}></quiz-runner></main>`);
    const el = page.querySelector('quiz-runner')!;
    await loaded(el);
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, $<LitElement>(el, 'quiz-question-card'));
    const headings = outline(page);
    expect(headings.slice(0, 3)).to.deep.equal(['1 Course', '2 Question 1 of 2', '3 What is the difference between precision and recall?']);
    expectNoSkippedLevels(headings);
    await expect(el).to.be.accessible();
  });
});

describe('1.4.10 reflow at 320 px: nothing scrolls the page sideways', () => {
  const URL = `https://example.com/${'a-very-long-path-segment/'.repeat(5)}bank.json`;
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  const noPageScroll = (): void => {
    const page = document.scrollingElement!;
    expect(page.scrollWidth, 'page width').to.be.at.most(page.clientWidth);
  };

  it('wraps an error naming a long URL, in a card and in a runner', async () => {
    for (const template of [
      html`<quiz-question-card src=${URL} question="q"></quiz-question-card>`,
      html`<quiz-runner src=${URL}></quiz-runner>`,
      html`<quiz-bank src=${URL}><p>Course text.</p></quiz-bank>`,
    ]) {
      const el = await fixture<LitElement>(template);
      await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'no alert', { timeout: 4000 });
      expect(text($(el, '[role=alert]'))).to.contain(URL);
      noPageScroll();
      const alert = $(el, '[role=alert]');
      expect(alert.scrollWidth, `${el.localName}'s error box`).to.be.at.most(alert.clientWidth);
    }
  });

  it('scrolls the summary table inside its own box', async () => {
    const el = await fixture<QuizRunner>(html`<quiz-runner src=${SAMPLE} count="1"></quiz-runner>`);
    await loaded(el);
    button(el, 'Start').click();
    await el.updateComplete;
    const card = $<LitElement>(el, 'quiz-question-card');
    await settle(el, card);
    $$(card, 'input')[1]!.click();
    button(card, 'Check').click();
    await settle(el, card);
    button(el, 'Finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary] details'), 'no summary', { timeout: 5000 });
    $<HTMLDetailsElement>(el, '[part=summary] details').open = true;
    await settle(el);
    noPageScroll();
    const region = $(el, '.table-scroll');
    expect(region.getBoundingClientRect().right).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});

describe('1.4.3 / 1.4.11 error boxes in a theme opposite to the page', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [theme, page, bg] of [
    ['dark', 'light', '#ffffff'],
    ['light', 'dark', '#0d1117'],
  ] as const) {
    it(`keeps every error box readable with theme="${theme}" on a ${page} page`, async () => {
      await emulateMedia({ colorScheme: page });
      for (const template of [
        html`<quiz-runner src="/no-such-bank.json" theme=${theme}></quiz-runner>`,
        html`<quiz-bank src="/no-such-bank.json" theme=${theme}><p>Course text.</p></quiz-bank>`,
        html`<quiz-topic-picker src="/no-such-bank.json" theme=${theme}></quiz-topic-picker>`,
        html`<quiz-runner src=${SAMPLE} topics="no-such-topic" theme=${theme}></quiz-runner>`,
        html`<quiz-question-card src=${SAMPLE} question="no-such-question" theme=${theme}></quiz-question-card>`,
      ]) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="background: ${bg}; color: ${page === 'dark' ? '#fff' : '#000'}">${template}</div>`,
        );
        const el = wrapper.firstElementChild as LitElement;
        await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), `no alert in <${el.localName}>`, { timeout: 4000 });
        await expect(el).to.be.accessible();
      }
    });
  }
});
