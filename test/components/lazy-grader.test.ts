// A question card whose grader fails to load: an alert, one quiz-error, and the answer kept.

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import { forgetProgressStores } from '../../src/data/progress.js';
import type { QuizAnswerDetail, QuizErrorDetail } from '../../src/events.js';
import { clearFaults, fault } from '../fault.js';
import { $, button, loaded, SAMPLE, text } from './helpers.js';

const GRADER = '/src/core/grader.ts';
const ANSWER = 'Precision counts false positives among what we flag; recall counts false negatives.';

async function card(attrs: { timeLimit?: number; endpoint?: string } = {}): Promise<QuizQuestionCard> {
  const el = await fixture<QuizQuestionCard>(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"
    load-timeout="1" time-limit=${attrs.timeLimit ?? 0} feedback-endpoint=${attrs.endpoint ?? ''}></quiz-question-card>`);
  await loaded(el);
  return el;
}

/** Types ANSWER, submits, and gathers what the card reported. */
async function submit(el: QuizQuestionCard): Promise<{ answer: QuizAnswerDetail; errors: QuizErrorDetail[] }> {
  const errors: QuizErrorDetail[] = [];
  el.addEventListener('quiz-error', (e) => errors.push(e.detail));
  const input = $<HTMLTextAreaElement>(el, 'textarea');
  input.value = ANSWER;
  input.dispatchEvent(new Event('input'));
  const answered = oneEvent(el, 'quiz-answer');
  button(el, 'Submit answer').click();
  const { detail } = await answered;
  await el.updateComplete;
  return { answer: detail, errors };
}

const status = (el: QuizQuestionCard): string => text($(el, '[role=status]'));

beforeEach(() => {
  localStorage.clear();
  forgetProgressStores();
});
afterEach(() => clearFaults());

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
