// A question card whose verdict wording (its own chunk, loaded with a grading) fails to load: an
// alert, one quiz-error, the answer kept and recorded with the score it got.

import { expect, waitUntil } from '@open-wc/testing';
import { fault } from '../fault.js';
import { $, text } from './helpers.js';
import { ANSWER, card, isolate, status, submit } from './lazy-card-helpers.js';

const VERDICT = '/src/i18n/verdict.ts';

isolate();

describe('<quiz-question-card> when the verdict wording fails to load', () => {
  it('records the graded answer, keeps it, and says that its feedback could not load', async () => {
    fault(VERDICT, '500');
    const el = await card();
    const { answer, errors } = await submit(el);
    // The grader ran: the answer keeps the score it earned, only its wording is missing.
    expect(answer).to.deep.include({ questionId: 'precision-vs-recall', response: ANSWER });
    expect(answer.score).to.be.greaterThan(0);
    await waitUntil(() => localStorage.getItem('quizkit:sample')?.includes('precision-vs-recall'), 'the answer was not saved');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no alert');
    expect(text($(el, '[role=alert]'))).to.match(/^Feedback on your answer could not load \(the verdict code could not load: /);
    expect(errors.map((e) => e.source)).to.deep.equal(['verdict']);
    expect(el.shadowRoot!.querySelector('[part=verdict]')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(ANSWER);
    expect(status(el)).to.equal('Answer shown. Feedback on your answer is unavailable.');
    await expect(el).to.be.accessible();
  });
});
