// A runner whose bank or summary code fails or never arrives: an alert (with Retry), quiz-error, no endless wait.

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import type { QuizCompleteDetail, QuizErrorDetail } from '../../src/events.js';
import { clearFaults, fault } from '../fault.js';
import { $, button, deepActive, isolate, loaded, SAMPLE, text } from './helpers.js';

const BANK = new URL(SAMPLE).pathname;
let n = 0;
/** The sample bank under a URL of its own, so that no other test's load is shared with this one. */
const bankUrl = (): string => `${SAMPLE}?test=${++n}`;

async function failingRunner(src: string): Promise<{ el: QuizRunner; detail: QuizErrorDetail }> {
  const el = document.createElement('quiz-runner');
  Object.assign(el, { src, loadTimeout: 1 });
  const errored = oneEvent(el, 'quiz-error');
  document.body.append(el);
  const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
  await el.updateComplete;
  return { el, detail };
}

/**
 * A runner in `mode` on the sample bank whose one question is skipped to the end: resolves once
 * quiz-complete has come and a quiz-error after it, with the errors (the summary's code failed).
 */
async function skipToFailedSummary(mode: 'quiz' | 'interview'): Promise<{ el: QuizRunner; errors: QuizErrorDetail[] }> {
  const el = await fixture<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode=${mode} count="1" load-timeout="1"></quiz-runner>`);
  await loaded(el);
  const errors: QuizErrorDetail[] = [];
  el.addEventListener('quiz-error', (e) => errors.push(e.detail));
  button(el, 'Start').click();
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=nav] button:not([disabled])'));
  const completed = oneEvent(el, 'quiz-complete');
  button(el, 'Skip and finish').click();
  expect(((await completed) as CustomEvent<QuizCompleteDetail>).detail.maxScore).to.equal(1);
  await waitUntil(() => errors.length > 0, 'no quiz-error');
  await el.updateComplete;
  expect(errors.map((e) => e.source)).to.deep.equal(['summary']);
  return { el, errors };
}

isolate();

describe('<quiz-runner> when its bank never arrives', () => {
  it('times out a bank URL that never answers, then Retry loads it and keeps focus', async () => {
    fault(BANK, 'stall');
    const src = bankUrl();
    const { el, detail } = await failingRunner(src);
    expect(detail).to.deep.equal({ message: `Could not load the question bank from ${src}: no answer within 1 s`, source: src });
    expect(text($(el, '[role=alert]'))).to.equal(`Quiz unavailable. ${detail.message} Retry`);
    await expect(el).to.be.accessible();
    clearFaults();
    const retry = button(el, 'Retry');
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(deepActive()?.getAttribute('part')).to.equal('loading');
    await loaded(el);
    await waitUntil(() => deepActive()?.id === 'start-heading', 'focus did not move to the loaded quiz');
    expect(text($(el, '#start-heading'))).to.equal('Sample bank');
    el.remove();
  });

  it('times out a bank whose body stalls half way', async () => {
    fault(BANK, 'stall-body');
    const src = bankUrl();
    const { el, detail } = await failingRunner(src);
    expect(detail.message).to.equal(`Could not load the question bank from ${src}: no answer within 1 s`);
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    el.remove();
  });

  it('shows an alert with Retry and fires quiz-error again when Retry fails too', async () => {
    fault(BANK, '500');
    const src = bankUrl();
    const { el } = await failingRunner(src);
    const again = oneEvent(el, 'quiz-error');
    button(el, 'Retry').click();
    expect(((await again) as CustomEvent<QuizErrorDetail>).detail.message).to.match(/the server answered 500/);
    await el.updateComplete;
    expect(deepActive()).to.equal(button(el, 'Retry'));
    el.remove();
  });
});

describe('<quiz-runner> when its summary code fails to load', () => {
  it('reports the result, shows an alert and never stays on "Preparing your results…"', async () => {
    fault('/src/components/quiz-runner/run-summary.ts', '500');
    const { el } = await skipToFailedSummary('quiz');
    expect(text($(el, '[role=alert]'))).to.match(
      /^Results unavailable\. Your results could not be shown \(the summary code could not load: .*\)\. They were reported in quiz-complete\. Retry$/,
    );
    expect(el.shadowRoot!.textContent).to.not.include('Preparing your results…');
    expect(deepActive()).to.equal(button(el, 'Retry'));
    await expect(el).to.be.accessible();
    // Nothing is lost: once the code arrives, Retry shows the results of the same run.
    clearFaults();
    button(el, 'Retry').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'), 'Retry did not bring the summary', { timeout: 4000 });
    expect(text($(el, '[part=score]'))).to.match(/^0 of 1 \(0%\) · Not passed yet/);
    expect(deepActive()?.id).to.equal('summary-heading');
  });
});

describe("<quiz-runner> when an interview report's code fails to load", () => {
  it('reports the result, shows an alert with Retry, and shows the report once Retry works', async () => {
    fault('/src/components/quiz-runner/interview-report.ts', '500');
    const { el } = await skipToFailedSummary('interview');
    expect(text($(el, '[role=alert]'))).to.match(
      /^Results unavailable\. Your results could not be shown \(the interview report code could not load: .*\)\. They were reported in quiz-complete\. Retry$/,
    );
    expect(deepActive()).to.equal(button(el, 'Retry'));
    await expect(el).to.be.accessible();
    // Nothing is lost: once the code arrives, Retry shows the report of the same run.
    clearFaults();
    button(el, 'Retry').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'), 'Retry did not bring the report', { timeout: 4000 });
    expect(text($(el, '#summary-heading'))).to.equal('Interview report');
    expect(text($(el, '[part=score]'))).to.match(/^0% of key points/);
    expect(button(el, 'Copy report')).to.be.instanceOf(HTMLButtonElement);
  });
});

describe('<quiz-runner> when its report code fails to load', () => {
  it('says so, fires quiz-error and keeps the summary', async () => {
    fault('/src/core/report.ts', '500');
    const el = await fixture<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode="interview" count="1" load-timeout="1"></quiz-runner>`);
    await loaded(el);
    button(el, 'Start').click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=nav] button:not([disabled])'));
    button(el, 'Skip and finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'), 'no summary', { timeout: 5000 });
    const errored = oneEvent(el, 'quiz-error');
    button(el, 'Copy report').click();
    expect(((await errored) as CustomEvent<QuizErrorDetail>).detail).to.deep.equal({
      message: 'The report could not be prepared for copying.',
      source: 'report',
    });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary] [role=alert]'));
    expect(text($(el, '[part=summary] [role=alert]'))).to.equal(
      'The report could not be prepared for copying: print it instead, or reload the page and try again.',
    );
    expect(text($(el, '[part=score]'))).to.match(/^0% of key points/);
    await expect(el).to.be.accessible();
  });
});

