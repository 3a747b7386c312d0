// Answers stay with their own question: a slow feedback service, and a learner who moves on or
// goes back before (or after) it replies. The first tests were the 2026-11-26 review's probes.

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import type { FeedbackProvider, RemoteFeedback } from '../../src/core/remote-feedback.js';
import { forgetProgressStores, progressFor } from '../../src/internal/progress.js';
import type { QuizAnswerDetail, QuizCompleteDetail, QuizErrorDetail } from '../../src/events.js';
import { $, $$, button, mount, SAMPLE, settle, text } from './helpers.js';

const Q1 = 'precision-vs-recall';
const Q1_TEXT = 'Something unrelated about gradient descent.';
const Q2_TEXT = 'Half an answer about weights';
const FROM_SERVICE: RemoteFeedback = { score: 1, points: [true, true, true], comment: 'From the service.' };

/** A feedback service that replies when the test says so; it keeps what it was asked. */
function slowService() {
  const asked: { questionId: string; answer: string; signal: AbortSignal; reply: (r: RemoteFeedback) => void }[] = [];
  const provider: FeedbackProvider = (request, signal) =>
    new Promise((reply) => asked.push({ questionId: request.question.id, answer: request.answer, signal, reply }));
  return { provider, asked };
}

const progress = (id: string) => progressFor({ id: 'sample', title: '', topics: [], questions: [] }).get(id);
const cardOf = (runner: QuizRunner): QuizQuestionCard => $<QuizQuestionCard>(runner, 'quiz-question-card');

function type(card: QuizQuestionCard, answer: string): void {
  const input = $<HTMLTextAreaElement>(card, 'textarea');
  input.value = answer;
  input.dispatchEvent(new Event('input'));
}

/** What a runner and its cards reported. */
function listen(el: HTMLElement): { answers: QuizAnswerDetail[]; errors: QuizErrorDetail[] } {
  const heard = { answers: [] as QuizAnswerDetail[], errors: [] as QuizErrorDetail[] };
  el.addEventListener('quiz-answer', (e) => heard.answers.push(e.detail));
  el.addEventListener('quiz-error', (e) => heard.errors.push(e.detail));
  return heard;
}

