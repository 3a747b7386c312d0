// The bundled bank keeps what only the grader reads (keywords, misconceptions, other phrasings) in
// a grading chunk per question: a card fetches it as the learner types an answer to grade, never
// to reveal and rate, and says so when it cannot.

import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { fault } from '../fault.js';
import { $, button, isolate, mount, requested, text } from './helpers.js';

const GRADING = '/src/data/banks/ml-interview/grading/';

isolate();

const type = (el: QuizQuestionCard, answer: string): void => {
  const input = $<HTMLTextAreaElement>(el, 'textarea');
  input.value = answer;
  input.dispatchEvent(new Event('input'));
};

describe('<quiz-question-card> on the bundled bank: its grading chunk', () => {
  it('reveals and rates without it', async () => {
    const el = await mount<QuizQuestionCard>(html`<quiz-question-card question="f1-score"></quiz-question-card>`);
    button(el, 'Show answer').click();
    await el.updateComplete;
    const answered = oneEvent(el, 'quiz-answer');
    button(el, 'Good').click();
    expect((await answered).detail).to.deep.include({ questionId: 'f1-score', rating: 'good' });
    expect(requested(`${GRADING}f1-score.json`)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('fetches it as the learner types, and grades with its keywords', async () => {
    const el = await mount<QuizQuestionCard>(html`<quiz-question-card question="precision-vs-recall"></quiz-question-card>`);
    expect(requested(`${GRADING}precision-vs-recall.json`)).to.equal(0);
    type(el, 'Precision is TP over predicted positives; recall is TP over actual positives.');
    await waitUntil(() => requested(`${GRADING}precision-vs-recall.json`) === 1, 'the grading chunk was not fetched while typing');
    button(el, 'Show answer').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=verdict]'), 'no feedback', { timeout: 4000 });
    expect(text($(el, '[part=verdict]'))).to.equal('Partial answer: it covers 2 of 6 key ideas.');
    expect(text(el.shadowRoot!.querySelector('.matched'))).to.contain('TP over predicted positives');
    expect(requested(`${GRADING}precision-vs-recall.json`)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('keeps the answer and says why there is no feedback when it fails to load', async () => {
    fault(`${GRADING}roc-auc.json`, '500');
    const el = await mount<QuizQuestionCard>(html`<quiz-question-card question="roc-auc" mode="interview"></quiz-question-card>`);
    const errors: QuizErrorDetail[] = [];
    el.addEventListener('quiz-error', (e) => errors.push(e.detail));
    type(el, 'The ROC curve plots the true positive rate against the false positive rate.');
    const answered = oneEvent(el, 'quiz-answer');
    button(el, 'Submit answer').click();
    expect((await answered).detail).to.deep.include({ questionId: 'roc-auc', score: 0 });
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.match(
      /^Feedback on your answer could not load \(the grading of question "roc-auc" of the bundled bank could not load: /,
    );
    expect(errors.map((e) => e.source)).to.deep.equal(['bundled']);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.match(/^The ROC curve/);
    await expect(el).to.be.accessible();
  });

  it("still asks the page's feedback service when it fails to load", async () => {
    fault(`${GRADING}dropout.json`, '500');
    const el = await mount<QuizQuestionCard>(html`<quiz-question-card question="dropout" mode="interview"></quiz-question-card>`);
    el.feedbackProvider = async () => ({ score: 0.5, comment: 'From the service.' });
    const errors: QuizErrorDetail[] = [];
    el.addEventListener('quiz-error', (e) => errors.push(e.detail));
    type(el, 'Units are dropped at random during training, so none can rely on another.');
    const answered = oneEvent(el, 'quiz-answer');
    button(el, 'Submit answer').click();
    // The service grades the question as shown: half of its 6 key points.
    expect((await answered).detail).to.deep.include({ questionId: 'dropout', score: 3 });
    await el.updateComplete;
    expect(text($(el, '[part=verdict]'))).to.equal('From the service.');
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