describe('<quiz-runner> when the code that reads back a saved run fails to load', () => {
  it('says so with Retry, fires quiz-error, keeps the saved run, and offers it once Retry works', async () => {
    // A run saved on an earlier page view: one answer, on question 2 of 2.
    const first = await fixture<QuizRunner>(html`<quiz-runner src=${SAMPLE} id="saved" count="2"></quiz-runner>`);
    await loaded(first);
    button(first, 'Start').click();
    await first.updateComplete;
    await waitUntil(() => first.shadowRoot!.querySelector('[part=nav] button'));
    button(first, 'Skip').click();
    await first.updateComplete;
    first.remove();
    forgetProgressStores(); // a reload: only localStorage remains
    const saved = localStorage.getItem('quizkit:sample');
    expect(saved).to.include('run:');

    fault('/src/core/restore.ts', '500');
    const el = document.createElement('quiz-runner');
    Object.assign(el, { src: SAMPLE, id: 'saved', count: 2, loadTimeout: 1 });
    const errored = oneEvent(el, 'quiz-error');
    document.body.append(el);
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.source).to.equal('restore');
    expect(detail.message).to.match(/^Your unfinished run could not be restored \(the run restore code could not load: .*\)\.$/);
    await el.updateComplete;
    expect(text($(el, '[part=start] [role=alert]'))).to.equal(`Quiz unavailable. ${detail.message} Retry`);
    // Neither Start nor Start over shows: no click can start afresh over the saved run.
    expect(() => button(el, 'Start')).to.throw();
    expect(localStorage.getItem('quizkit:sample')).to.equal(saved);
    await expect(el).to.be.accessible();

    clearFaults();
    button(el, 'Retry').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=start] button.primary'), 'Retry did not bring the offer', { timeout: 4000 });
    expect(text($(el, '[part=start] p:not(.muted)'))).to.equal('You have an unfinished run: 0 of 2 answered.');
    button(el, 'Resume').click();
    await el.updateComplete;
    expect(text($(el, '#progress-label'))).to.equal('Question 2 of 2');
    el.remove();
  });
});
