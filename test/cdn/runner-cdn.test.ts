// The built CDN file's runner: pickers drive it from inside and with `for`, and its summary (a chunk
// of its own, with its own styles) renders, prints with its explanations open and copies its report.

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { LitElement, TemplateResult } from 'lit';
import type { QuizCompleteDetail } from '../../src/events.js';
import { open, text } from './frame.js';

const CDN = '/dist/cdn/quizkit.js';
const SAMPLE = new URL('../fixtures/sample-bank.json', import.meta.url).href;
const all = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const button = (el: Element, label: string): HTMLButtonElement | undefined =>
  all(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;
const requested = (file: string): number =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/dist/cdn/${file}`)).length;

/** Puts `markup` on the page and waits until every runner and picker in it has its bank. */
async function page(markup: TemplateResult): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div>${markup}</div>`);
  for (const el of root.querySelectorAll<LitElement>('quiz-runner, quiz-topic-picker')) {
    await waitUntil(() => el.shadowRoot?.querySelector('[part=start], [part=topics]'), `<${el.localName}> did not load`, { timeout: 8000 });
  }
  return root;
}

before(async () => {
  performance.setResourceTimingBufferSize(10000);
  await import(/* @vite-ignore */ CDN);
  localStorage.clear();
});

describe('the CDN build of <quiz-runner>', () => {
  it('takes its topics from a picker inside it and from one pointed at it with for, alike', async () => {
    const root = await page(html`
      <quiz-runner src=${SAMPLE} topics="models"><quiz-topic-picker></quiz-topic-picker></quiz-runner>
      <quiz-topic-picker src=${SAMPLE} for="cdn-far"></quiz-topic-picker>
      <quiz-runner src=${SAMPLE} id="cdn-far" topics="models"></quiz-runner>`);
    const [near, far] = root.querySelectorAll('quiz-runner');
    const [inside, pointing] = root.querySelectorAll('quiz-topic-picker');
    for (const [picker, runner] of [
      [inside!, near!],
      [pointing!, far!],
    ] as const) {
      expect(all(picker, 'input:checked').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['models']);
      setTimeout(() => all(picker, 'input')[1]!.click());
      expect(((await oneEvent(picker, 'quiz-topics-change')) as CustomEvent).detail).to.deep.equal({ topics: ['metrics'] });
      await waitUntil(() => text(runner.shadowRoot!.querySelector('[part=start] .muted')) === 'Quiz · 1 question · Metrics');
    }
  });

  it('runs the topic a course page links to (topics-param), with the picker on the practice page showing it', async () => {
    // A static page, its markup before the script, as a course page's href picker links to it.
    const frame = await open('practice-from-course.html?topic=trees', { freshStorage: true });
    const doc = frame.contentDocument!;
    const runner = doc.querySelector('quiz-runner')!;
    const picker = doc.querySelector('quiz-topic-picker')!;
    await waitUntil(() => runner.shadowRoot?.querySelector('[part=start] .muted'), 'the runner did not load', { timeout: 8000 });
    expect(text(runner.shadowRoot!.querySelector('[part=start] .muted'))).to.equal('Quiz · 4 questions · Trees and ensembles');
    await waitUntil(() => picker.shadowRoot?.querySelector('input:checked'), 'the picker shows no topic', { timeout: 8000 });
    expect(all(picker, 'input:checked').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['trees']);
    frame.remove();
  });

  it("shows a quiz's summary without the code of an interview's report or of reading back a saved run", async () => {
    const root = await page(html`<quiz-runner src=${SAMPLE} count="1"></quiz-runner>`);
    const runner = root.querySelector('quiz-runner')!;
    // The summary's code comes once a run starts, not before.
    expect(requested('run-summary.js')).to.equal(0);
    button(runner, 'Start')!.click();
    await waitUntil(() => button(runner, 'Skip and finish'), 'no question');
    button(runner, 'Skip and finish')!.click();
    await waitUntil(() => runner.shadowRoot!.querySelector('[part=summary]'), 'no summary', { timeout: 8000 });
    expect(text(runner.shadowRoot!.querySelector('#summary-heading'))).to.equal('Your result');
    expect(requested('interview-report.js')).to.equal(0);
    expect(requested('restore.js')).to.equal(0);
    root.remove();
    localStorage.clear();
  });

  it('shows the summary from its own chunk, styled, opened for printing, with its report copied', async () => {
    const root = await page(html`<quiz-runner src=${SAMPLE} mode="interview" count="1"></quiz-runner>`);
    const runner = root.querySelector('quiz-runner')!;
    // The summary's code came with the quiz's run above, once.
    expect(requested('run-summary.js')).to.equal(1);
    button(runner, 'Start')!.click();
    await waitUntil(() => button(runner, 'Skip and finish'), 'no question');
    const completed = oneEvent(runner, 'quiz-complete');
    button(runner, 'Skip and finish')!.click();
    expect(((await completed) as CustomEvent<QuizCompleteDetail>).detail.maxScore).to.equal(1);
    await waitUntil(() => runner.shadowRoot!.querySelector('[part=summary]'), 'no summary', { timeout: 8000 });
    expect(requested('run-summary.js')).to.equal(1);
    // An interview's report parts came with the summary.
    expect(requested('interview-report.js')).to.equal(1);
    expect(text(runner.shadowRoot!.querySelector('#summary-heading'))).to.equal('Interview report');
    expect(runner.shadowRoot!.activeElement?.id).to.equal('summary-heading');
    // Its styles came with it: the score line is 1.125 times the runner's font size.
    const size = (el: Element): number => parseFloat(getComputedStyle(el).fontSize);
    expect(size(runner.shadowRoot!.querySelector('[part=score]')!)).to.equal(size(runner) * 1.125);
    const details = all(runner, 'details') as HTMLDetailsElement[];
    expect(details.some((d) => d.open)).to.equal(false);
    dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.equal(true);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      button(runner, 'Copy report')!.click();
      await waitUntil(() => writeText.called, 'nothing copied', { timeout: 8000 });
      expect(writeText.firstCall.args[0]).to.match(/^Sample bank: mock interview report, /);
      expect(requested('report.js')).to.equal(1);
    } finally {
      writeText.restore();
    }
    await expect(runner).to.be.accessible();
  });
});
