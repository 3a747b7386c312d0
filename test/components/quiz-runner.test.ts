import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/quiz-runner/quiz-runner.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/quiz-bank/quiz-bank.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import sinon from 'sinon';
import { forgetProgressStores, progressFor } from '../../src/internal/progress.js';
import type { QuizCompleteDetail } from '../../src/events.js';
import { $, $$, button, deepActive, loaded, mount, mountFailing, SAMPLE, settle, text } from './helpers.js';
import { clearRun, runKeys } from '../../src/core/progress-runs.js';

/** Presses Tab until `label` has focus; fails after `max` presses. */
async function tabTo(label: string, max = 4): Promise<void> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (text(deepActive()) === label) return;
  }
  throw new Error(`"${label}" not reached with ${max} Tabs (at: ${text(deepActive())})`);
}

const card = (runner: QuizRunner): QuizQuestionCard => $<QuizQuestionCard>(runner, 'quiz-question-card');
const choose = async (runner: QuizRunner, ...indexes: number[]): Promise<void> => {
  const c = card(runner);
  await c.updateComplete;
  for (const i of indexes) $$(c, 'input')[i]!.click();
  button(c, 'Check').click();
  await settle(runner, c);
};

async function runner(template: ReturnType<typeof html>): Promise<QuizRunner> {
  const el = await fixture<QuizRunner>(template);
  await loaded(el);
  return el;
}

async function startRun(el: QuizRunner): Promise<void> {
  button(el, 'Start').click();
  await el.updateComplete;
  await settle(el, card(el));
}

beforeEach(() => {
  // The last test's page goes away (writing what it had), then storage is emptied.
  forgetProgressStores();
  localStorage.clear();
});

describe('<quiz-runner> start screen', () => {
  it('names the bank, the mode, the number of questions and the topics', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    expect(text($(el, '#start-heading'))).to.equal('Sample bank');
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 2 questions · all topics');
    expect(button(el, 'Start').disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('counts only questions with a check in quiz mode, and every card in practice mode', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} mode="practice" topics="models"></quiz-runner>`);
    expect(text($(el, '[part=start] .muted'))).to.equal('Flashcards · 2 questions · Models');
    el.mode = 'quiz';
    await el.updateComplete;
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 1 question · Models');
  });

  it('names unknown topics in an alert and fires quiz-error', async () => {
    const { el, detail } = await mountFailing('quiz-runner', { src: SAMPLE, topics: 'metrics,nope' });
    expect(detail.message).to.equal(
      'topics="metrics,nope": "nope" is not a topic of the bank "Sample bank". Its topics are: metrics, models.',
    );
    expect(detail.source).to.equal('topics');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal(detail.message);
    expect(button(el, 'Start').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a load failure as an alert', async () => {
    const { el, detail } = await mountFailing('quiz-runner', { src: '/no/such/bank.json' });
    expect(detail.message).to.match(/no\/such\/bank\.json: the server answered 404/);
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.match(/^Quiz unavailable\. Could not load/);
    el.remove();
  });
});

describe('<quiz-runner> quiz mode', () => {
  it('starts a run, shows "1 of N" with a progress bar and moves focus to the question', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    setTimeout(() => button(el, 'Start').click());
    const { detail } = await oneEvent(el, 'quiz-start');
    expect(detail).to.deep.equal({
      questionIds: ['precision-vs-recall', 'regularisation'],
      mode: 'quiz',
      topics: [],
      bank: { id: 'sample', title: 'Sample bank' },
    });
    await settle(el, card(el));
    expect(text($(el, '#progress-label'))).to.equal('Question 1 of 2');
    const bar = $<HTMLProgressElement>(el, 'progress');
    expect([bar.value, bar.max]).to.deep.equal([1, 2]);
    expect(card(el).mode).to.equal('quiz');
    expect(deepActive()?.id).to.equal('prompt');
    expect(text($(el, '[role=status]'))).to.equal('Question 1 of 2.');
    expect(button(el, 'Back').disabled).to.equal(true);
    expect(button(el, 'Skip')).to.be.instanceOf(HTMLButtonElement);
    await expect(el).to.be.accessible();
  });

  it('gives feedback right after Check, locks the answer and offers Next', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    await choose(el, 0);
    const c = card(el);
    expect(text($(c, '#result'))).to.equal('✗ Not quite');
    expect(() => button(c, 'Try again')).to.throw();
    expect(button(el, 'Next')).to.be.instanceOf(HTMLButtonElement);
    await expect(el).to.be.accessible();
  });

  it('goes back to an answered question and shows the answer given', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    await choose(el, 1);
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
    expect(text($(el, '#progress-label'))).to.equal('Question 2 of 2');
    button(el, 'Back').click();
    await el.updateComplete;
    await settle(el, card(el));
    const c = card(el);
    expect(($$(c, 'input')[1] as HTMLInputElement).checked).to.equal(true);
    expect(text($(c, '#result'))).to.equal('✓ Correct');
  });

  it('can be completed with the keyboard alone and reports the result', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} pass="50"></quiz-runner>`);
    button(el, 'Start').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, card(el));
    // Question 1 (single choice): the right answer is the second.
    await sendKeys({ press: 'Tab' }); // "Why interviewers ask this"
    await sendKeys({ press: 'Tab' }); // first radio
    expect((deepActive() as HTMLInputElement).type).to.equal('radio');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Check');
    await sendKeys({ press: 'Enter' });
    await settle(el, card(el));
    expect(deepActive()?.id).to.equal('result');
    // Past the explanation, Tab goes on to the navigation: Back is disabled, so Next.
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Next');
    await sendKeys({ press: 'Enter' });
    await settle(el, card(el));
    expect(deepActive()?.id).to.equal('prompt');
    // Question 2 (multiple choice): the first two are right; pick only the first.
    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo('Check');
    await sendKeys({ press: 'Enter' });
    await settle(el, card(el));
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Back');
    await tabTo('Finish');
    const completed = oneEvent(el, 'quiz-complete');
    await sendKeys({ press: 'Enter' });
    const detail = (await completed).detail as QuizCompleteDetail;
    expect(detail).to.deep.include({ score: 1, maxScore: 2, percent: 50, passed: true });
    expect(detail.answers.map((a) => [a.questionId, a.correct])).to.deep.equal([
      ['precision-vs-recall', true],
      ['regularisation', false],
    ]);
    expect(detail.byTopic).to.deep.equal({
      metrics: { score: 1, maxScore: 1, answered: 1, total: 1 },
      models: { score: 0, maxScore: 1, answered: 1, total: 1 },
    });
    await waitUntil(() => deepActive()?.id === 'summary-heading', 'focus did not move to the summary', { timeout: 5000 });
    expect(text($(el, '[role=status]'))).to.equal('Finished: 1 of 2, 50%. Passed.');
  });

  it('skips questions and counts them as missed', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    button(el, 'Skip').click();
    await el.updateComplete;
    await settle(el, card(el));
    const completed = oneEvent(el, 'quiz-complete');
    button(el, 'Skip and finish').click();
    const { detail } = await completed;
    expect(detail).to.deep.include({ score: 0, percent: 0, passed: false, answers: [] });
  });
});

