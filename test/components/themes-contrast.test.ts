// Contrast that axe's page-level view can miss: a theme opposite to the page, input edges, the focus ring.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/question-card/question-card.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { LitElement } from 'lit';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { $, contrast, deepActive, loaded, SAMPLE, settle } from './helpers.js';

const background = (el: Element): string => getComputedStyle(el).backgroundColor;

async function mount(template: ReturnType<typeof html>): Promise<LitElement> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.firstElementChild as LitElement;
  await waitUntil(() => el.shadowRoot?.querySelector('[part=card], [part=topics], [part=start], [role=alert]'), 'did not render', {
    timeout: 4000,
  });
  await loaded(el);
  return el;
}

describe('contrast in every theme', () => {
  beforeEach(() => {
    localStorage.clear();
    forgetProgressStores();
  });
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [theme, page] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    it(`gives a theme="${theme}" picker, card and error box their own background on a ${page} page`, async () => {
      await emulateMedia({ colorScheme: page });
      const bg = page === 'dark' ? '#0d1117' : '#ffffff';
      const picker = await mount(
        html`<div style="background:${bg}"><quiz-topic-picker src=${SAMPLE} theme=${theme}></quiz-topic-picker></div>`,
      );
      await expect(picker).to.be.accessible();
      const card = await mount(
        html`<div style="background:${bg}"><quiz-question-card src=${SAMPLE} question="nope" theme=${theme}></quiz-question-card></div>`,
      );
      expect(contrast(getComputedStyle($(card, '[role=alert]')).color, background($(card, '[role=alert]')))).to.be.at.least(4.5);
      await expect(card).to.be.accessible();
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`gives the answer box an edge of at least 3:1 in the ${theme} theme`, async () => {
      const card = await mount(
        html`<div><quiz-question-card src=${SAMPLE} question="precision-vs-recall" theme=${theme}></quiz-question-card></div>`,
      );
      const box = $(card, 'textarea');
      expect(contrast(getComputedStyle(box).borderTopColor, background(box))).to.be.at.least(3);
    });

    it(`keeps the focus ring at 3:1 next to the ${theme} theme's background, whatever the page`, async () => {
      await emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      const card = await mount(
        html`<div style="background:${theme === 'dark' ? '#fff' : '#0d1117'}"><quiz-question-card src=${SAMPLE} question="precision-vs-recall" theme=${theme}></quiz-question-card></div>`,
      );
      $(card, 'summary').focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      const ring = getComputedStyle(deepActive()!);
      const own = background($(card, '[part=card]'));
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.boxShadow).to.contain(own);
      expect(contrast(ring.outlineColor, own)).to.be.at.least(3);
    });
  }

  it('scrolls the summary table inside its own box at 320 px', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><quiz-runner src=${SAMPLE} count="1"></quiz-runner></div>`);
    const runner = wrapper.firstElementChild as LitElement;
    await loaded(runner);
    (runner.shadowRoot!.querySelector('[part=start] .primary') as HTMLButtonElement).click();
    await settle(runner);
    const card = runner.shadowRoot!.querySelector('quiz-question-card') as LitElement;
    await settle(runner, card);
    card.shadowRoot!.querySelector('input')!.click();
    [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check')!.click();
    await settle(runner, card);
    [...runner.shadowRoot!.querySelectorAll('button')].find((b) => /Finish|See results/.test(b.textContent ?? ''))?.click();
    await waitUntil(() => runner.shadowRoot!.querySelector('[part=summary] details'), 'no summary', { timeout: 4000 });
    const details = runner.shadowRoot!.querySelector('[part=summary] details') as HTMLDetailsElement;
    details.open = true;
    await settle(runner);
    const region = $(runner, '.table-scroll');
    expect(region.getBoundingClientRect().width).to.be.at.most(320);
    expect(runner.getBoundingClientRect().width).to.be.at.most(320);
    await expect(runner).to.be.accessible();
  });
});
