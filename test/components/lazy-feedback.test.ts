// A question card whose feedback code (grading, the verdict's wording and its view: a chunk of
// its own) fails to load: an alert, one quiz-error, and the answer kept and recorded.

import { expect, html, waitUntil } from '@open-wc/testing';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizAnswerDetail, QuizErrorDetail } from '../../src/events.js';
import { fault } from '../fault.js';
import { $, isolate, mount, SAMPLE, text } from './helpers.js';
import { ANSWER, card, status, submit } from './lazy-card-helpers.js';

const FEEDBACK = '/src/components/question-card/feedback-view.ts';

isolate();

describe('<quiz-question-card> when its answer feedback code fails to load', () => {
  it('keeps the answer, records it, and says that its feedback could not load', async () => {
    fault(FEEDBACK, '500');
    const el = await card();
    const { answer, errors } = await submit(el);
    // Nothing could grade it: recorded as given, scored 0, as when the grader itself fails.
    expect(answer).to.deep.include({ questionId: 'precision-vs-recall', response: ANSWER, score: 0 });
    await waitUntil(() => localStorage.getItem('quizkit:sample')?.includes('precision-vs-recall'), 'the answer was not saved');
    expect(text($(el, '[role=alert]'))).to.match(/^Feedback on your answer could not load \(the answer feedback code could not load: /);
    // The quiet prefetch while typing failed too, but only the grading reports it.
    expect(errors.map((e) => e.source)).to.deep.equal(['answer feedback']);
    expect(el.shadowRoot!.querySelector('[part=verdict]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.include('Checking your answer…');
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(ANSWER);
    expect(status(el)).to.equal('Answer shown. Feedback on your answer is unavailable.');
    await expect(el).to.be.accessible();
  });

  it("shows a saved answer as it was, and says that its feedback's wording could not load", async () => {
    fault(FEEDBACK, '500');
    const saved: QuizAnswerDetail = {
      questionId: 'precision-vs-recall',
      mode: 'interview',
      score: 1,
      maxScore: 3,
      response: ANSWER,
      points: [false, true, false],
      elapsedMs: 10,
    };
    const errors: QuizErrorDetail[] = [];
    const listen = (e: Event): number => errors.push((e as CustomEvent<QuizErrorDetail>).detail);
    document.addEventListener('quiz-error', listen);
    try {
      const el = await mount<QuizQuestionCard>(
        html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview" load-timeout="1" .saved=${saved}></quiz-question-card>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no alert');
      expect(text($(el, '[role=alert]'))).to.match(/^Feedback on your answer could not load \(the answer feedback code could not load: /);
      expect(errors.map((e) => e.source)).to.deep.equal(['answer feedback']);
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(ANSWER);
      expect(el.shadowRoot!.querySelector('[part=verdict]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('quiz-error', listen);
    }
  });
});
