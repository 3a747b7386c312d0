import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/question-card/question-card.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizTopicPicker } from '../../src/components/topic-picker/topic-picker.js';
import sinon from 'sinon';
import { forgetProgressStores, progressFor } from '../../src/internal/progress.js';
import type { Bank } from '../../src/data/types.js';
import { $, $$, button, deepActive, loaded, mountFailing, SAMPLE, text } from './helpers.js';
import { saveRun } from '../../src/core/progress-runs.js';

async function picker(template: ReturnType<typeof html>): Promise<QuizTopicPicker> {
  const el = await fixture<QuizTopicPicker>(template);
  await loaded(el);
  return el;
}

const options = (el: QuizTopicPicker): string[] => $$(el, '[part=topic]').map(text);

beforeEach(() => {
  // The last test's page goes away (writing what it had), then storage is emptied.
  forgetProgressStores();
  localStorage.clear();
});

describe('<quiz-topic-picker>', () => {
  it('lists the topics with question counts, with "All topics" first in single mode', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE}></quiz-topic-picker>`);
    expect(text($(el, 'legend'))).to.equal('Topics');
    expect(options(el)).to.deep.equal(['All topics 3 questions', 'Metrics 1 question', 'Models 2 questions']);
    expect($$(el, 'input[type=radio]')).to.have.length(3);
    expect(($$(el, 'input')[0] as HTMLInputElement).checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('picks one topic with the arrow keys and fires quiz-topics-change', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE}></quiz-topic-picker>`);
    $$(el, 'input')[0]!.focus();
    const changed = oneEvent(el, 'quiz-topics-change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await changed).detail).to.deep.equal({ topics: ['metrics'] });
    expect(el.selected).to.equal('metrics');
    expect(el.getAttribute('selected')).to.equal('metrics');
  });

  it('picks several topics with checkboxes: arrows move, Space toggles, Home and End jump', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE} multiple label="Practise these"></quiz-topic-picker>`);
    expect(text($(el, 'legend'))).to.equal('Practise these');
    expect(text($(el, '.hint'))).to.equal('Pick any; none picked means all topics.');
    const inputs = $$(el, 'input[type=checkbox]');
    expect(inputs).to.have.length(2);
    inputs[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(inputs[1]);
    const changed = oneEvent(el, 'quiz-topics-change');
    await sendKeys({ press: 'Space' });
    expect((await changed).detail.topics).to.deep.equal(['metrics', 'models']);
    await sendKeys({ press: 'Home' });
    expect(deepActive()).to.equal(inputs[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive()).to.equal(inputs[1]);
    await sendKeys({ press: 'Space' });
    expect(el.selected).to.equal('metrics');
    await expect(el).to.be.accessible();
  });

  it('starts from the selected attribute', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE} multiple selected="models"></quiz-topic-picker>`);
    expect($$(el, 'input').map((i) => (i as HTMLInputElement).checked)).to.deep.equal([false, true]);
  });

  it('takes selected as an array, as React and Vue pass it, and reflects it', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE} multiple .selected=${['models', 'metrics']}></quiz-topic-picker>`);
    expect($$(el, 'input').map((i) => (i as HTMLInputElement).checked)).to.deep.equal([true, true]);
    expect(el.getAttribute('selected')).to.equal('models,metrics');
    el.selected = ['metrics'];
    await el.updateComplete;
    expect($$(el, 'input').map((i) => (i as HTMLInputElement).checked)).to.deep.equal([true, false]);
    await expect(el).to.be.accessible();
  });

  it('links each topic to a page in href mode', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE} href="/practice?topic={topic}"></quiz-topic-picker>`);
    const links = $$(el, 'a[part=topic]');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/practice?topic=metrics', '/practice?topic=models']);
    expect(text(links[1])).to.equal('Models 2 questions');
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows the learner's progress per topic, with what is due today, and updates it as they answer", async () => {
    // Noon, so that a review due within the hour is due today.
    // Only Date is faked: timers run as usual.
    const noon = new Date().setHours(12, 0, 0, 0);
    const clock = sinon.useFakeTimers({ now: noon, toFake: ['Date'] });
    try {
      const wrapper = await fixture(html`<div>
        <quiz-topic-picker src=${SAMPLE}></quiz-topic-picker>
        <quiz-question-card src=${SAMPLE} question="regularisation" mode="quiz"></quiz-question-card>
        <quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>
      </div>`);
      const el = wrapper.querySelector('quiz-topic-picker')!;
      const [wrong, right] = [...wrapper.querySelectorAll('quiz-question-card')];
      await Promise.all([loaded(el), loaded(wrong!), loaded(right!)]);
      $$(wrong!, 'input')[2]!.click();
      button(wrong!, 'Check').click();
      $$(right!, 'input')[1]!.click();
      button(right!, 'Check').click();
      await waitUntil(() => options(el)[2]!.includes('answered'), 'the picker did not update');
      expect(options(el)[2]).to.equal('Models 2 questions · 1 answered · 0 right');
      expect(options(el)[1]).to.equal('Metrics 1 question · 1 answered · 1 right');
      const meter = $$(el, 'progress[part=meter]')[2] as HTMLProgressElement;
      expect([meter.value, meter.max]).to.deep.equal([1, 2]);
      // Tomorrow the wrong answer is due for review; the right one waits three days (once FSRS,
      // loaded after the answers were saved, has scheduled it).
      clock.setSystemTime(noon + 86_400_000);
      el.requestUpdate();
      await el.updateComplete;
      // Until FSRS has scheduled it, the right answer is due tomorrow too ("2 due today").
      await waitUntil(() => options(el)[0]!.endsWith('· 1 due today'), 'the right answer was not scheduled', { timeout: 4000 });
      expect(options(el)[2]).to.equal('Models 2 questions · 1 answered · 0 right · 1 due today');
      expect(options(el)[1]).to.equal('Metrics 1 question · 1 answered · 1 right');
      expect(options(el)[0]).to.equal('All topics 3 questions · 2 answered · 1 right · 1 due today');
    } finally {
      clock.restore();
    }
  });

  it('says so when for names no runner on the page', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE} for="nowhere"></quiz-topic-picker>`);
    const errored = oneEvent(el, 'quiz-error');
    $$(el, 'input')[1]!.click();
    expect((await errored).detail).to.deep.equal({
      message: 'for="nowhere": there is no <quiz-runner id="nowhere"> on this page.',
      source: 'for',
    });
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('Not connected. for="nowhere": there is no <quiz-runner id="nowhere"> on this page.');
    expect(el.selected).to.equal('metrics');
    await expect(el).to.be.accessible();
    // Once the runner is on the page, the picker drives it and the alert goes.
    const runner = Object.assign(document.createElement('quiz-runner'), { id: 'nowhere', src: SAMPLE });
    document.body.append(runner);
    $$(el, 'input')[2]!.click();
    await el.updateComplete;
    expect(runner.topics).to.equal('models');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    runner.remove();
  });

  it('shows progress saved in another tab', async () => {
    const el = await picker(html`<quiz-topic-picker src=${SAMPLE}></quiz-topic-picker>`);
    expect(options(el)[1]).to.equal('Metrics 1 question');
    const now = Date.now();
    localStorage.setItem(
      'quizkit:sample',
      JSON.stringify({
        v: 1,
        q: { 'precision-vs-recall': { seen: 1, correct: 1, last: now, due: now + 864e5, rating: 'good' } },
        runs: {},
      }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: 'quizkit:sample' }));
    await el.updateComplete;
    expect(options(el)[1]).to.equal('Metrics 1 question · 1 answered · 1 right');
  });

  it('keeps its counts right through answers, another tab, a saved run and a reset', async () => {
    const wrapper = await fixture(html`<div>
      <quiz-topic-picker src=${SAMPLE}></quiz-topic-picker>
      <quiz-question-card src=${SAMPLE} question="regularisation" mode="quiz"></quiz-question-card>
    </div>`);
    const el = wrapper.querySelector('quiz-topic-picker')!;
    const card = wrapper.querySelector('quiz-question-card')!;
    await Promise.all([loaded(el), loaded(card)]);
    $$(card, 'input')[1]!.click();
    button(card, 'Check').click();
    await waitUntil(() => options(el)[2]!.includes('answered'), 'the picker did not count the answer');
    expect(options(el)).to.deep.equal([
      'All topics 3 questions · 1 answered · 0 right',
      'Metrics 1 question',
      'Models 2 questions · 1 answered · 0 right',
    ]);
    // Another tab answered the other topic's question (and kept this tab's answer, once written:
    // writes wait for the tabs' lock, so the count can show before storage has the answer).
    await progressFor({ id: 'sample' } as Bank).saved();
    const saved = JSON.parse(localStorage.getItem('quizkit:sample')!) as { q: Record<string, unknown> };
    const now = Date.now();
    saved.q['precision-vs-recall'] = { seen: 1, correct: 1, last: now, due: now + 864e5, rating: 'good' };
    localStorage.setItem('quizkit:sample', JSON.stringify(saved));
    window.dispatchEvent(new StorageEvent('storage', { key: 'quizkit:sample' }));
    await el.updateComplete;
    expect(options(el)).to.deep.equal([
      'All topics 3 questions · 2 answered · 1 right',
      'Metrics 1 question · 1 answered · 1 right',
      'Models 2 questions · 1 answered · 0 right',
    ]);
    // A saved run (a runner's "Next") is no answer.
    const store = progressFor({ id: 'sample' } as Bank);
    const version = store.version;
    saveRun(store, 'run:/elsewhere#0|quiz', { v: 1 });
    expect(store.version).to.be.above(version);
    await el.updateComplete;
    expect(options(el)[0]).to.equal('All topics 3 questions · 2 answered · 1 right');
    // The page's "reset": progress removed from storage, in this tab or another.
    localStorage.removeItem('quizkit:sample');
    window.dispatchEvent(new StorageEvent('storage', { key: 'quizkit:sample' }));
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['All topics 3 questions', 'Metrics 1 question', 'Models 2 questions']);
    await expect(el).to.be.accessible();
  });

  it('reports a bank that fails to load', async () => {
    const { el, detail } = await mountFailing('quiz-topic-picker', { src: '/missing-bank.json' });
    expect(detail.source).to.match(/missing-bank\.json$/);
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.match(/^Topics unavailable\. Could not load the question bank/);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
