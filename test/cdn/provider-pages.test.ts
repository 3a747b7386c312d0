// <quiz-bank src> and <quiz-runner src> on static pages with the built CDN file, in every order
// a page may define the elements and insert the markup (each page runs in its own iframe).

import { expect, waitUntil } from '@open-wc/testing';
import type { QuizErrorDetail } from '../../src/events.js';
import { open, text } from './frame.js';

type PageWindow = Window & { quizErrors: QuizErrorDetail[]; kitLoaded?: boolean };

const shadow = (frame: HTMLIFrameElement, id: string): ShadowRoot | null | undefined =>
  frame.contentDocument!.getElementById(id)?.shadowRoot;

/** How many times the page fetched a file of the bundled bank (whole, its index or a question). */
const bundledBankRequests = (frame: HTMLIFrameElement): number =>
  frame.contentWindow!.performance.getEntriesByType('resource').filter((e) => /\/(ml-interview-bank|bank\/[\w.-]+)\.js$/.test(e.name))
    .length;

const errors = (frame: HTMLIFrameElement): QuizErrorDetail[] => (frame.contentWindow as PageWindow).quizErrors;

/** Waits until the element `id` shows something from the sample bank (`expected`), not the bundled one. */
async function showsSample(frame: HTMLIFrameElement, id: string, selector: string, expected: string): Promise<void> {
  const shown = (): string => text(shadow(frame, id)?.querySelector(selector) ?? shadow(frame, id));
  await waitUntil(() => shown().includes(expected), undefined, { timeout: 6000 }).catch(() => {
    throw new Error(`#${id} does not show the page's bank: "${shown().slice(0, 200)}"`);
  });
}

/** The card, both pickers and both runners of the pages with a course inside <quiz-bank src>. */
async function expectCoursePage(frame: HTMLIFrameElement): Promise<void> {
  await showsSample(frame, 'card', '[part=prompt]', 'Which of these reduce overfitting?');
  await showsSample(frame, 'picker', 'fieldset', 'Metrics');
  await showsSample(frame, 'runner', '#start-heading', 'Sample bank');
  await showsSample(frame, 'runner-src', '#start-heading', 'Sample bank');
  await showsSample(frame, 'inner-picker', 'fieldset', 'Models');
  expect(text(shadow(frame, 'picker'))).not.to.contain('Model evaluation');
  expect(bundledBankRequests(frame), 'the bundled bank is never downloaded').to.equal(0);
  expect(errors(frame)).to.deep.equal([]);
}

describe('a custom bank on a static page with the CDN file', function () {
  // Each page loads the kit and a bank in a fresh iframe; on a busy machine that takes seconds.
  this.timeout(20000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('is used by a card, a picker and a runner inside <quiz-bank src>, script in <head>', async () => {
    frame = await open('bank-head.html');
    await expectCoursePage(frame);
  });

  it('is used by the same markup with the script at the end of <body>', async () => {
    frame = await open('bank-body-end.html');
    await expectCoursePage(frame);
  });

  it('is taken up when the providers upgrade after the elements inside them', async () => {
    frame = await open('bank-late-provider.html');
    const doc = frame.contentDocument!;
    // While <quiz-bank> and <quiz-runner> are not defined yet, the elements inside wait.
    await waitUntil(() => doc.querySelector('quiz-question-card:defined'), 'the card was not defined', { timeout: 4000 });
    expect(doc.querySelector('quiz-bank:defined'), 'the provider is held back').to.equal(null);
    await waitUntil(() => shadow(frame!, 'card')?.querySelector('[part=loading]'), 'the card does not show that it waits');
    await expectCoursePage(frame);
  });

  it('is used when the kit loads after the page, and by markup inserted after the kit ran', async () => {
    frame = await open('bank-late-kit.html');
    await waitUntil(() => (frame!.contentWindow as PageWindow).kitLoaded, 'the kit did not load', { timeout: 4000 });
    await showsSample(frame, 'card', '[part=prompt]', 'Which of these reduce overfitting?');
    await showsSample(frame, 'picker', 'fieldset', 'Metrics');
    await showsSample(frame, 'later-card', '[part=prompt]', 'Describe a model you shipped.');
    await showsSample(frame, 'later-runner', '#start-heading', 'Sample bank');
    await showsSample(frame, 'later-picker', 'fieldset', 'Models');
    expect(bundledBankRequests(frame)).to.equal(0);
    expect(errors(frame)).to.deep.equal([]);
  });

  it('that fails is reported once by <quiz-bank>; the elements inside say so without blaming the bundled bank', async () => {
    frame = await open('bank-missing.html');
    const bank = frame.contentDocument!.querySelector('quiz-bank')!;
    await waitUntil(() => bank.shadowRoot?.querySelector('[role=alert]'), 'no alert from <quiz-bank>', { timeout: 6000 });
    expect(text(bank.shadowRoot!.querySelector('[role=alert]'))).to.contain('no-such-bank.json: the server answered 404');
    for (const id of ['card', 'picker', 'runner']) {
      await waitUntil(() => text(shadow(frame!, id)).includes('could not be loaded')).catch(() => {
        throw new Error(`#${id} does not say its bank failed: "${text(shadow(frame!, id))}"`);
      });
      const own = text(shadow(frame, id));
      expect(own, `#${id}`).not.to.match(/bundled|is not in the bank/);
      // One alert on the page is enough: the elements inside do not repeat it.
      expect(shadow(frame, id)!.querySelector('[role=alert]'), `#${id}`).to.equal(null);
    }
    expect(errors(frame).map((e) => e.source)).to.deep.equal([new URL('/test/fixtures/no-such-bank.json', location.href).href]);
    expect(bundledBankRequests(frame)).to.equal(0);
  });
});
