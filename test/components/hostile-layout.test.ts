// Bank text with long URLs, unbroken words and identifiers wraps inside a phone-sized page.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import '../../src/components/topic-picker/topic-picker.js';
import type { LitElement } from 'lit';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { $, button, settle, text } from './helpers.js';

const URL130 = `https://example.com/${'a-very-long-path-segment/'.repeat(4)}${'x'.repeat(10)}`.slice(0, 130);
const WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4);
const IDENT = 'sklearn_model_selection_cross_val_score_with_stratified_group_k_fold_and_shuffle';
const bank = {
  id: 'hostile-layout',
  title: 'Long things',
  topics: [{ id: 't', title: 'Topic' }],
  questions: [
    {
      id: 'long',
      topic: 't',
      prompt: `What does ${URL130} say about ${WORD} and \`${IDENT}\`?`,
      answer: `See [${URL130}](${URL130}); ${WORD}.\n\n\`\`\`\n${IDENT}(${IDENT}, ${IDENT})\n\`\`\``,
      check: {
        prompt: `Which is ${WORD}?`,
        choices: [{ text: URL130, correct: true, feedback: IDENT }, { text: `\`${IDENT}\`` }],
        explanation: `${URL130} ${WORD}`,
      },
    },
  ],
};

async function inPhone(template: ReturnType<typeof html>): Promise<{ phone: HTMLElement; el: LitElement }> {
  const phone = await fixture<HTMLElement>(html`<div style="width: 360px">${template}</div>`);
  const el = phone.firstElementChild as LitElement;
  await waitUntil(() => el.shadowRoot?.querySelector('[part=card], [part=start], [role=alert]'), 'did not render', { timeout: 4000 });
  return { phone, el };
}

const fits = (phone: HTMLElement, el: LitElement): void => {
  expect(el.getBoundingClientRect().width).to.be.at.most(360);
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (node.closest('pre')) continue; // code scrolls inside its own box
    expect(node.getBoundingClientRect().right - phone.getBoundingClientRect().left, node.localName).to.be.at.most(361);
  }
};

/**
 * Sets `phone` to every width from 200 to 440 px and checks that no line of `blocks` starts with
 * "·", and that each wraps at some of these widths (else the check proves nothing).
 */
function noLineStartsWithDot(phone: HTMLElement, blocks: HTMLElement[]): void {
  for (const block of blocks) {
    let wrapped = 0;
    for (let width = 200; width <= 440; width += 4) {
      phone.style.width = `${width}px`;
      const left = block.getBoundingClientRect().left;
      const lines = new Set<number>();
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (!box?.width) continue;
          lines.add(Math.round(box.top));
          if (node.textContent![i] === '·')
            expect(box.left - left, `a line of "${text(block)}" starts with "·" at ${width} px`).to.be.at.least(1);
        }
      }
      if (lines.size > 1) wrapped++;
    }
    expect(wrapped, `"${text(block)}" wraps at some width`).to.be.greaterThan(5);
  }
  phone.style.width = '320px';
}

