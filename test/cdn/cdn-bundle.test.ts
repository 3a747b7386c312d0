// The built CDN file itself, as a blog page loads it: one script, the bank fetched lazily.

import { expect, waitUntil } from '@open-wc/testing';

const CDN = '/dist/cdn/quizkit.js';
const NPM = '/dist/index.js';
/** Requests for any file of the bundled bank: the whole bank, its index or a question's chunks. */
const bankRequests = (): number =>
  performance.getEntriesByType('resource').filter((e) => /\/dist\/cdn\/(ml-interview-bank|bank\/[\w.-]+)\.js$/.test(e.name)).length;

const requested = (file: string): number =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/dist/cdn/${file}`)).length;

const prompt = (el: Element | null | undefined): string =>
  el?.shadowRoot?.querySelector('[part=prompt]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

before(() => performance.setResourceTimingBufferSize(10000));

describe('the CDN bundle', () => {
  it('fetches the code of an element when its tag appears, and only its question when a card needs it', async function () {
    // A card, its grader, then a picker: more than the default time on a loaded machine.
    this.timeout(45_000);
    // A learner who rated a question "Again" three days ago, saved as quizkit saved it before
    // reviews were pending: the answer newer than its (absent) card is not scheduled yet.
    const threeDaysAgo = Date.now() - 3 * 86_400_000;
    localStorage.setItem(
      'quizkit:ml-interview',
      JSON.stringify({
        v: 1,
        q: { 'f1-score': { seen: 1, correct: 0, last: threeDaysAgo, due: threeDaysAgo + 86_400_000, rating: 'again' } },
        runs: {},
        stamps: {},
      }),
    );
    await import(/* @vite-ignore */ CDN);
    expect(customElements.get('quiz-question-card'), 'no card on the page yet').to.equal(undefined);
    expect(bankRequests()).to.equal(0);
    const card = document.createElement('quiz-question-card');
    card.setAttribute('question', 'precision-vs-recall');
    document.body.append(card);
    await customElements.whenDefined('quiz-question-card');
    await waitUntil(() => prompt(card) !== '', 'the card did not render', { timeout: 4000 });
    expect(prompt(card)).to.equal('What is the difference between precision and recall?');
    // Practice mode: the question and its answer parts, neither the index nor other questions.
    expect(requested('bank/precision-vs-recall.js') + requested('bank/precision-vs-recall.answer.js')).to.equal(2);
    expect(bankRequests()).to.equal(2);
    await expect(card).to.be.accessible();
    // Code for what the page has not used yet stays on the server: other elements, other modes.
    expect(requested('question-card.js')).to.equal(1);
    expect(requested('quiz-runner.js') + requested('topic-picker.js') + requested('quiz-bank.js')).to.equal(0);
    expect(requested('grader.js') + requested('fsrs.js') + requested('run-summary.js') + requested('countdown-view.js')).to.equal(0);
    // Nor what only views of due dates need (a picker's counts, a runner's practice order).
    expect(requested('progress-views.js'), 'the card page fetched the due-date views').to.equal(0);
    const input = card.shadowRoot!.querySelector('textarea')!;
    input.value = 'Precision is about false positives.';
    input.dispatchEvent(new Event('input'));
    [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show answer')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('[part=verdict]'), 'no feedback', { timeout: 4000 });
    expect(requested('grader.js')).to.equal(1);
    [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Good')!.click();
    const saved = (): { q: Record<string, { seen: number; pending?: unknown[] }> } =>
      JSON.parse(localStorage.getItem('quizkit:ml-interview') ?? '{"q":{}}');
    await waitUntil(() => saved().q['precision-vs-recall']?.seen === 1, 'the rating was not saved');
    // Rating saves a review to schedule later: a page that shows no due dates needs no scheduler.
    expect(saved().q['precision-vs-recall']!.pending).to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested('fsrs.js'), 'the card page fetched the scheduler').to.equal(0);
    card.remove();
    // A picker opened afterwards counts what is due: it fetches the scheduler, which finds the
    // "Again" of three days ago due and today's "Good" not.
    const picker = document.createElement('quiz-topic-picker');
    document.body.append(picker);
    const all = (): string => picker.shadowRoot?.querySelector('[part=count]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    await waitUntil(() => all().includes('due today'), `no due count in the picker: "${all()}"`, { timeout: 4000 });
    expect(all()).to.equal('34 questions · 2 answered · 1 right · 1 due today');
    expect(requested('fsrs.js')).to.equal(1);
    await waitUntil(() => saved().q['f1-score']!.pending === undefined, 'the scheduled review was not saved');
    await expect(picker).to.be.accessible();
    picker.remove();
  });

  it('does not throw when a second copy of the kit loads on the same page', async () => {
    await import(/* @vite-ignore */ CDN);
    await import(/* @vite-ignore */ NPM);
    const card = document.createElement('quiz-question-card');
    card.setAttribute('question', 'f1-score');
    document.body.append(card);
    await waitUntil(() => prompt(card) !== '', 'the card did not render', { timeout: 4000 });
    card.remove();
  });

  it('runs under a strict Content Security Policy with Trusted Types', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/csp-card.html';
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
    const cards = (): NodeListOf<Element> => frame.contentDocument!.querySelectorAll('quiz-question-card');
    await waitUntil(
      () => frame.contentDocument && cards().length === 3 && [...cards()].every((c) => prompt(c) !== ''),
      'the cards did not render under CSP',
      { timeout: 5000 },
    );
    const quiz = cards()[1]!.shadowRoot!;
    (quiz.querySelectorAll('input')[1] as HTMLInputElement).click();
    [...quiz.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check')!.click();
    await waitUntil(() => quiz.querySelector('#result'), 'checking failed under CSP');
    // Interview mode loads the countdown, the grader and the scheduler as lazy chunks.
    const interview = cards()[2]!.shadowRoot!;
    await waitUntil(() => interview.querySelector('[part=timer]'), 'no countdown under CSP');
    const input = interview.querySelector('textarea')!;
    input.value = 'Overfitting means the model memorises noise and fails to generalise; use regularisation.';
    input.dispatchEvent(new Event('input'));
    [...interview.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Submit answer')!.click();
    await waitUntil(() => interview.querySelector('[part=verdict]'), 'grading failed under CSP', { timeout: 5000 });
    const probe = frame.contentWindow as unknown as { cspViolations: string[]; trustedTypesEnforced: boolean };
    expect(probe.trustedTypesEnforced, 'the page must enforce Trusted Types').to.equal(true);
    expect(probe.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('keeps an unfinished run across a real page reload, and offers to resume it', async () => {
    localStorage.clear();
    // The kit on this page (the cards of the tests above) hears of it as another tab would, or
    // it puts back its recent answers when the reloaded page writes.
    dispatchEvent(new StorageEvent('storage', { key: null }));
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/runner-reload.html';
    frame.style.width = '800px';
    frame.style.height = '900px';
    document.body.append(frame);
    const runner = (): Element | null | undefined => frame.contentDocument?.querySelector('quiz-runner');
    const button = (label: string): HTMLButtonElement | undefined =>
      [...(runner()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label);
    const inner = (): ShadowRoot | null | undefined => runner()?.shadowRoot?.querySelector('quiz-question-card')?.shadowRoot;

    await waitUntil(() => button('Start'), 'no Start button', { timeout: 5000 });
    button('Start')!.click();
    await waitUntil(() => inner()?.querySelector('input'), 'no question', { timeout: 5000 });
    (inner()!.querySelectorAll('input')[0] as HTMLInputElement).click();
    [...inner()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check')!.click();
    await waitUntil(() => button('Next'), 'no Next button');
    button('Next')!.click();

    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await reloaded;
    await waitUntil(() => button('Resume'), 'no Resume offer after the reload', { timeout: 5000 });
    expect(runner()!.shadowRoot!.textContent).to.contain('You have an unfinished run: 1 of 3 answered.');
    button('Resume')!.click();
    await waitUntil(() => runner()!.shadowRoot!.querySelector('#progress-label'));
    expect(runner()!.shadowRoot!.querySelector('#progress-label')!.textContent).to.equal('Question 2 of 3');
    // The picker pointed at the runner shows the answer in its progress.
    const picker = frame.contentDocument!.querySelector('quiz-topic-picker')!;
    // Each element's code arrives on its own: the picker may render a moment after the runner.
    await waitUntil(() => picker.shadowRoot?.querySelector('input:checked'), 'the picker did not render');
    expect(picker.shadowRoot!.textContent).to.match(/Model evaluation\s*6 questions\s· 1 answered/);
    const checked = picker.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value, "the picker starts from the runner's topics").to.equal('evaluation');
    frame.remove();
    localStorage.clear();
  });
});
