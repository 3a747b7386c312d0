// The built CDN file with a real chunk failing or stalling: the learner gets an alert, never a frozen card.

import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { QuizAnswerDetail, QuizErrorDetail } from '../../src/events.js';
import { clearFaults, fault } from '../fault.js';
import { text } from './frame.js';

const CDN = '/dist/cdn/quizkit.js';
const SAMPLE = new URL('../fixtures/sample-bank.json', import.meta.url).href;
const inside = (el: Element, selector: string): Element | null => el.shadowRoot?.querySelector(selector) ?? null;

before(async () => {
  await import(/* @vite-ignore */ CDN);
});
afterEach(() => clearFaults());

describe('the CDN build when a chunk fails', () => {
  it('keeps the typed answer and shows an alert when grader.js answers 500', async () => {
    fault('/dist/cdn/grader.js', '500');
    const card = document.createElement('quiz-question-card');
    Object.assign(card, { src: SAMPLE, question: 'precision-vs-recall', mode: 'interview', loadTimeout: 2 });
    document.body.append(card);
    await waitUntil(() => inside(card, 'textarea'), 'the card did not load', { timeout: 8000 });
    const input = inside(card, 'textarea') as HTMLTextAreaElement;
    input.value = 'Precision is about false positives.';
    input.dispatchEvent(new Event('input'));
    const errored = oneEvent(card, 'quiz-error');
    const answered = oneEvent(card, 'quiz-answer');
    [...card.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Submit answer')!.click();
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.source).to.equal('grader');
    expect(detail.message).to.match(/the grader code could not load/);
    expect(((await answered) as CustomEvent<QuizAnswerDetail>).detail.response).to.equal('Precision is about false positives.');
    await waitUntil(() => inside(card, '[role=alert]'), 'no alert');
    expect(text(inside(card, '[role=alert]'))).to.match(/^Feedback on your answer could not load/);
    expect(text(card.shadowRoot)).to.not.include('Checking your answer…');
    card.remove();
  });

  it("shows an alert with Retry in a picker inside a runner when the context code fails; Retry gets the runner's bank", async () => {
    fault('/dist/cdn/bank-provider.js', '500');
    const runner = Object.assign(document.createElement('quiz-runner'), { src: SAMPLE, loadTimeout: 2 });
    const picker = document.createElement('quiz-topic-picker');
    runner.append(picker);
    const errored = oneEvent(picker, 'quiz-error');
    document.body.append(runner);
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.source).to.equal('quiz-runner');
    expect(detail.message).to.match(/^Could not use the bank of the enclosing <quiz-runner>: the bank context code could not load/);
    await waitUntil(() => inside(picker, '[role=alert] button'), 'no Retry button');
    await waitUntil(() => inside(runner, '[part=start]'), 'the runner did not load', { timeout: 8000 });
    clearFaults();
    (inside(picker, '[role=alert] button') as HTMLButtonElement).click();
    await waitUntil(() => text(inside(picker, '[part=topics]')).includes('Metrics'), "the picker did not get the runner's bank", {
      timeout: 8000,
    });
    expect(inside(picker, '[role=alert]')).to.equal(null);
    runner.remove();
  });

  it("shows an alert with Retry when a card's question chunk never arrives", async () => {
    fault('/dist/cdn/bank/precision-vs-recall.js', 'stall');
    const card = document.createElement('quiz-question-card');
    Object.assign(card, { question: 'precision-vs-recall', loadTimeout: 1 });
    const errored = oneEvent(card, 'quiz-error');
    document.body.append(card);
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.message).to.equal(
      'Could not load the bundled question bank: question "precision-vs-recall" of the bundled bank could not load: no answer within 1 s',
    );
    await waitUntil(() => inside(card, '[role=alert] button'), 'no Retry button');
    expect(text(inside(card, '[role=alert] button'))).to.equal('Retry');
    expect(inside(card, '[part=loading]')).to.equal(null);
    card.remove();
  });
});
