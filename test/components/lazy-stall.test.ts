// On-demand code that never arrives: after `load-timeout` the learner gets an answer, not a spinner.

import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { fault } from '../fault.js';
import { $, button, isolate, mount, SAMPLE, text } from './helpers.js';

isolate();

describe('<quiz-question-card> when its on-demand code stalls', () => {
  it('stops "Checking your answer…" after load-timeout when the grader never arrives, and keeps the answer', async () => {
    fault('/src/core/grader.ts', 'stall');
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview" load-timeout="1"></quiz-question-card>`,
    );
    const input = $<HTMLTextAreaElement>(el, 'textarea');
    input.value = 'Precision and recall trade off false positives and false negatives.';
    input.dispatchEvent(new Event('input'));
    const errored = oneEvent(el, 'quiz-error');
    const answered = oneEvent(el, 'quiz-answer');
    button(el, 'Submit answer').click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Checking your answer…'), 'grading did not start');
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.message).to.match(/the grader code could not load: no answer within 1 s/);
    expect((await answered).detail.response).to.match(/^Precision and recall/);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.include('Checking your answer…');
    expect(text($(el, '[role=alert]'))).to.match(/^Feedback on your answer could not load/);
    await expect(el).to.be.accessible();
  });

  it('shows an alert with Retry when the bundled bank never arrives', async () => {
    fault('/src/data/banks/ml-interview/questions/precision-vs-recall.json', 'stall');
    const el = document.createElement('quiz-question-card');
    el.setAttribute('question', 'precision-vs-recall');
    el.setAttribute('load-timeout', '1');
    const errored = oneEvent(el, 'quiz-error');
    document.body.append(el);
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail).to.deep.equal({
      message:
        'Could not load the bundled question bank: question "precision-vs-recall" of the bundled bank could not load: no answer within 1 s',
      source: 'bundled',
    });
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal(`Question unavailable. ${detail.message} Retry`);
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
