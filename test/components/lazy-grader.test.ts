// A question card whose grader fails to load: an alert, one quiz-error, and the answer kept.

import { expect, waitUntil } from '@open-wc/testing';
import { fault } from '../fault.js';
import { $, isolate, text } from './helpers.js';
import { ANSWER, card, status, submit } from './lazy-card-helpers.js';
// The feedback view the grader's failure is shown in is loaded already: with load-timeout 1 s,
// a busy machine's dev server could otherwise time it out first, and the test would see that.
import '../../src/components/question-card/feedback-view.js';

const GRADER = '/src/core/grader.ts';

isolate();

describe('<quiz-question-card> when its grader fails to load', () => {
  it('keeps the answer and shows an alert when the grader fails to load', async () => {
    fault(GRADER, '500');
    const el = await card();
    const { answer, errors } = await submit(el);
    expect(answer).to.deep.include({ questionId: 'precision-vs-recall', response: ANSWER });
    await waitUntil(() => localStorage.getItem('quizkit:sample')?.includes('precision-vs-recall'), 'the answer was not saved');
    expect(text($(el, '[role=alert]'))).to.match(/^Feedback on your answer could not load \(the grader code could not load: /);
    expect(errors.map((e) => e.source)).to.deep.equal(['grader']);
    expect(el.shadowRoot!.textContent).to.not.include('Checking your answer…');
    expect(status(el)).to.equal('Answer shown. Feedback on your answer is unavailable.');
    await expect(el).to.be.accessible();
  });
});
