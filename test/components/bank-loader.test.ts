// A bank of an element's own (src, an inline script) loads through code of its own (load.ts, with
// the parser), which a page on the bundled bank never fetches; when that code fails to load, the
// element says so with Retry. The order of the tests matters: the loader is fetched once per page.

import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { clearFaults, fault } from '../fault.js';
import { $, button, isolate, mount, requested, SAMPLE, text } from './helpers.js';

const LOADER = '/src/data/load.ts';

isolate();

describe('the bank loader code', () => {
  it('is not fetched by a card on the bundled bank', async () => {
    const el = await mount<QuizQuestionCard>(html`<quiz-question-card question="f1-score"></quiz-question-card>`);
    expect(text($(el, '[part=prompt]'))).to.include('F1');
    expect(requested(LOADER)).to.equal(0);
    expect(requested('/src/data/parse.ts')).to.equal(0);
  });

  it('that fails to load gives a card with src an alert and quiz-error; Retry then loads the bank', async () => {
    fault(LOADER, '500');
    const src = `${SAMPLE}?loader-fails`;
    const el = document.createElement('quiz-question-card');
    Object.assign(el, { src, question: 'precision-vs-recall' });
    const errored = oneEvent(el, 'quiz-error');
    document.body.append(el);
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.source).to.equal(src);
    expect(detail.message).to.match(
      new RegExp(`^Could not load the question bank from ${src.replace(/[.?]/g, '\\$&')}: the bank loader code could not load`),
    );
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal(`Question unavailable. ${detail.message} Retry`);
    await expect(el).to.be.accessible();
    clearFaults();
    button(el, 'Retry').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=prompt]'), 'Retry did not load the bank', { timeout: 4000 });
    expect(text($(el, '[part=prompt]'))).to.equal('What is the difference between precision and recall?');
    el.remove();
  });
});