describe('<quiz-runner> with checks that have no prompt of their own', () => {
  it("asks each question's own prompt, and lists it in the summary", async () => {
    const el = await runner(html`<quiz-runner>
      <script type="application/json">
        { "title": "Bare checks", "topics": [{ "id": "t", "title": "T" }],
          "questions": [{ "id": "q", "topic": "t", "prompt": "Is *this* the question?",
            "check": { "choices": [{ "text": "yes", "correct": true }, { "text": "no" }], "explanation": "It is." } }] }
      </script>
    </quiz-runner>`);
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 1 question · all topics');
    await startRun(el);
    expect(text($(card(el), 'legend'))).to.equal('Is this the question?');
    await choose(el, 0);
    await expect(el).to.be.accessible();
    button(el, 'Finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=score]'), 'no summary', { timeout: 5000 });
    await settle(el);
    expect($$(el, '[part=answers] > li .sub').map(text)).to.deep.equal(['Is this the question? (right)']);
  });
});

describe('<quiz-runner> summary', () => {
  async function finished(pass = 70): Promise<QuizRunner> {
    const el = await runner(html`<quiz-runner src=${SAMPLE} pass=${pass}></quiz-runner>`);
    await startRun(el);
    await choose(el, 1);
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
    await choose(el, 2);
    button(el, 'Finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=score]'), 'no summary', { timeout: 5000 });
    await settle(el);
    return el;
  }

  it('falls back to a 70% pass mark when pass is not a number', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} pass="seventy"></quiz-runner>`);
    await startRun(el);
    const completed = oneEvent(el, 'quiz-complete');
    button(el, 'Skip').click();
    await el.updateComplete;
    await settle(el, card(el));
    button(el, 'Skip and finish').click();
    expect((await completed).detail.passed).to.equal(false);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=score]'), 'no summary', { timeout: 5000 });
    expect(text($(el, '[part=score]'))).to.contain('pass mark 70%');
  });

  it('shows the score, pass or fail, and time', async () => {
    const el = await finished();
    expect(text($(el, '[part=score]'))).to.match(/^1 of 2 \(50%\) · Not passed yet · pass mark 70% · \d+ sec$/);
    await expect(el).to.be.accessible();
  });

  it('draws the per-topic breakdown as an accessible bar chart with a table', async () => {
    const el = await finished();
    const chart = $(el, '[part=chart]');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('Score by topic: Metrics 100%, Models 0%');
    expect($$(el, '[part=chart] > span').map(text)).to.deep.equal(['Metrics', '100%', 'Models', '0%']);
    expect($$(el, '[part=chart] progress').map((bar) => (bar as HTMLProgressElement).value)).to.deep.equal([100, 0]);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map(text));
    expect(rows).to.deep.equal([
      ['Metrics', '1 of 1 (100%)', '1 of 1'],
      ['Models', '0 of 1 (0%)', '1 of 1'],
    ]);
  });

  it('lists every answer with its explanation', async () => {
    const el = await finished();
    const items = $$(el, '[part=answers] > li');
    expect(items).to.have.length(2);
    expect(text(items[0])).to.contain('What is the difference between precision and recall? (right)');
    expect(text(items[0])).to.contain('Your answer: false negatives');
    expect(text(items[1])).to.contain('(missed)');
    expect(text(items[1])).to.contain('Your answer: Training longer');
    const details = items[1]!.querySelector('details')!;
    expect(text(details.querySelector('summary'))).to.equal('Explanation');
    expect(text(details)).to.contain('limit how closely the model fits noise');
  });

  it('retries only the missed questions', async () => {
    const el = await finished();
    setTimeout(() => button(el, 'Retry missed (1)').click());
    const { detail } = await oneEvent(el, 'quiz-start');
    expect(detail.questionIds).to.deep.equal(['regularisation']);
    await settle(el, card(el));
    expect(text($(el, '#progress-label'))).to.equal('Question 1 of 1');
  });

  it('restarts with the same settings', async () => {
    const el = await finished(50);
    setTimeout(() => button(el, 'Restart').click());
    const { detail } = await oneEvent(el, 'quiz-start');
    expect(detail.questionIds).to.deep.equal(['precision-vs-recall', 'regularisation']);
  });
});

describe('<quiz-runner> practice mode', () => {
  it('shows flashcards, moves on after a self-rating and scores good and easy as known', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} mode="practice"></quiz-runner>`);
    await startRun(el);
    const rate = async (rating: string): Promise<void> => {
      const c = card(el);
      await c.updateComplete;
      button(c, 'Show answer').click();
      await c.updateComplete;
      button(c, rating).click();
      await settle(el, c);
    };
    expect(card(el).mode).to.equal('practice');
    await expect(el).to.be.accessible();
    await rate('Good');
    expect(text($(el, '#progress-label'))).to.equal('Question 2 of 3');
    await rate('Again');
    const completed = oneEvent(el, 'quiz-complete');
    await rate('Easy');
    const detail = (await completed).detail as QuizCompleteDetail;
    expect(detail).to.deep.include({ score: 2, maxScore: 3, percent: 67 });
    expect(detail.answers.map((a) => a.rating)).to.deep.equal(['good', 'again', 'easy']);
  });

  it('serves questions due for review first, unseen ones before those not due yet', async () => {
    // Only Date is faked: the clock moves on when the test says so, timers run as usual.
    const clock = sinon.useFakeTimers({ now: new Date().setHours(9, 0, 0, 0), toFake: ['Date'] });
    try {
      // "Regularisation", the second card of the bank, is rated Again.
      const first = await runner(html`<quiz-runner src=${SAMPLE} mode="practice" topics="models" count="1"></quiz-runner>`);
      await startRun(first);
      expect(card(first).question).to.equal('regularisation');
      button(card(first), 'Show answer').click();
      await card(first).updateComplete;
      button(card(first), 'Again').click();
      await settle(first);
      first.remove();
      const store = progressFor({ id: 'sample', title: '', topics: [], questions: [] });
      // Rating saved a review to schedule; the scheduler is for views of due dates, as the next run's plan.
      expect(store.get('regularisation')!.pending).to.have.length(1);
      const firstOfNextRun = async (): Promise<string[]> => {
        const next = await runner(html`<quiz-runner src=${SAMPLE} mode="practice"></quiz-runner>`);
        setTimeout(() => button(next, 'Start').click());
        const ids = (await oneEvent(next, 'quiz-start')).detail.questionIds;
        next.remove();
        clearRun(store, runKeys(store)[0]!);
        return ids;
      };
      // Not due yet: the unseen cards come first, in bank order.
      expect(await firstOfNextRun()).to.deep.equal(['precision-vs-recall', 'no-check', 'regularisation']);
      // Planning a practice run asked for due dates: the review is scheduled.
      await waitUntil(() => store.get('regularisation')?.card, 'the answer was not scheduled', { timeout: 5000 });
      // Once due, it comes first.
      clock.setSystemTime(store.get('regularisation')!.due + 1);
      expect(await firstOfNextRun()).to.deep.equal(['regularisation', 'precision-vs-recall', 'no-check']);
    } finally {
      clock.restore();
    }
  });
});