describe('hostile layout', () => {
  beforeEach(() => {
    localStorage.clear();
    forgetProgressStores();
  });

  it('wraps long URLs, words and identifiers in a card at 360 px, revealed answer included', async () => {
    const { phone, el } = await inPhone(
      html`<quiz-question-card question="long"><script type="application/json">${JSON.stringify(bank)}</script></quiz-question-card>`,
    );
    fits(phone, el);
    button(el, 'Show answer').click();
    await settle(el);
    fits(phone, el);
    const pre = $(el, 'pre');
    expect(pre.scrollWidth).to.be.greaterThan(pre.clientWidth);
    expect(pre.clientWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('wraps them in quiz mode after Check, and in an error naming a long URL', async () => {
    const { phone, el } = await inPhone(
      html`<quiz-question-card question="long" mode="quiz"><script type="application/json">${JSON.stringify(bank)}</script></quiz-question-card>`,
    );
    el.shadowRoot!.querySelector('input')!.click();
    button(el, 'Check').click();
    await settle(el);
    fits(phone, el);
    const broken = await inPhone(html`<quiz-runner src=${`/${URL130}.json`}></quiz-runner>`);
    await waitUntil(() => broken.el.shadowRoot!.querySelector('[role=alert]'), 'no alert', { timeout: 4000 });
    fits(broken.phone, broken.el);
  });

  it('keeps the difficulty a one-line pill beside a long topic title that wraps, at 320 px', async () => {
    const long = {
      ...bank,
      topics: [{ id: 't', title: 'Generalisation and regularisation' }],
      questions: [{ ...bank.questions[0], difficulty: 'medium' }],
    };
    const phone = await fixture<HTMLElement>(
      html`<div style="width: 320px"><quiz-question-card question="long"><script type="application/json">${JSON.stringify(long)}</script></quiz-question-card></div>`,
    );
    const el = phone.firstElementChild as LitElement;
    await waitUntil(() => el.shadowRoot?.querySelector('.badge'), 'no difficulty', { timeout: 4000 });
    const badge = $(el, '.badge');
    const topic = $(el, '[part=meta] > span');
    const line = parseFloat(getComputedStyle(badge).lineHeight);
    expect(badge.textContent).to.equal('Medium');
    expect(badge.getBoundingClientRect().height).to.be.below(line * 1.5);
    expect(topic.getBoundingClientRect().height).to.be.above(line * 1.5);
    expect(badge.getBoundingClientRect().left).to.be.at.least(topic.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  it('wraps "·"-separated lines after a "·", never before one, at any phone width: start screen, summary, picker', async () => {
    const long = JSON.stringify({ ...bank, topics: [{ id: 't', title: 'Generalisation and regularisation' }] });
    const phone = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <quiz-runner count="0"><script type="application/json">${long}</script></quiz-runner>
        <quiz-topic-picker><script type="application/json">${long}</script></quiz-topic-picker>
      </div>`,
    );
    const el = phone.querySelector('quiz-runner')!;
    const picker = phone.querySelector('quiz-topic-picker')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part=start]'), 'no start screen', { timeout: 4000 });
    noLineStartsWithDot(phone, [$(el, '[part=start] .muted')]);
    button(el, 'Start').click();
    await settle(el);
    const card = $(el, 'quiz-question-card') as LitElement;
    card.shadowRoot!.querySelector('input')!.click();
    button(card, 'Check').click();
    await settle(el, card);
    button(el, 'Finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=score]'), 'no summary', { timeout: 5000 });
    await waitUntil(() => text(picker.shadowRoot?.querySelector('[part=count]')).includes('answered'), 'no progress in the picker');
    noLineStartsWithDot(phone, [$(el, '[part=score]'), $(picker, '[part=count]')]);
    await expect(el).to.be.accessible();
    await expect(picker).to.be.accessible();
  });

  it('wraps a long topic title in the summary chart, at the text size of the page', async () => {
    const title = `A very long topic title that a course author might well write, with ${IDENT}`;
    const long = { ...bank, topics: [{ id: 't', title }] };
    const { phone, el } = await inPhone(
      html`<quiz-runner count="0"><script type="application/json">${JSON.stringify(long)}</script></quiz-runner>`,
    );
    button(el, 'Start').click();
    await settle(el);
    button(el, 'Skip and finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=chart]'), 'no summary chart', { timeout: 5000 });
    fits(phone, el);
    const label = $(el, '[part=chart] .label');
    expect(label.textContent).to.equal(title);
    expect(label.scrollWidth).to.be.at.most(label.clientWidth);
    expect(label.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(label).lineHeight) * 2);
    expect(parseFloat(getComputedStyle(label).fontSize)).to.equal(parseFloat(getComputedStyle(el).fontSize) * 0.875);
    await expect(el).to.be.accessible();
  });
});
