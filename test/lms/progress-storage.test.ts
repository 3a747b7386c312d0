// progressStorage: a page's own storage (its server, say) in place of localStorage.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/quiz-bank/quiz-bank.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizTopicPicker } from '../../src/components/topic-picker/topic-picker.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import type { ProgressStorage } from '../../src/data/progress-storage.js';
import { $$, button, loaded, SAMPLE, settle, text } from '../components/helpers.js';
import { captureWarnings } from '../core/warnings.js';

const warnings = captureWarnings();

/** A server-like store: async, with a delay, and a way to push a change from "another device". */
function serverStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners = new Map<string, (v: string | null) => void>();
  const sets: string[] = [];
  const storage: ProgressStorage = {
    get: async (key) => {
      await new Promise((r) => setTimeout(r, 30));
      return data.get(key) ?? null;
    },
    set: async (key, value) => {
      await new Promise((r) => setTimeout(r, 10));
      data.set(key, value);
      sets.push(key);
    },
    subscribe: (key, listener) => {
      listeners.set(key, listener);
      return () => listeners.delete(key);
    },
  };
  return { storage, data, sets, push: (key: string, value: string) => (data.set(key, value), listeners.get(key)?.(value)) };
}

beforeEach(() => {
  forgetProgressStores();
  localStorage.clear();
});

async function answerCard(card: QuizQuestionCard, choice: number): Promise<void> {
  await settle(card);
  $$(card, 'input')[choice]!.click();
  button(card, 'Check').click();
  await settle(card);
}

describe('progressStorage', () => {
  it('keeps progress in the page’s async storage instead of localStorage', async () => {
    const server = serverStorage();
    const card = await fixture<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz" .progressStorage=${server.storage}></quiz-question-card>`,
    );
    await loaded(card);
    await answerCard(card, 1);
    await waitUntil(() => server.data.get('quizkit:sample'), 'nothing was saved to the page storage');
    const saved = JSON.parse(server.data.get('quizkit:sample')!);
    expect(saved.q['precision-vs-recall']).to.include({ seen: 1, correct: 1 });
    expect(localStorage.getItem('quizkit:sample')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('shows progress read from the storage, and takes in what subscribe announces from another device', async () => {
    const progress = (seen: number, at: number): string =>
      JSON.stringify({ v: 1, q: { 'precision-vs-recall': { seen, correct: seen, last: at, due: at + 864e5 } }, runs: {} });
    const server = serverStorage({ 'quizkit:sample': progress(1, Date.now() - 1000) });
    const picker = await fixture<QuizTopicPicker>(
      html`<quiz-topic-picker src=${SAMPLE} .progressStorage=${server.storage}></quiz-topic-picker>`,
    );
    await loaded(picker);
    const all = (): string => text(picker.shadowRoot!.querySelector('li'));
    await waitUntil(() => all() === 'All topics 3 questions · 1 answered · 0 right', `no progress shown: ${all()}`);
    const both = JSON.stringify({
      v: 1,
      q: {
        'precision-vs-recall': { seen: 1, correct: 1, last: Date.now() - 1000, due: Date.now() + 864e5 },
        regularisation: { seen: 1, correct: 1, last: Date.now(), due: Date.now() + 864e5 },
      },
      runs: {},
    });
    server.push('quizkit:sample', both);
    await waitUntil(() => all().includes('2 answered'), `the pushed change was not shown: ${all()}`);
  });

  it('is shared through a <quiz-bank> with the elements inside it', async () => {
    const server = serverStorage();
    const el = await fixture(
      html`<quiz-bank src=${SAMPLE} .progressStorage=${server.storage}><quiz-question-card question="regularisation" mode="quiz"></quiz-question-card></quiz-bank>`,
    );
    const card = el.querySelector('quiz-question-card')!;
    await loaded(card);
    await answerCard(card, 2);
    await waitUntil(() => server.data.get('quizkit:sample'), 'the card inside did not save to the bank’s storage');
    expect(JSON.parse(server.data.get('quizkit:sample')!).q.regularisation).to.include({ seen: 1, correct: 0 });
  });

  it('ignores text that is not quizkit progress, and a storage that cannot be read is not written over', async () => {
    const foreign = serverStorage({ 'quizkit:sample': '<html>login page</html>' });
    const card = await fixture<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz" .progressStorage=${foreign.storage}></quiz-question-card>`,
    );
    await loaded(card);
    await waitUntil(() => warnings.messages.some((m) => /is not JSON; starting afresh/.test(m)), `no warning: ${warnings.messages}`);

    const broken: ProgressStorage = {
      get: () => Promise.reject(new Error('503 from /progress')),
      set: () => expect.fail('written over what could not be read'),
    };
    const other = await fixture<QuizQuestionCard>(
      html`<quiz-question-card src=${SAMPLE} question="regularisation" mode="quiz" .progressStorage=${broken}></quiz-question-card>`,
    );
    await loaded(other);
    await answerCard(other, 0);
    expect(warnings.messages.join('\n')).to.match(/cannot be read \(503 from \/progress\); progress is kept for this page view only/);
    expect(text(other.shadowRoot!.querySelector('#result'))).to.match(/Not quite/);
  });

  it('warns once when saving fails, and saves everything with the next change', async () => {
    let fail = true;
    const data = new Map<string, string>();
    const storage: ProgressStorage = {
      get: () => null,
      set: (k, v) => (fail ? Promise.reject(new Error('offline')) : void data.set(k, v)),
    };
    const bankEl = await fixture(html`<quiz-bank src=${SAMPLE} .progressStorage=${storage}>
      <quiz-question-card question="precision-vs-recall" mode="quiz"></quiz-question-card>
      <quiz-question-card question="regularisation" mode="quiz"></quiz-question-card></quiz-bank>`);
    const [first, second] = [...bankEl.querySelectorAll('quiz-question-card')] as QuizQuestionCard[];
    await loaded(first!);
    await answerCard(first!, 1);
    await waitUntil(() => warnings.messages.some((m) => /cannot be saved \(offline\)/.test(m)), 'no warning');
    fail = false;
    await loaded(second!);
    await answerCard(second!, 0);
    await waitUntil(() => data.get('quizkit:sample'), 'not saved after the storage came back');
    expect(Object.keys(JSON.parse(data.get('quizkit:sample')!).q).sort()).to.deep.equal(['precision-vs-recall', 'regularisation']);
    expect(warnings.messages.filter((m) => /cannot be saved/.test(m))).to.have.length(1);
  });
});
