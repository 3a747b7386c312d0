// What asks an enclosing <quiz-bank> or <quiz-runner> for its bank (the @lit/context consumer) is
// code of its own: a card alone never fetches it, a card upgraded before its <quiz-bank> fetches it
// and waits, and a failed fetch gives an alert with Retry. No provider is defined in this file
// until a test defines one; the order of the tests matters.

import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { clearFaults, fault } from '../fault.js';
import { $, button, isolate, mount, requested, SAMPLE, text } from './helpers.js';

const CONSUMER = '/src/controllers/bank-consumer.ts';

isolate();

describe('the bank context code', () => {
  it('is not fetched by a card that no provider encloses', async () => {
    const el = await mount<QuizQuestionCard>(html`<quiz-question-card question="f1-score"></quiz-question-card>`);
    expect(text($(el, '[part=prompt]'))).to.include('F1');
    expect(requested(CONSUMER)).to.equal(0);
    expect(requested('/@lit/context/')).to.equal(0);
  });

  it('is fetched by a card inside a <quiz-bank> not defined yet; if it fails, Retry; then the card takes the bank', async () => {
    fault(CONSUMER, '500');
    const bank = Object.assign(document.createElement('quiz-bank'), { src: `${SAMPLE}?late` });
    const card = Object.assign(document.createElement('quiz-question-card'), { question: 'regularisation' });
    bank.append(card);
    const errored = oneEvent(card, 'quiz-error');
    document.body.append(bank);
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.source).to.equal('quiz-bank');
    expect(detail.message).to.match(/^Could not use the bank of the enclosing <quiz-bank>: the bank context code could not load/);
    await card.updateComplete;
    expect(text($(card, '[role=alert]'))).to.equal(`Question unavailable. ${detail.message} Retry`);
    await expect(card).to.be.accessible();

    clearFaults();
    button(card, 'Retry').click();
    // The consumer comes; the card waits for its <quiz-bank> rather than use the bundled bank
    // (which has no question "regularisation": it would say so).
    await waitUntil(() => requested(CONSUMER) === 2, 'Retry did not fetch the context code again');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(card.shadowRoot!.querySelector('[part=loading]')).to.not.equal(null);

    // The <quiz-bank> upgrades: the card shows the question from its bank.
    await import('../../src/components/quiz-bank/quiz-bank.js');
    await waitUntil(() => card.shadowRoot!.querySelector('[part=prompt]'), 'the card did not take the bank of its <quiz-bank>');
    expect(text($(card, '[part=prompt]'))).to.equal('Which of these reduce overfitting?');
    expect(card.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    bank.remove();
  });
});
