// A picker inside a <quiz-runner> gets the runner's bank by context, from a provider whose code
// (bank-provider.ts) the runner loads only once an element inside asks: a picker upgraded before
// the runner, after it, inserted later, inside a <quiz-bank> around the runner, and the provider's
// code failing. No runner is defined in this file until the first test defines it; the order of
// the tests matters.

import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/topic-picker/topic-picker.js';
import type { QuizTopicPicker } from '../../src/components/topic-picker/topic-picker.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { clearFaults, fault } from '../fault.js';
import { $, $$, button, requested, SAMPLE, text } from './helpers.js';

const PROVIDER = '/src/controllers/bank-provider.ts';
let n = 0;
/** The sample bank under a URL of its own, so that no other test's load is shared with this one. */
const bankUrl = (): string => `${SAMPLE}?runner-provider=${++n}`;

/** The topics the picker lists. */
const topics = (picker: Element): string[] => $$(picker, '[part=topics] label').map(text);

/** Waits until the picker lists the sample bank's topics (the runner's src), not the bundled bank's. */
async function showsRunnerBank(picker: QuizTopicPicker): Promise<void> {
  await waitUntil(() => picker.shadowRoot?.querySelector('[part=topics]'), `the picker shows no topics: "${text(picker.shadowRoot)}"`, {
    timeout: 6000,
  });
  expect(topics(picker).map((t) => t.replace(/ ·.*| \d.*/, ''))).to.deep.equal(['All topics', 'Metrics', 'Models']);
}

/** Picks "Models" in the picker and waits until the runner's start screen says so. */
async function drives(picker: QuizTopicPicker, runner: QuizRunner): Promise<void> {
  await waitUntil(() => runner.shadowRoot?.querySelector('[part=start]'), 'the runner did not load', { timeout: 6000 });
  $$(picker, 'input')
    .find((i) => (i as HTMLInputElement).value === 'models')!
    .click();
  await waitUntil(
    () => text(runner.shadowRoot!.querySelector('[part=start] .muted')).endsWith('Models'),
    'the picker does not drive the runner',
  );
  expect(runner.topics).to.equal('models');
}

/** A runner on its sample bank with a picker inside, as markup makes them (attributes, the runner first). */
function markup(): { runner: QuizRunner; picker: QuizTopicPicker; root: HTMLElement } {
  const root = document.createElement('div');
  const runner = document.createElement('quiz-runner');
  runner.setAttribute('src', bankUrl());
  runner.setAttribute('load-timeout', '3');
  const picker = document.createElement('quiz-topic-picker');
  runner.append(picker);
  root.append(runner);
  return { root, runner, picker };
}

beforeEach(() => {
  localStorage.clear();
  forgetProgressStores();
});
afterEach(() => clearFaults());

describe("a picker inside a <quiz-runner>, by the runner's provider loaded on demand", () => {
  it('waits for a runner upgraded after it; if the provider code fails, an alert with Retry; then the runner bank', async () => {
    fault(PROVIDER, '500');
    const { root, runner, picker } = markup();
    document.body.append(root);
    // The runner is not defined yet: the picker waits for it rather than show the bundled bank.
    await waitUntil(() => picker.shadowRoot?.querySelector('[part=loading]'), 'the picker does not wait');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(picker.shadowRoot!.querySelector('[part=loading]')).to.not.equal(null);
    expect(requested('/banks/ml-interview/index'), 'the bundled index').to.equal(0);

    const errored = oneEvent(picker, 'quiz-error');
    await import('../../src/components/quiz-runner/quiz-runner.js');
    const { detail } = (await errored) as CustomEvent<QuizErrorDetail>;
    expect(detail.source).to.equal('quiz-runner');
    expect(detail.message).to.match(/^Could not use the bank of the enclosing <quiz-runner>: the bank provider code could not load/);
    await picker.updateComplete;
    expect(text($(picker, '[role=alert]'))).to.equal(`Topics unavailable. ${detail.message} Retry`);
    // The runner itself has its bank: only what it hands on failed.
    await waitUntil(() => runner.shadowRoot?.querySelector('[part=start]'), 'the runner did not load', { timeout: 6000 });
    // Checked once the runner shows its start screen: until then the picker is not in a slot, so
    // not rendered, and axe finds nothing to check (a busy machine got there first).
    await expect(picker).to.be.accessible();

    clearFaults();
    button(picker, 'Retry').click();
    await showsRunnerBank(picker);
    expect(requested(PROVIDER)).to.equal(2);
    expect(picker.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    await drives(picker, runner);
    expect(requested('/banks/ml-interview/index'), 'the bundled index').to.equal(0);
    root.remove();
  });

  it('gets the bank of a runner upgraded before it (markup put on the page with both defined)', async () => {
    const { root, runner, picker } = markup();
    const errors: QuizErrorDetail[] = [];
    root.addEventListener('quiz-error', (e) => errors.push((e as CustomEvent<QuizErrorDetail>).detail));
    document.body.append(root);
    await showsRunnerBank(picker);
    await drives(picker, runner);
    expect(errors).to.deep.equal([]);
    root.remove();
  });

  it('gets the bank of a runner it is inserted into after the runner loaded', async () => {
    const runner = Object.assign(document.createElement('quiz-runner'), { src: bankUrl() });
    document.body.append(runner);
    await waitUntil(() => runner.shadowRoot?.querySelector('[part=start]'), 'the runner did not load', { timeout: 6000 });
    const picker = document.createElement('quiz-topic-picker');
    runner.append(picker);
    await showsRunnerBank(picker);
    await drives(picker, runner);
    await expect(picker).to.be.accessible();
    runner.remove();
  });

  it("gets the runner's bank, not the bank of a <quiz-bank> around the runner", async () => {
    await import('../../src/components/quiz-bank/quiz-bank.js');
    // The <quiz-bank> has the bundled bank; the runner inside it, a bank of its own.
    const bank = document.createElement('quiz-bank');
    const { runner, picker } = markup();
    bank.append(runner);
    document.body.append(bank);
    await showsRunnerBank(picker);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(topics(picker)).to.not.include('Model evaluation');
    await drives(picker, runner);
    bank.remove();
  });
});