describe('<quiz-runner> mode', () => {
  it('reads its mode in any case, so a run in mode="Practice" is a practice run that survives a reload', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} id="cased" mode=" Practice "></quiz-runner>`);
    expect(el.mode).to.equal('practice');
    expect(text($(el, '[part=start] .muted'))).to.match(/^Flashcards · /);
    const started = oneEvent(el, 'quiz-start');
    await startRun(el);
    expect((await started).detail.mode).to.equal('practice');
    expect(card(el).mode).to.equal('practice');
    // Practice moves on after a self-rating.
    button(card(el), 'Show answer').click();
    await card(el).updateComplete;
    button(card(el), 'Good').click();
    await settle(el, card(el));
    expect(text($(el, '#progress-label'))).to.equal('Question 2 of 3');
    el.remove();
    forgetProgressStores(); // a reload: only localStorage remains
    const again = await runner(html`<quiz-runner src=${SAMPLE} id="cased" mode="PRACTICE"></quiz-runner>`);
    expect(text($(again, '[part=start] p:not(.muted)'))).to.equal('You have an unfinished run: 1 of 3 answered.');
    await expect(again).to.be.accessible();
  });

  it('runs a quiz when its mode is no mode, and says so on the console', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await runner(html`<quiz-runner src=${SAMPLE} mode="flashcards"></quiz-runner>`);
      expect(el.mode).to.equal('quiz');
      expect(el.getAttribute('mode')).to.equal('quiz');
      expect(text($(el, '[part=start] .muted'))).to.match(/^Quiz · /);
      expect(warn.calledWithMatch('quizkit: there is no mode "flashcards"; using quiz.')).to.equal(true);
    } finally {
      warn.restore();
    }
  });
});

describe('<quiz-runner topics-param>: a topic from the page address, as a course page links to it', () => {
  const at = location.href;
  afterEach(() => history.replaceState(null, '', at));

  it("runs the address's topics, and a picker pointed at it starts from them", async () => {
    history.replaceState(null, '', '?topic=models&from=course');
    const root = await fixture<HTMLElement>(html`<div>
      <quiz-topic-picker for="from-address" src=${SAMPLE} multiple></quiz-topic-picker>
      <quiz-runner id="from-address" src=${SAMPLE} mode="practice" topics-param="topic"></quiz-runner>
    </div>`);
    const el = root.querySelector<QuizRunner>('quiz-runner')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part=start]'), 'no start screen');
    expect(text($(el, '[part=start] .muted'))).to.equal('Flashcards · 2 questions · Models');
    const picker = root.querySelector('quiz-topic-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('input:checked'), 'the picker shows no topic chosen');
    expect([...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)).to.deep.equal(['models']);
    await expect(el).to.be.accessible();
  });

  it('runs the selection that a picker pointed at it starts with', async () => {
    // Before, the picker showed "Metrics" chosen while the runner ran every topic.
    const root = await fixture<HTMLElement>(html`<div>
      <quiz-topic-picker for="picked" src=${SAMPLE} selected="metrics"></quiz-topic-picker>
      <quiz-runner id="picked" src=${SAMPLE} mode="practice"></quiz-runner>
    </div>`);
    const el = root.querySelector<QuizRunner>('quiz-runner')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part=start]'), 'no start screen');
    expect(text($(el, '[part=start] .muted'))).to.equal('Flashcards · 1 question · Metrics');
  });

  it('takes several values, and keeps its topics attribute when the address has none', async () => {
    history.replaceState(null, '', '?topic=models&topic=metrics');
    const both = await runner(html`<quiz-runner src=${SAMPLE} mode="practice" topics-param="topic"></quiz-runner>`);
    expect(text($(both, '[part=start] .muted'))).to.equal('Flashcards · 3 questions · Models, Metrics');
    history.replaceState(null, '', '?other=1');
    const none = await runner(html`<quiz-runner src=${SAMPLE} mode="practice" topics="metrics" topics-param="topic"></quiz-runner>`);
    expect(text($(none, '[part=start] .muted'))).to.equal('Flashcards · 1 question · Metrics');
  });
});

describe('<quiz-runner> numbers, read as HTML reads its own', () => {
  it('takes the number an attribute starts with: pass="80%", time-limit="90s" or "1:30"', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} mode="interview" count="1" pass="80%" time-limit="1:30"></quiz-runner>`);
    expect([el.pass, el.timeLimit]).to.deep.equal([80, 90]);
    el.setAttribute('time-limit', ' 45s ');
    expect(el.timeLimit).to.equal(45);
    el.setAttribute('time-limit', '1:30');
    await startRun(el);
    await waitUntil(() => card(el).shadowRoot!.querySelector('[part=timer]'), 'no countdown');
    expect(text($(card(el), '[part=timer]'))).to.match(/^Time left: 1:30/);
    button(el, 'Skip and finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=score]'), 'no summary', { timeout: 5000 });
    expect(text($(el, '[part=score]'))).to.contain('pass mark 80%');
    await expect(el).to.be.accessible();
  });

  it('uses the default for a count, pass or time-limit that is no number, and says so on the console', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      // The bundled bank: 34 questions, of which the default count of 10 are asked.
      const el = await runner(html`<quiz-runner count="ten" pass="high" time-limit="soon"></quiz-runner>`);
      expect(text($(el, '[part=start] .muted'))).to.match(/^Quiz · 10 questions · /);
      for (const [name, value] of [
        ['count', 'ten'],
        ['pass', 'high'],
        ['time-limit', 'soon'],
      ])
        expect(warn.calledWithMatch(`quizkit: ${name}="${value}" is not a number; the default is used.`), name).to.equal(true);
      el.setAttribute('count', '-3');
      await el.updateComplete;
      expect(text($(el, '[part=start] .muted'))).to.match(/^Quiz · 10 questions · /);
      el.setAttribute('count', '0');
      await el.updateComplete;
      expect(text($(el, '[part=start] .muted'))).to.match(/^Quiz · 34 questions · /);
    } finally {
      warn.restore();
    }
  });
});

