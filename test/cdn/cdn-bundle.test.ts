// The built CDN file itself, as a blog page loads it: one script, the bank fetched lazily.

import { expect, waitUntil } from '@open-wc/testing';

const CDN = '/dist/cdn/quizkit.js';
const NPM = '/dist/index.js';
const bankRequests = (): number =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/dist/cdn/ml-interview-bank.js')).length;

const prompt = (el: Element | null | undefined): string =>
  el?.shadowRoot?.querySelector('[part=prompt]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

before(() => performance.setResourceTimingBufferSize(10000));

describe('the CDN bundle', () => {
  it('defines the elements without loading the bank until a card needs it', async () => {
    await import(/* @vite-ignore */ CDN);
    expect(customElements.get('quiz-question-card')).to.be.a('function');
    expect(bankRequests()).to.equal(0);
    const card = document.createElement('quiz-question-card');
    card.setAttribute('question', 'precision-vs-recall');
    document.body.append(card);
    await waitUntil(() => prompt(card) !== '', 'the card did not render', { timeout: 4000 });
    expect(prompt(card)).to.equal('What is the difference between precision and recall?');
    expect(bankRequests()).to.equal(1);
    await expect(card).to.be.accessible();
    card.remove();
  });

  it('does not throw when a second copy of the kit loads on the same page', async () => {
    await import(/* @vite-ignore */ CDN);
    await import(/* @vite-ignore */ NPM);
    const card = document.createElement('quiz-question-card');
    card.setAttribute('question', 'f1-score');
    document.body.append(card);
    await waitUntil(() => prompt(card) !== '', 'the card did not render', { timeout: 4000 });
    card.remove();
  });

  it('runs under a strict Content Security Policy with Trusted Types', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/csp-card.html';
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
    const cards = (): NodeListOf<Element> => frame.contentDocument!.querySelectorAll('quiz-question-card');
    await waitUntil(() => frame.contentDocument && cards().length === 2 && [...cards()].every((c) => prompt(c) !== ''), 'the cards did not render under CSP', { timeout: 5000 });
    const quiz = cards()[1]!.shadowRoot!;
    (quiz.querySelectorAll('input')[1] as HTMLInputElement).click();
    [...quiz.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check')!.click();
    await waitUntil(() => quiz.querySelector('#result'), 'checking failed under CSP');
    const probe = frame.contentWindow as unknown as { cspViolations: string[]; trustedTypesEnforced: boolean };
    expect(probe.trustedTypesEnforced, 'the page must enforce Trusted Types').to.equal(true);
    expect(probe.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
