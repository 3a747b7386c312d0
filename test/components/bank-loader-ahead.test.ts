// An element's bank URL is fetched alongside the loader code (load.ts), not once that code has
// arrived: the two are downloads in parallel, as they were before the loader was a chunk.

import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { fault } from '../fault.js';
import { $, isolate, requested, SAMPLE, text } from './helpers.js';

const src = `${SAMPLE}?ahead`;
isolate();

describe('a bank from src while the loader code is on its way', () => {
  it('is fetched already, once for two cards, and the cards say when the loader never comes', async () => {
    // The loader never answers (for the rest of this page: that is why this file has one test).
    fault('/src/data/load.ts', 'stall');
    const cards = ['precision-vs-recall', 'regularisation'].map((question) =>
      Object.assign(document.createElement('quiz-question-card'), { src, question, loadTimeout: 2 }),
    );
    const errors = cards.map((el) => oneEvent(el, 'quiz-error'));
    document.body.append(...cards);
    await waitUntil(() => requested(src) === 1, 'the bank was not fetched while its loader was on its way');
    expect(cards.map((el) => el.shadowRoot!.querySelector('[part=loading]') !== null)).to.deep.equal([true, true]);
    const details = (await Promise.all(errors)).map((e) => (e as CustomEvent<QuizErrorDetail>).detail);
    for (const detail of details) {
      expect(detail).to.deep.equal({
        message: `Could not load the question bank from ${src}: the bank loader code could not load: no answer within 2 s`,
        source: src,
      });
    }
    await cards[0]!.updateComplete;
    expect(text($(cards[0]!, '[role=alert]'))).to.equal(`Question unavailable. ${details[0]!.message} Retry`);
    expect(requested(src)).to.equal(1);
    for (const el of cards) el.remove();
  });
});