describe('<quiz-runner> persistence and changes', () => {
  it('shows the start screen for new settings once a run has finished, rather than the old summary', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} count="1"></quiz-runner>`);
    await startRun(el);
    button(el, 'Skip and finish').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'), 'no summary', { timeout: 5000 });
    // A page's mode buttons, or a picker pointed at the runner, change its settings.
    el.mode = 'practice';
    await waitUntil(() => el.shadowRoot!.querySelector('[part=start]'), 'the summary stayed');
    expect(text($(el, '[part=start] .muted'))).to.equal('Flashcards · 1 question · all topics');
    expect(el.shadowRoot!.querySelector('[part=summary]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers to resume an unfinished run after a reload', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} id="r1"></quiz-runner>`);
    await startRun(el);
    await choose(el, 1);
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
    el.remove();
    forgetProgressStores(); // a reload: only localStorage remains
    const again = await runner(html`<quiz-runner src=${SAMPLE} id="r1"></quiz-runner>`);
    expect(text($(again, '[part=start] p:not(.muted)'))).to.equal('You have an unfinished run: 1 of 2 answered.');
    await expect(again).to.be.accessible();
    button(again, 'Resume').click();
    await again.updateComplete;
    await settle(again, card(again));
    expect(text($(again, '#progress-label'))).to.equal('Question 2 of 2');
    button(again, 'Back').click();
    await again.updateComplete;
    await settle(again, card(again));
    expect(text($(card(again), '#result'))).to.equal('✓ Correct');
  });

  it('resumes a saved run whose answers have the wrong shape, showing those questions unanswered', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const answer = { mode: 'interview', score: 0, maxScore: 1, elapsedMs: 5 };
      const run = {
        v: 1,
        mode: 'interview',
        topics: [],
        ids: ['precision-vs-recall', 'regularisation'],
        index: 0,
        startedAt: Date.now(),
        answers: {
          'precision-vs-recall': { ...answer, questionId: 'precision-vs-recall', response: 42 },
          regularisation: { ...answer, questionId: 'regularisation', response: { text: 'L2' } },
        },
      };
      localStorage.setItem('quizkit:sample', JSON.stringify({ v: 1, q: {}, runs: { 'run:/#odd|interview||10|': run } }));
      const el = await runner(html`<quiz-runner src=${SAMPLE} id="odd" mode="interview"></quiz-runner>`);
      expect(text($(el, '[part=start] p:not(.muted)'))).to.equal('You have an unfinished run: 0 of 2 answered.');
      button(el, 'Resume').click();
      await el.updateComplete;
      await settle(el, card(el));
      expect(text($(el, '#progress-label'))).to.equal('Question 1 of 2');
      expect($(card(el), 'textarea').matches(':read-write')).to.equal(true);
      expect(warn.args).to.deep.equal([
        [
          'quizkit: the saved run\'s answers to "precision-vs-recall", "regularisation" are not in the expected shape; those questions show unanswered.',
        ],
      ]);
      await expect(el).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  it('can start over instead of resuming', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    el.remove();
    const again = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    button(again, 'Start over').focus();
    await sendKeys({ press: 'Enter' });
    await again.updateComplete;
    expect(button(again, 'Start')).to.be.instanceOf(HTMLButtonElement);
    await waitUntil(() => !localStorage.getItem('quizkit:sample')!.includes('run:'), 'the run was not cleared');
    // The focused button went away: focus lands on Start, not on <body>.
    await waitUntil(() => text(deepActive()) === 'Start', `focus is on ${deepActive()?.localName}`);
  });

  it('does not offer a run saved with other settings', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    el.remove();
    const other = await runner(html`<quiz-runner src=${SAMPLE} count="1"></quiz-runner>`);
    expect(() => button(other, 'Resume')).to.throw();
  });

  it('keeps the current run when attributes change mid-run, and offers to restart with them', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    el.topics = 'models';
    await el.updateComplete;
    expect(text($(el, '#progress-label'))).to.equal('Question 1 of 2');
    expect(text($(el, '.notice'))).to.contain('The quiz settings changed. This run carries on;');
    expect(text($(el, '[role=status]'))).to.equal('The quiz settings changed. This run carries on; you can restart with the new settings.');
    setTimeout(() => button(el, 'Restart with new settings').click());
    expect((await oneEvent(el, 'quiz-start')).detail.questionIds).to.deep.equal(['regularisation']);
  });

  it('takes topics as an array, and a new array with the same topics changes nothing mid-run', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE} .topics=${['models']}></quiz-runner>`);
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 1 question · Models');
    expect(el.getAttribute('topics')).to.equal(null);
    await startRun(el);
    el.topics = [' models '];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    el.topics = ['metrics', 'models'];
    await el.updateComplete;
    expect(text($(el, '.notice'))).to.contain('The quiz settings changed.');
  });

  it('keeps its run when moved in the page', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    await choose(el, 1);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await settle(el, card(el));
    expect(text($(el, '#progress-label'))).to.equal('Question 1 of 2');
    expect(text($(card(el), '#result'))).to.equal('✓ Correct');
    // Its bank loaded again as it reconnected: the same bank, so nothing to restart with.
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    elsewhere.remove();
  });

  it('runs two runners on one page independently', async () => {
    const wrapper = await fixture(html`<div>
      <quiz-runner src=${SAMPLE}></quiz-runner><quiz-runner src=${SAMPLE} mode="practice"></quiz-runner>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('quiz-runner')] as QuizRunner[];
    await loaded(a!);
    await loaded(b!);
    await startRun(a!);
    expect(text($(a!, '#progress-label'))).to.equal('Question 1 of 2');
    expect(button(b!, 'Start')).to.be.instanceOf(HTMLButtonElement);
    await startRun(b!);
    expect(text($(b!, '#progress-label'))).to.equal('Question 1 of 3');
  });

  it('shuffles in the same order for the same seed, in another order for another seed', async () => {
    const order = async (seed: string): Promise<string[]> => {
      const el = await runner(html`<quiz-runner src=${SAMPLE} mode="practice" shuffle seed=${seed}></quiz-runner>`);
      setTimeout(() => button(el, 'Start').click());
      const ids = (await oneEvent(el, 'quiz-start')).detail.questionIds;
      el.remove();
      forgetProgressStores();
      localStorage.clear();
      return ids;
    };
    // The bank's order is precision-vs-recall, regularisation, no-check; the orders of these
    // seeds are the same in every browser (an integer-only generator).
    expect(await order('7')).to.deep.equal(['precision-vs-recall', 'no-check', 'regularisation']);
    expect(await order('7')).to.deep.equal(['precision-vs-recall', 'no-check', 'regularisation']);
    expect(await order('5')).to.deep.equal(['no-check', 'regularisation', 'precision-vs-recall']);
  });
});

