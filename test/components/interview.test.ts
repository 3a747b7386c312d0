// Interview mode: typed answers with feedback, the countdown, the page's feedback service,
// and the runner's report.

import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores, progressFor } from '../../src/internal/progress.js';
import type { QuizAnswerDetail, QuizCompleteDetail } from '../../src/events.js';
import { $, $$, button, contrast, deepActive, mount, SAMPLE, settle, text } from './helpers.js';

const GOOD = 'Precision counts false positives among what we flag; recall counts false negatives. It is a cost trade-off.';

const interviewCard = (template: ReturnType<typeof html>): Promise<QuizQuestionCard> => mount<QuizQuestionCard>(template);

function type(el: QuizQuestionCard, answer: string): void {
  const input = $<HTMLTextAreaElement>(el, 'textarea');
  input.value = answer;
  input.dispatchEvent(new Event('input'));
}

async function submit(el: QuizQuestionCard): Promise<CustomEvent<QuizAnswerDetail>> {
  const answered = oneEvent(el, 'quiz-answer');
  button(el, 'Submit answer').click();
  return answered;
}

beforeEach(() => {
  // The last test's page goes away (writing what it had), then storage is emptied.
  forgetProgressStores();
  localStorage.clear();
});

describe('<quiz-question-card mode="interview">', () => {
  it('asks for a typed answer, with no self-rating', async () => {
    const el = await interviewCard(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"></quiz-question-card>`,
    );
    expect(text($(el, 'label'))).to.equal('Your answer');
    // One action: no "Show answer", no self-rating.
    expect($$(el, 'button').map(text)).to.deep.equal(['Submit answer']);
    expect(el.shadowRoot!.querySelector('[part=rating]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=timer]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for an answer before submitting', async () => {
    const el = await interviewCard(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"></quiz-question-card>`,
    );
    button(el, 'Submit answer').click();
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('Type your answer first.');
  });

  it('grades the answer: verdict, key points with the matching words, model answer, event and progress', async () => {
    const el = await interviewCard(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"></quiz-question-card>`,
    );
    type(el, GOOD);
    const { detail } = await submit(el);
    expect(detail).to.deep.include({ questionId: 'precision-vs-recall', mode: 'interview', score: 3, maxScore: 3, response: GOOD });
    expect(detail.points).to.deep.equal([true, true, true]);
    await settle(el);
    expect(text($(el, '#answer-heading'))).to.equal('Feedback');
    expect(deepActive()?.id).to.equal('answer-heading');
    expect(text($(el, '[part=verdict]'))).to.equal('Strong answer: it covers 3 of 3 key ideas.');
    expect($$(el, '[part=key-points] mark').map(text)).to.deep.equal(['false positives', 'false negatives', 'cost', 'trade-off']);
    expect(text($(el, '#model-heading'))).to.equal('Model answer');
    expect($<HTMLTextAreaElement>(el, 'textarea').readOnly).to.equal(true);
    expect(text($(el, '[role=status]'))).to.equal('Answer shown. Strong answer: it covers 3 of 3 key ideas.');
    await waitUntil(() => progressFor({ id: 'sample', title: '', topics: [], questions: [] }).get('precision-vs-recall'));
    expect(progressFor({ id: 'sample', title: '', topics: [], questions: [] }).get('precision-vs-recall')).to.include({
      rating: 'easy',
      correct: 1,
    });
    await expect(el).to.be.accessible();
  });

  it('can be answered with the keyboard alone', async () => {
    const el = await interviewCard(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"></quiz-question-card>`,
    );
    $(el, 'summary').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.tagName).to.equal('TEXTAREA');
    await sendKeys({ type: 'Recall is about false negatives.' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Submit answer');
    const answered = oneEvent(el, 'quiz-answer');
    await sendKeys({ press: 'Enter' });
    expect((await answered).detail).to.deep.include({ response: 'Recall is about false negatives.', score: 1 });
  });

  describe('with a time limit', () => {
    // Only the clock is faked: the countdown reads Date.now() on real ticks.
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] })));
    afterEach(() => clock.restore());

    it('shows a countdown, announces 30 seconds left and time up, and never submits for the learner', async () => {
      const start = Date.now();
      const el = await interviewCard(
        html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview" time-limit="90"></quiz-question-card>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part=timer]'));
      expect(text($(el, '[part=timer]'))).to.equal('Time left: 1:30 Hide timer');
      expect(text($(el, '[role=timer]'))).to.equal('1:30');
      await expect(el).to.be.accessible();
      clock.setSystemTime(start + 61_000);
      await waitUntil(() => text($(el, '[role=status]')) !== '', 'no announcement near the end');
      expect(text($(el, '[role=status]'))).to.equal('29 seconds left.');
      expect(text($(el, '[part=timer]'))).to.equal('Time left: 0:29 Hide timer');
      let submitted = false;
      el.addEventListener('quiz-answer', () => (submitted = true));
      type(el, 'Half an answer');
      clock.setSystemTime(start + 95_000);
      await waitUntil(() => text($(el, '[role=status]')).startsWith('Time is up'));
      expect(text($(el, '[role=status]'))).to.equal('Time is up. Nothing is submitted for you: finish your answer and press Submit.');
      expect(text($(el, '[part=timer]'))).to.equal('Time is up: finish your answer and submit it.');
      await new Promise((r) => setTimeout(r, 300));
      expect(submitted).to.equal(false);
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Half an answer');
      await submit(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part=timer]')).to.equal(null);
    });

    it('reads time-limit as HTML reads a number: "90s" and "1:30" are 90 seconds', async () => {
      for (const limit of ['90s', '1:30']) {
        const el = await interviewCard(
          html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview" time-limit=${limit}></quiz-question-card>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('[part=timer]'), `no countdown for "${limit}"`);
        expect(text($(el, '[part=timer]'))).to.equal('Time left: 1:30 Hide timer');
        el.remove();
      }
    });

    it('lets the learner hide the countdown (2.2.2), still announcing 30 seconds left and time up', async () => {
      const start = Date.now();
      const el = await interviewCard(
        html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview" time-limit="90"></quiz-question-card>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part=timer]'));
      button(el, 'Hide timer').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.timerHidden).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role=timer]')).to.equal(null);
      expect(text($(el, '[part=timer]'))).to.equal('Show timer');
      // The same button, relabelled: focus stays on it.
      expect(text(deepActive())).to.equal('Show timer');
      await expect(el).to.be.accessible();
      clock.setSystemTime(start + 61_000);
      await waitUntil(() => text($(el, '[role=status]')) !== '', 'no announcement near the end');
      expect(text($(el, '[role=status]'))).to.equal('29 seconds left.');
      expect(el.shadowRoot!.querySelector('[role=timer]')).to.equal(null);
      clock.setSystemTime(start + 95_000);
      await waitUntil(() => text($(el, '[role=status]')).startsWith('Time is up'));
      expect(text($(el, '[part=timer]'))).to.equal('Time is up: finish your answer and submit it.');
      // The button went with the clock: focus goes to the answer, not to <body>.
      await waitUntil(() => deepActive() instanceof HTMLTextAreaElement, `focus is on ${deepActive()?.localName}`);
    });

    it('starts hidden with timer-hidden, and shows the clock again on request', async () => {
      const el = await interviewCard(
        html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview" time-limit="90" timer-hidden></quiz-question-card>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part=timer]'));
      expect(text($(el, '[part=timer]'))).to.equal('Show timer');
      button(el, 'Show timer').click();
      await el.updateComplete;
      expect(text($(el, '[part=timer]'))).to.equal('Time left: 1:30 Hide timer');
      expect(el.timerHidden).to.equal(false);
    });

    it('stops ticking off the page and catches up with its deadline when back on it', async () => {
      const start = Date.now();
      const el = await interviewCard(
        html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview" time-limit="90"></quiz-question-card>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part=timer]'));
      const parent = el.parentElement!;
      el.remove();
      clock.setSystemTime(start + 61_000);
      // Ticks come every 250 ms: off the page none does, so nothing is announced or redrawn.
      await new Promise((r) => setTimeout(r, 600));
      expect(text($(el, '[role=status]'))).to.equal('');
      expect(text($(el, '[part=timer]'))).to.equal('Time left: 1:30 Hide timer');
      parent.append(el);
      await waitUntil(() => text($(el, '[role=status]')) !== '', 'the countdown did not resume');
      expect(text($(el, '[role=status]'))).to.equal('29 seconds left.');
      expect(text($(el, '[part=timer]'))).to.equal('Time left: 0:29 Hide timer');
      await expect(el).to.be.accessible();
    });
  });

  describe("with the page's feedback service", () => {
    it("shows the service's feedback from feedback-endpoint", async () => {
      const el = await interviewCard(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"
        feedback-endpoint="/test-feedback/ok"></quiz-question-card>`);
      type(el, 'abc');
      const { detail } = await submit(el);
      expect(detail).to.deep.include({ score: 1, maxScore: 3, points: [true, false, false] });
      await settle(el);
      expect(text($(el, '[part=verdict]'))).to.equal('Service feedback on precision-vs-recall: 3 characters; cookie not sent.');
      expect(text($$(el, '[part=key-points] li')[0])).to.match(/^✓ Covered:/);
      expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    });

    it('uses a feedbackProvider function', async () => {
      const el = await interviewCard(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"
        .feedbackProvider=${async () => ({ score: 1, comment: 'Excellent.' })}></quiz-question-card>`);
      type(el, 'anything');
      expect((await submit(el)).detail.score).to.equal(3);
      await settle(el);
      expect(text($(el, '[part=verdict]'))).to.equal('Excellent.');
    });

    it('falls back to offline feedback with a visible note when the service fails', async () => {
      const el = await interviewCard(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"
        feedback-endpoint="/test-feedback/error"></quiz-question-card>`);
      type(el, GOOD);
      const errored = oneEvent(el, 'quiz-error');
      expect((await submit(el)).detail.score).to.equal(3);
      expect((await errored).detail).to.deep.equal({
        message: 'Offline feedback was used: the feedback service failed: the server answered 500',
        source: '/test-feedback/error',
      });
      await settle(el);
      expect(text($(el, '.notice'))).to.equal('Offline feedback: the feedback service failed: the server answered 500.');
      expect(text($(el, '[part=verdict]'))).to.equal('Strong answer: it covers 3 of 3 key ideas.');
      await expect(el).to.be.accessible();
    });

    it('falls back when the service is too slow', async () => {
      const el = await interviewCard(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"
        feedback-endpoint="/test-feedback/slow" feedback-timeout="0.3"></quiz-question-card>`);
      type(el, GOOD);
      await submit(el);
      await settle(el);
      expect(text($(el, '.notice'))).to.equal('Offline feedback: the feedback service failed: no reply within 0.3 s.');
    });

    it('falls back when the reply is not usable', async () => {
      const el = await interviewCard(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"
        feedback-endpoint="/test-feedback/bad"></quiz-question-card>`);
      type(el, GOOD);
      await submit(el);
      await settle(el);
      expect(text($(el, '.notice'))).to.contain('reply was not usable: "score" must be a number from 0 to 1');
    });
  });
});

describe('<quiz-runner mode="interview">', () => {
  async function interview(): Promise<QuizRunner> {
    return mount<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode="interview" time-limit="120" pass="60"></quiz-runner>`);
  }
  const card = (el: QuizRunner): QuizQuestionCard => $<QuizQuestionCard>(el, 'quiz-question-card');

  async function finish(el: QuizRunner, answer = GOOD): Promise<QuizCompleteDetail> {
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, card(el));
    type(card(el), answer);
    await submit(card(el));
    await settle(el, card(el));
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
    const completed = oneEvent(el, 'quiz-complete');
    button(el, 'Skip and finish').click();
    const detail = (await completed).detail as QuizCompleteDetail;
    // The summary's code loads now if it has not yet: allow for a busy machine.
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'), 'no report', { timeout: 5000 });
    return detail;
  }

  it('runs only questions with key points, each with the countdown', async () => {
    const el = await interview();
    expect(text($(el, '[part=start] .muted'))).to.equal('Mock interview · 2 questions · all topics');
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, card(el));
    expect(card(el).mode).to.equal('interview');
    await waitUntil(() => card(el).shadowRoot!.querySelector('[part=timer]'));
    expect(text($(card(el), '[part=timer]'))).to.equal('Time left: 2:00 Hide timer');
    await expect(el).to.be.accessible();
  });

  describe('keeps what the learner typed and has not submitted', () => {
    const DRAFT = 'Precision is about the false positives, recall';
    /** Everything the page has saved. */
    const stored = (): string =>
      Object.keys(localStorage)
        .map((k) => localStorage.getItem(k))
        .join('\n');
    /** Starts a run and types DRAFT into the first question, key by key. */
    async function typed(): Promise<QuizRunner> {
      const el = await mount<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode="interview" id="drafts"></quiz-runner>`);
      button(el, 'Start').click();
      await el.updateComplete;
      await settle(el, card(el));
      $<HTMLTextAreaElement>(card(el), 'textarea').focus();
      await sendKeys({ type: DRAFT });
      return el;
    }
    /** The page reloads: the runner comes back with its saved run, which the learner resumes. */
    async function reloadAndResume(old: QuizRunner): Promise<QuizRunner> {
      forgetProgressStores(); // only localStorage remains
      old.remove();
      const again = await mount<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode="interview" id="drafts"></quiz-runner>`);
      expect(text($(again, '[part=start] p:not(.muted)'))).to.equal('You have an unfinished run: 0 of 2 answered.');
      button(again, 'Resume').click();
      await again.updateComplete;
      await settle(again, card(again));
      return again;
    }

    it('through a reload that comes before it is saved (pagehide)', async () => {
      const el = await typed();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const again = await reloadAndResume(el);
      expect($<HTMLTextAreaElement>(card(again), 'textarea').value).to.equal(DRAFT);
      await expect(again).to.be.accessible();
    });

    it('saved within a second as the learner types, and kept while they look at another question', async () => {
      const el = await typed();
      await waitUntil(() => stored().includes(DRAFT), 'the draft was not saved', { timeout: 3000 });
      button(el, 'Skip').click();
      await el.updateComplete;
      await settle(el, card(el));
      expect($<HTMLTextAreaElement>(card(el), 'textarea').value).to.equal('');
      button(el, 'Back').click();
      await el.updateComplete;
      await settle(el, card(el));
      expect($<HTMLTextAreaElement>(card(el), 'textarea').value).to.equal(DRAFT);
      const again = await reloadAndResume(el);
      expect($<HTMLTextAreaElement>(card(again), 'textarea').value).to.equal(DRAFT);
    });

    it('until it is submitted: the answer replaces it', async () => {
      const el = await typed();
      await submit(card(el));
      await settle(el, card(el));
      await waitUntil(() => stored().includes(`"response":"${DRAFT}"`), 'the answer was not saved');
      expect(stored()).not.to.include('"drafts":{"');
    });
  });

  it("keeps the learner's choice to hide the countdown for the next questions", async () => {
    const el = await interview();
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, card(el));
    await waitUntil(() => card(el).shadowRoot!.querySelector('[part=timer]'));
    button(card(el), 'Hide timer').click();
    await settle(el, card(el));
    expect(el.timerHidden).to.equal(true);
    button(el, 'Skip').click();
    await el.updateComplete;
    await settle(el, card(el));
    await waitUntil(() => card(el).shadowRoot!.querySelector('[part=timer]'));
    expect(text($(el, '#progress-label'))).to.equal('Question 2 of 2');
    expect(text($(card(el), '[part=timer]'))).to.equal('Show timer');
    await expect(el).to.be.accessible();
  });

  it('ends with a report: score, time, key points per question, what was missed, per topic', async () => {
    const el = await interview();
    const detail = await finish(el);
    expect(detail).to.deep.include({ score: 1, maxScore: 2, percent: 50, passed: false });
    expect(text($(el, '#summary-heading'))).to.equal('Interview report');
    expect(text($(el, '[part=score]'))).to.match(
      /^50% of key points · Not passed yet · pass mark 60% · 1 of 2 answered · total time \d+ sec$/,
    );
    const items = $$(el, '[part=answers] > li');
    expect(text(items[0])).to.contain('3 of 3 key points');
    expect(text(items[1])).to.contain('Your answer: Skipped');
    expect($(el, '[part=chart]').getAttribute('aria-label')).to.equal('Score by topic: Metrics 100%, Models 0%');
    await expect(el).to.be.accessible();
  });

  it('shows a typed answer in the report as typed, not as Markdown', async () => {
    const el = await interview();
    await finish(el, `${GOOD} **not bold** [not a link](https://example.com) \`x\``);
    const first = $$(el, '[part=answers] > li')[0]!;
    expect(text(first)).to.contain('**not bold** [not a link](https://example.com) `x`');
    expect(first.querySelector('.muted strong, .muted a, .muted code')).to.equal(null);
  });

  it('lists the key points an answer missed', async () => {
    const el = await interview();
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, card(el));
    type(card(el), 'Precision counts how many predicted positives are right.');
    await submit(card(el));
    await settle(el, card(el));
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
    button(el, 'Skip and finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'));
    const first = text($$(el, '[part=answers] > li')[0]);
    expect(first).to.contain('1 of 3 key points');
    expect(first).to.contain('Missed: Recall: of the actual positives, how many are found; Which matters depends on the cost of errors');
  });

  it("keeps the feedback service's verdict once the runner has recorded the answer", async () => {
    const el = await mount<QuizRunner>(html`<quiz-runner src=${SAMPLE} mode="interview"
      .feedbackProvider=${async () => ({ score: 0.5, comment: 'From the service.' })}></quiz-runner>`);
    button(el, 'Start').click();
    await el.updateComplete;
    await settle(el, card(el));
    type(card(el), 'An answer.');
    await submit(card(el));
    await settle(el, card(el));
    expect(text($(card(el), '[part=verdict]'))).to.equal('From the service.');
    expect(text($(card(el), '[role=status]'))).to.equal('Answer shown. From the service.');
  });

  it('offers to practise the weakest topic', async () => {
    const el = await interview();
    await finish(el);
    setTimeout(() => button(el, 'Practise the weakest topic: Models').click());
    const { detail } = await oneEvent(el, 'quiz-start');
    expect(detail).to.deep.equal({
      questionIds: ['regularisation', 'no-check'],
      mode: 'practice',
      topics: [],
      bank: { id: 'sample', title: 'Sample bank' },
    });
    await settle(el, card(el));
    expect(card(el).mode).to.equal('practice');
  });

  it('copies the report as text', async () => {
    const el = await interview();
    await finish(el);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      button(el, 'Copy report').click();
      await waitUntil(() => writeText.called, 'nothing copied', { timeout: 5000 }); // the report's code loads first
      const copied = writeText.firstCall.args[0];
      // Today's date where the learner is (not the UTC date), as English writes it.
      const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
      expect(
        copied.startsWith(
          `Sample bank: mock interview report, ${today}\nScore: 50% of key points (1 of 2); pass mark 60%: not passed yet\n`,
        ),
      ).to.equal(true, copied);
      expect(copied).to.contain('- Metrics: 100% (1 of 1 answered)');
      expect(copied).to.contain(
        '1. What is the difference between precision and recall?\n   3 of 3 key points\n   Your answer: Precision counts',
      );
      expect(copied).to.contain('2. Which of these reduce overfitting?\n   Skipped');
      await waitUntil(() => text($(el, '[role=status]')) === 'Report copied.');
    } finally {
      writeText.restore();
    }
  });

  it('shows the report for copying by hand when the clipboard is blocked', async () => {
    const el = await interview();
    await finish(el);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
    try {
      button(el, 'Copy report').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#report-text'), 'no text to copy by hand', { timeout: 5000 });
      await settle(el);
      const area = $<HTMLTextAreaElement>(el, '#report-text');
      expect(area.value).to.match(/^Sample bank: mock interview report/);
      expect(deepActive()).to.equal(area);
      // Its edge shows where the text is, at 3:1 (1.4.11).
      expect(contrast(getComputedStyle(area).borderTopColor, getComputedStyle($(el, '.box')).backgroundColor)).to.be.at.least(3);
      await expect(el).to.be.accessible();
    } finally {
      writeText.restore();
    }
  });

  it('prints the report with every model answer open', async () => {
    const el = await interview();
    await finish(el);
    const print = sinon.stub(window, 'print');
    try {
      expect($$(el, 'details').some((d) => (d as HTMLDetailsElement).open)).to.equal(false);
      button(el, 'Print report').click();
      expect(print.calledOnce).to.equal(true);
      expect($$(el, 'details').every((d) => (d as HTMLDetailsElement).open)).to.equal(true);
    } finally {
      print.restore();
    }
  });

  it('opens every model answer when the browser prints the page, and stops listening once removed', async () => {
    const el = await interview();
    await finish(el);
    const details = (): HTMLDetailsElement[] => $$(el, 'details') as HTMLDetailsElement[];
    expect(details().length).to.be.greaterThan(2);
    expect(details().some((d) => d.open)).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details().every((d) => d.open)).to.equal(true);
    // A summary that left the page no longer answers the page's print events.
    details().forEach((d) => (d.open = false));
    const parent = el.parentElement!;
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(details().some((d) => d.open)).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details().every((d) => d.open)).to.equal(true);
  });
});