async function interviewRun(provider: FeedbackProvider): Promise<QuizRunner> {
  const el = await mount<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode="interview" .feedbackProvider=${provider}></quiz-runner>`);
  button(el, 'Start').click();
  await el.updateComplete;
  await settle(el, cardOf(el));
  return el;
}

async function go(el: QuizRunner, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
  await settle(el, cardOf(el));
}

beforeEach(() => {
  // The last test's page goes away (writing what it had), then storage is emptied.
  forgetProgressStores();
  localStorage.clear();
});

describe('an interview answer the feedback service grades slowly', () => {
  /** Submits Q1, skips to Q2 before the service replies, and types there. */
  async function skipWhileGrading() {
    const { provider, asked } = slowService();
    const el = await interviewRun(provider);
    const heard = listen(el);
    type(cardOf(el), Q1_TEXT);
    button(cardOf(el), 'Submit answer').click();
    await waitUntil(() => asked.length === 1, 'the service was not asked');
    await go(el, 'Skip');
    type(cardOf(el), Q2_TEXT);
    expect(heard.answers).to.deep.equal([]);
    return { el, heard, reply: asked[0]!.reply };
  }

  it("is recorded under its own question, with its own text and the service's verdict, when the learner skips on", async () => {
    const { el, heard, reply } = await skipWhileGrading();
    reply(FROM_SERVICE);
    await waitUntil(() => heard.answers.length === 1, 'the reply was dropped');
    expect(heard.answers[0]).to.deep.include({
      questionId: Q1,
      mode: 'interview',
      score: 3,
      maxScore: 3,
      response: Q1_TEXT,
      points: [true, true, true],
    });
    await waitUntil(() => progress(Q1), 'Q1 was not saved');
    expect(progress(Q1)).to.include({ rating: 'easy', correct: 1 });
    expect(progress('regularisation')).to.equal(undefined);
    const completed = oneEvent(el, 'quiz-complete');
    button(el, 'Skip and finish').click();
    const detail = (await completed).detail as QuizCompleteDetail;
    expect(detail.answers.map((a) => [a.questionId, a.score, a.response])).to.deep.equal([[Q1, 3, Q1_TEXT]]);
    expect(heard.errors).to.deep.equal([]);
  });

  it('leaves the question on screen alone when the reply comes', async () => {
    const { el, heard, reply } = await skipWhileGrading();
    reply(FROM_SERVICE);
    await waitUntil(() => heard.answers.length === 1, 'the reply was dropped');
    await settle(el, cardOf(el));
    expect($<HTMLTextAreaElement>(cardOf(el), 'textarea').value).to.equal(Q2_TEXT);
    expect(cardOf(el).shadowRoot!.querySelector('[part=answer]')).to.equal(null);
    expect(text($(el, 'nav'))).to.equal('Back Skip and finish');
    await expect(el).to.be.accessible();
  });

  it("shows the service's verdict on going back, once it has replied", async () => {
    const { provider, asked } = slowService();
    const el = await interviewRun(provider);
    type(cardOf(el), Q1_TEXT);
    button(cardOf(el), 'Submit answer').click();
    await waitUntil(() => asked.length === 1);
    await go(el, 'Skip');
    await go(el, 'Back'); // still before the reply
    expect(cardOf(el).shadowRoot!.querySelector('[part=verdict]')).to.equal(null);
    const answered = oneEvent(el, 'quiz-answer');
    asked[0]!.reply(FROM_SERVICE);
    expect((await answered).detail).to.deep.include({ questionId: Q1, response: Q1_TEXT, score: 3 });
    await settle(el, cardOf(el));
    expect(text($(cardOf(el), '[part=verdict]'))).to.equal('From the service.');
    expect($<HTMLTextAreaElement>(cardOf(el), 'textarea').value).to.equal(Q1_TEXT);
    expect(text($(el, 'nav'))).to.equal('Back Next');
  });
});

describe('going back to an answered interview question', () => {
  it('shows the verdict the service gave, not a fresh offline one', async () => {
    const el = await interviewRun(async () => FROM_SERVICE);
    type(cardOf(el), Q1_TEXT);
    const answered = oneEvent(cardOf(el), 'quiz-answer');
    button(cardOf(el), 'Submit answer').click();
    expect((await answered).detail).to.deep.include({ score: 3, maxScore: 3 });
    await settle(el, cardOf(el));
    expect(text($(cardOf(el), '[part=verdict]'))).to.equal('From the service.');
    await go(el, 'Next');
    await go(el, 'Back');
    // Offline, this answer covers none of the key points ("A list of keywords: …").
    expect(text($(cardOf(el), '[part=verdict]'))).to.equal('From the service.');
    expect($$(cardOf(el), '[part=key-points] li').map((li) => text(li).slice(0, 9))).to.deep.equal(['✓ Covered', '✓ Covered', '✓ Covered']);
    expect(cardOf(el).shadowRoot!.textContent).to.not.include('Checking your answer…');
    await expect(el).to.be.accessible();
  });

  it('shows the recorded score and points after a reload, not a fresh offline verdict', async () => {
    const first = await interviewRun(async () => FROM_SERVICE);
    type(cardOf(first), Q1_TEXT);
    const answered = oneEvent(cardOf(first), 'quiz-answer');
    button(cardOf(first), 'Submit answer').click();
    await answered;
    await settle(first, cardOf(first));
    await go(first, 'Next');
    // The page goes away and comes back: the run resumes from storage, the card's memory is gone.
    first.remove();
    forgetProgressStores();
    const el = await mount<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode="interview"></quiz-runner>`);
    await go(el, 'Resume');
    await go(el, 'Back');
    expect(text($(cardOf(el), '[part=verdict]'))).to.equal('Score: 100%.');
    expect($$(cardOf(el), '[part=key-points] li').map((li) => text(li).slice(0, 9))).to.deep.equal(['✓ Covered', '✓ Covered', '✓ Covered']);
    expect($<HTMLTextAreaElement>(cardOf(el), 'textarea').value).to.equal(Q1_TEXT);
    await expect(el).to.be.accessible();
  });

  it('on its own, shows a saved interview answer with its recorded points', async () => {
    const saved: QuizAnswerDetail = {
      questionId: Q1,
      mode: 'interview',
      score: 1,
      maxScore: 3,
      response: Q1_TEXT,
      points: [false, true, false],
      elapsedMs: 10,
    };
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question=${Q1} mode="interview" .saved=${saved}></quiz-question-card>`,
    );
    await el.updateComplete;
    expect(text($(el, '[part=verdict]'))).to.equal('Score: 33%.');
    expect($$(el, '[part=key-points] li').map((li) => text(li).slice(0, 9))).to.deep.equal(['✗ Missed:', '✓ Covered', '✗ Missed:']);
    expect($<HTMLTextAreaElement>(el, 'textarea').readOnly).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('a card whose question changes while the service grades', () => {
  it('records an interview submission under the question it answered, and leaves the new question alone', async () => {
    const { provider, asked } = slowService();
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question=${Q1} mode="interview" .feedbackProvider=${provider}></quiz-question-card>`,
    );
    const heard = listen(el);
    type(el, Q1_TEXT);
    button(el, 'Submit answer').click();
    await waitUntil(() => asked.length === 1);
    el.question = 'regularisation';
    await el.updateComplete;
    type(el, Q2_TEXT);
    asked[0]!.reply({ score: 0, points: [false, true, false], comment: 'One of three.' });
    await waitUntil(() => heard.answers.length === 1, 'the reply was dropped');
    expect(heard.answers[0]).to.deep.include({ questionId: Q1, response: Q1_TEXT, score: 1, points: [false, true, false] });
    await el.updateComplete;
    expect(text($(el, '[part=prompt]'))).to.equal('Which of these reduce overfitting?');
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(Q2_TEXT);
    expect(el.shadowRoot!.querySelector('[part=answer]')).to.equal(null);
    expect(button(el, 'Submit answer').disabled).to.equal(false);
    await waitUntil(() => progress(Q1));
    expect(progress(Q1)).to.include({ rating: 'hard', correct: 0 });
    expect(heard.errors).to.deep.equal([]);
  });

  it('stops asking the service about a practice answer nobody looks at any more', async () => {
    const { provider, asked } = slowService();
    const el = await mount<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question=${Q1} .feedbackProvider=${provider}></quiz-question-card>`,
    );
    const heard = listen(el);
    type(el, Q1_TEXT);
    button(el, 'Show answer').click();
    await waitUntil(() => asked.length === 1);
    await el.updateComplete;
    expect(text($(el, '[part=answer]'))).to.include('Checking your answer…');
    el.question = 'regularisation';
    await el.updateComplete;
    expect(asked[0]!.signal.aborted).to.equal(true);
    // Even a late reply changes nothing: no feedback, no answer, no error.
    asked[0]!.reply(FROM_SERVICE);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=answer]')).to.equal(null);
    expect(heard).to.deep.equal({ answers: [], errors: [] });
    await expect(el).to.be.accessible();
  });
});

describe('feedback-credentials', () => {
  const COOKIE = 'quizkit-credentials-test';
  beforeEach(() => (document.cookie = `${COOKIE}=1; path=/`));
  afterEach(() => (document.cookie = `${COOKIE}=; path=/; max-age=0`));

  async function verdict(credentials?: string): Promise<string> {
    const el = await fixture<QuizQuestionCard>(html`<quiz-question-card src=${SAMPLE} question=${Q1} mode="interview"
      feedback-endpoint="/test-feedback/ok" feedback-credentials=${credentials ?? nothing}></quiz-question-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('textarea'));
    type(el, 'abc');
    const answered = oneEvent(el, 'quiz-answer');
    button(el, 'Submit answer').click();
    await answered;
    await el.updateComplete;
    return text($(el, '[part=verdict]'));
  }

  it('sends no cookies to the feedback service unless the page opts in', async () => {
    expect(await verdict()).to.equal('Service feedback on precision-vs-recall: 3 characters; cookie not sent.');
    expect(await verdict('omit')).to.match(/cookie not sent\.$/);
  });

  it("sends the page's cookies with same-origin or include", async () => {
    expect(await verdict('same-origin')).to.match(/cookie sent\.$/);
    expect(await verdict('include')).to.match(/cookie sent\.$/);
  });
});