describe('<quiz-runner> with a topic picker', () => {
  it('takes its topics from a picker inside it', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}><quiz-topic-picker></quiz-topic-picker></quiz-runner>`);
    const picker = el.querySelector('quiz-topic-picker')!;
    await loaded(picker);
    expect(picker.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    $$(picker, 'input')[2]!.click(); // "Models"
    await el.updateComplete;
    expect(el.topics).to.equal('models');
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 1 question · Models');
    await expect(el).to.be.accessible();
  });

  it('drives it the same way from inside as with for: the picker starts from its topics, sets them and tells the page', async () => {
    const page = await fixture(html`<div>
      <quiz-runner src=${SAMPLE} topics="models"><quiz-topic-picker></quiz-topic-picker></quiz-runner>
      <quiz-topic-picker src=${SAMPLE} for="far"></quiz-topic-picker>
      <quiz-runner src=${SAMPLE} id="far" topics="models"></quiz-runner>
    </div>`);
    const [near, far] = [...page.querySelectorAll('quiz-runner')] as QuizRunner[];
    const [inside, pointing] = [...page.querySelectorAll('quiz-topic-picker')];
    await Promise.all([near, far, inside, pointing].map((el) => loaded(el!)));
    for (const [picker, runner] of [
      [inside!, near!],
      [pointing!, far!],
    ] as const) {
      const checked = $$(picker, 'input').filter((i) => (i as HTMLInputElement).checked);
      expect(checked.map((i) => (i as HTMLInputElement).value)).to.deep.equal(['models']);
      setTimeout(() => $$(picker, 'input')[1]!.click()); // "Metrics"
      expect((await oneEvent(picker, 'quiz-topics-change')).detail).to.deep.equal({ topics: ['metrics'] });
      await runner.updateComplete;
      expect(runner.topics).to.equal('metrics');
      expect(text($(runner, '[part=start] .muted'))).to.equal('Quiz · 1 question · Metrics');
    }
  });

  it('takes its topics from a picker pointed at it with for', async () => {
    const wrapper = await fixture(html`<div>
      <quiz-topic-picker src=${SAMPLE} for="the-runner" multiple></quiz-topic-picker>
      <quiz-runner src=${SAMPLE} id="the-runner"></quiz-runner>
    </div>`);
    const picker = wrapper.querySelector('quiz-topic-picker')!;
    const el = wrapper.querySelector('quiz-runner')!;
    await loaded(picker);
    await loaded(el);
    $$(picker, 'input')[0]!.click();
    await el.updateComplete;
    expect(el.topics).to.equal('metrics');
    expect(text($(el, '[part=start] .muted'))).to.equal('Quiz · 1 question · Metrics');
  });
});

describe('<quiz-runner> when its bank changes mid-run', () => {
  const OTHER = new URL('../fixtures/newer-bank.json', import.meta.url).href;

  /** Starts a run on the sample bank and answers its first question right. */
  async function answeredFirst(el: QuizRunner): Promise<void> {
    await startRun(el);
    await choose(el, 1);
  }

  /** Finishes the run on the sample bank: the second question answered wrong. */
  async function finish(el: QuizRunner): Promise<QuizCompleteDetail> {
    button(el, 'Next').click();
    await el.updateComplete;
    await settle(el, card(el));
    // Still the sample bank's second question, whatever bank the runner has now.
    expect(text($(card(el), 'legend'))).to.equal('Pick every technique that reduces overfitting.');
    await choose(el, 2);
    const completed = oneEvent(el, 'quiz-complete');
    button(el, 'Finish').click();
    const { detail } = await completed;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=answers]'), 'no summary', { timeout: 5000 });
    return detail;
  }

  it('carries on with the bank it started on when src changes, then offers the new questions', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await answeredFirst(el);
    el.src = OTHER;
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'no notice of the new bank', { timeout: 4000 });
    expect(text($(el, '.notice'))).to.equal('The quiz questions changed. This run carries on; Restart with new questions');
    expect(text($(el, '[role=status]'))).to.equal(
      'The quiz questions changed. This run carries on; you can restart with the new questions.',
    );
    expect(text($(el, '#progress-label'))).to.equal('Question 1 of 2');
    expect(text($(card(el), '#result'))).to.equal('✓ Correct');
    await expect(el).to.be.accessible();
    const detail = await finish(el);
    expect(detail).to.deep.include({ score: 1, maxScore: 2, percent: 50 });
    expect($$(el, '[part=answers] > li .sub').map(text)).to.deep.equal([
      'What is the difference between precision and recall? (right)',
      'Which of these reduce overfitting? (missed)',
    ]);
    await expect(el).to.be.accessible();
    // "Retry missed" asks the summary's question, from the bank the run was on...
    setTimeout(() => button(el, 'Retry missed (1)').click());
    expect((await oneEvent(el, 'quiz-start')).detail.questionIds).to.deep.equal(['regularisation']);
    await settle(el, card(el));
    expect(text($(card(el), 'legend'))).to.equal('Pick every technique that reduces overfitting.');
    // ... while a restart takes the new bank.
    setTimeout(() => button(el, 'Restart with new questions').click());
    expect((await oneEvent(el, 'quiz-start')).detail.questionIds).to.deep.equal(['q']);
    await settle(el, card(el));
    expect(text($(card(el), 'legend'))).to.equal('Still loads?');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
  });

  it('carries on with the bank it started on when moved into a <quiz-bank> with another bank', async () => {
    const page = await fixture(html`<div>
      <quiz-bank src=${SAMPLE}><quiz-runner></quiz-runner></quiz-bank>
      <quiz-bank src=${OTHER}></quiz-bank>
    </div>`);
    const el = page.querySelector('quiz-runner')!;
    await loaded(el);
    await answeredFirst(el);
    page.querySelectorAll('quiz-bank')[1]!.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'no notice of the new bank', { timeout: 4000 });
    await settle(el, card(el));
    expect(text($(card(el), '#result'))).to.equal('✓ Correct');
    expect(text($(card(el), 'legend'))).to.equal('A cancer screening test should above all avoid…');
    const detail = await finish(el);
    expect(detail.answers.map((a) => a.questionId)).to.deep.equal(['precision-vs-recall', 'regularisation']);
    // Its answers went to the progress of the bank they belong to.
    const sample = progressFor({ id: 'sample', title: '', topics: [], questions: [] });
    expect(sample.get('regularisation')?.seen).to.equal(1);
    setTimeout(() => button(el, 'Restart').click());
    expect((await oneEvent(el, 'quiz-start')).detail.questionIds).to.deep.equal(['q']);
  });

  it('carries on when its new bank fails to load, with an alert and quiz-error', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await answeredFirst(el);
    const errored = oneEvent(el, 'quiz-error');
    el.src = '/no/such/bank.json';
    expect((await errored).detail.message).to.match(/no\/such\/bank\.json: the server answered 404/);
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.match(/^Quiz unavailable\. Could not load/);
    expect(text($(card(el), '#result'))).to.equal('✓ Correct');
    expect((await finish(el)).score).to.equal(1);
  });
});

describe('<quiz-runner> saved runs', () => {
  const savedRuns = (): string[] => Object.keys(JSON.parse(localStorage.getItem('quizkit:sample') ?? '{"runs":{}}').runs).sort();
  /** Waits until storage holds the runs under `keys` and no other (writes take turns with other tabs). */
  const expectRuns = async (...keys: string[]): Promise<void> => {
    const want = JSON.stringify(keys.sort());
    await waitUntil(() => JSON.stringify(savedRuns()) === want, 'storage did not come to hold the expected runs', { timeout: 3000 }).catch(
      () => {},
    );
    expect(savedRuns()).to.deep.equal(JSON.parse(want));
  };
  const reload = (el: Element): void => {
    el.remove();
    forgetProgressStores(); // only localStorage remains
  };

  it('saves a run under its page, id and settings, not under its place among the runners', async () => {
    const first = await mount<QuizRunner>(html`<div><quiz-runner src=${SAMPLE}></quiz-runner></div>`, 'quiz-runner');
    await startRun(first);
    await expectRuns(`run:${location.pathname}#|quiz||10|`);
    reload(first);
    // The page now has another runner before it: the run is still offered.
    const page = await fixture(
      html`<div><quiz-runner src=${SAMPLE} mode="practice"></quiz-runner><quiz-runner src=${SAMPLE}></quiz-runner></div>`,
    );
    const [other, again] = [...page.querySelectorAll('quiz-runner')];
    await loaded(other!);
    await loaded(again!);
    expect(() => button(other!, 'Resume')).to.throw();
    expect(button(again!, 'Resume')).to.be.instanceOf(HTMLButtonElement);
    await expect(again!).to.be.accessible();
  });

  it('names a runner with an id in its key, so that runners with the same settings stay apart', async () => {
    const page = await fixture(
      html`<div><quiz-runner src=${SAMPLE} id="a"></quiz-runner><quiz-runner src=${SAMPLE} id="b/2"></quiz-runner></div>`,
    );
    const [a, b] = [...page.querySelectorAll('quiz-runner')] as QuizRunner[];
    await loaded(a!);
    await loaded(b!);
    await startRun(a!);
    expect(button(b!, 'Start')).to.be.instanceOf(HTMLButtonElement);
    await startRun(b!);
    await expectRuns(`run:${location.pathname}#a|quiz||10|`, `run:${location.pathname}#b%2F2|quiz||10|`);
  });

  it('forgets the run under settings the learner left when a run under new ones starts', async () => {
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    el.topics = 'models';
    await el.updateComplete;
    button(el, 'Restart with new settings').click();
    await settle(el, card(el));
    await expectRuns(`run:${location.pathname}#|quiz|models|10|`);
  });

  it('forgets a run it offered once the learner starts one under other settings, and every run under its id', async () => {
    const first = await runner(html`<quiz-runner src=${SAMPLE} id="r"></quiz-runner>`);
    await startRun(first);
    reload(first);
    // Another page view: a picker chose other topics; the offer is not taken.
    const second = await runner(html`<quiz-runner src=${SAMPLE} id="r" topics="models"></quiz-runner>`);
    expect(() => button(second, 'Resume')).to.throw();
    await startRun(second);
    await expectRuns(`run:${location.pathname}#r|quiz|models|10|`);
  });

  it('keeps the runs of other runners, and clears its own when it finishes', async () => {
    const page = await fixture(
      html`<div><quiz-runner src=${SAMPLE} count="1"></quiz-runner><quiz-runner src=${SAMPLE} mode="practice"></quiz-runner></div>`,
    );
    const [a, b] = [...page.querySelectorAll('quiz-runner')] as QuizRunner[];
    await loaded(a!);
    await loaded(b!);
    await startRun(b!);
    await startRun(a!);
    await expectRuns(`run:${location.pathname}#|quiz||1|`, `run:${location.pathname}#|practice||10|`);
    button(a!, 'Skip and finish').click();
    await expectRuns(`run:${location.pathname}#|practice||10|`);
  });

  it('drops runs nobody saved for 30 days', async () => {
    const day = 86_400_000;
    const run = (savedAt: number): object => ({
      v: 1,
      mode: 'quiz',
      topics: [],
      ids: ['regularisation'],
      index: 0,
      answers: {},
      startedAt: savedAt - day,
      savedAt,
    });
    localStorage.setItem(
      'quizkit:sample',
      JSON.stringify({
        v: 1,
        q: {},
        runs: { 'run:/old-page#|quiz||10|': run(Date.now() - 31 * day), 'run:/recent-page#|quiz||10|': run(Date.now() - 29 * day) },
      }),
    );
    const el = await runner(html`<quiz-runner src=${SAMPLE}></quiz-runner>`);
    await startRun(el);
    await expectRuns(`run:${location.pathname}#|quiz||10|`, 'run:/recent-page#|quiz||10|');
  });
});
