// <quiz-runner>: every screen of a run, in quiz and practice mode, and its errors.

import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing, type LitElement } from 'lit';
import '../src/components/quiz-runner/quiz-runner.js';
import '../src/components/topic-picker/topic-picker.js';
import { forgetProgressStores } from '../src/internal/progress.js';
import { press, ready, speaking } from './helpers.js';

interface Args {
  topics?: string;
  count: number;
  mode: 'quiz' | 'practice' | 'interview';
  'time-limit'?: number;
  shuffle: boolean;
  seed?: string;
  pass: number;
  src?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/quiz-runner',
  component: 'quiz-runner',
  args: { count: 3, mode: 'quiz', shuffle: false, pass: 70, topics: 'evaluation' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['quiz', 'practice', 'interview'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  // Every story starts from a clean slate: no saved run to resume.
  loaders: [
    async () => {
      localStorage.removeItem('quizkit:ml-interview');
      forgetProgressStores();
      return {};
    },
  ],
  render: (args) => html`<quiz-runner
    topics=${args.topics ?? nothing}
    count=${args.count}
    mode=${args.mode}
    ?shuffle=${args.shuffle}
    seed=${args.seed ?? nothing}
    pass=${args.pass}
    time-limit=${args['time-limit'] ?? nothing}
    src=${args.src ?? nothing}
    theme=${args.theme ?? nothing}
  ></quiz-runner>`,
};
export default meta;

type Story = StoryObj<Args>;

const runner = (canvas: HTMLElement): LitElement => canvas.querySelector('quiz-runner') as LitElement;

/** Answers the current question: picks the right or a wrong choice and checks it. */
async function answer(root: ShadowRoot, right: boolean): Promise<void> {
  const card = root.querySelector('quiz-question-card') as LitElement;
  const inner = await ready(card);
  const bank = (await import('../src/data/banks/ml-interview.json')).default;
  const id = card.getAttribute('question');
  const choices = bank.questions.find((q) => q.id === id)!.check!.choices as { correct?: boolean }[];
  (inner.querySelectorAll('input')[choices.findIndex((c) => !!c.correct === right)] as HTMLInputElement).click();
  await press(inner, 'Check');
}

/** The start screen: bank title, mode, number of questions and topics. */
export const Start: Story = {};

/** With a topic picker inside: it sets the runner's topics. */
export const StartWithPicker: Story = {
  render: () => html`<quiz-runner count="5"><quiz-topic-picker multiple></quiz-topic-picker></quiz-runner>`,
};

/**
 * Opened from a course page's topic link (`/practice?topic=trees`): with `topics-param="topic"` the
 * runner starts on that topic, and the picker pointed at it shows it chosen. (The story adds the
 * parameter to its own address while it shows.)
 */
export const TopicFromAddress: Story = {
  beforeEach: () => {
    const at = location.href;
    const url = new URL(at);
    url.searchParams.set('topic', 'trees');
    history.replaceState(history.state, '', url);
    return () => history.replaceState(history.state, '', at);
  },
  render: () =>
    html`<quiz-topic-picker for="from-address" multiple></quiz-topic-picker>
      <quiz-runner id="from-address" topics-param="topic"></quiz-runner>`,
};

/** A question, with "1 of 3" progress and back / skip. */
export const Question: Story = {
  play: async ({ canvasElement }) => press(await ready(runner(canvasElement)), 'Start'),
};

/** Feedback right after checking a right answer. */
export const FeedbackRight: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(runner(canvasElement));
    await press(root, 'Start');
    await answer(root, true);
  },
};

/** Feedback right after checking a wrong answer. */
export const FeedbackWrong: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(runner(canvasElement));
    await press(root, 'Start');
    await answer(root, false);
  },
};

/** The summary: score, pass or fail, the chart per topic and every answer. */
export const Summary: Story = {
  args: { topics: 'evaluation,trees', count: 4 },
  play: async ({ canvasElement }) => {
    const root = await ready(runner(canvasElement));
    await press(root, 'Start');
    for (const right of [true, false, true, true]) {
      await answer(root, right);
      await press(root, 'Next');
      await press(root, 'Finish');
    }
  },
};

/** A bank of the page's own whose second question breaks the bank format (its check has one, empty, choice). */
const BROKEN_BANK = JSON.stringify({
  id: 'story-broken',
  title: 'A bank with a broken question',
  topics: [{ id: 't', title: 'Topic' }],
  questions: [
    { id: 'good', topic: 't', prompt: 'A good question', check: { choices: [{ text: 'Yes', correct: true }, { text: 'No' }] } },
    { id: 'broken', topic: 't', prompt: 'A broken question', check: { choices: [{ text: '' }] } },
  ],
});

/**
 * A run reaches a question that breaks the bank format: the card names the problem (no Retry),
 * and once it is skipped the summary still shows, listing that question by its prompt.
 */
export const SummaryWithBrokenQuestion: Story = {
  loaders: [
    async () => {
      localStorage.removeItem('quizkit:story-broken');
      forgetProgressStores();
      return {};
    },
  ],
  render: () => html`<quiz-runner count="0"><script type="application/json">${BROKEN_BANK}</script></quiz-runner>`,
  play: async ({ canvasElement }) => {
    const root = await ready(runner(canvasElement));
    await press(root, 'Start');
    await ready(root.querySelector('quiz-question-card') as LitElement);
    await press(root, 'Skip');
    await ready(root.querySelector('quiz-question-card') as LitElement);
    await press(root, 'Skip and finish');
  },
};

/** Practice mode: a flashcard with the self-rating. */
export const PracticeCard: Story = {
  args: { mode: 'practice' },
  play: async ({ canvasElement }) => {
    const root = await ready(runner(canvasElement));
    await press(root, 'Start');
    const card = root.querySelector('quiz-question-card') as LitElement;
    await press(await ready(card), 'Show answer');
  },
};

/** Back on the page with an unfinished run: resume or start over. */
export const ResumeOffer: Story = {
  play: async ({ canvasElement }) => {
    const el = runner(canvasElement);
    const root = await ready(el);
    await press(root, 'Start');
    await answer(root, true);
    await press(root, 'Next');
    // What a reload shows: a new runner with the same attributes.
    const copy = el.cloneNode() as LitElement;
    el.replaceWith(copy);
    forgetProgressStores();
    await ready(copy);
  },
};

/** Topics that are not in the bank: an alert naming them, and the bank's topics. */
export const UnknownTopic: Story = { args: { topics: 'evaluation,statistics' } };

/** The bank changed under a run (a new `src`): the run carries on with its own questions and offers a restart. */
export const QuestionsChanged: Story = {
  play: async ({ canvasElement }) => {
    const el = runner(canvasElement);
    await press(await ready(el), 'Start');
    const other = {
      title: 'Another bank',
      topics: [{ id: 'basics', title: 'Basics' }],
      questions: [{ id: 'q1', topic: 'basics', prompt: 'What is a feature?', answer: 'An input variable.' }],
    };
    el.setAttribute('src', `data:application/json,${encodeURIComponent(JSON.stringify(other))}`);
  },
};

/** A bank that fails to load. */
export const BankNotFound: Story = { args: { src: '/no-such-bank.json' } };

/** A mock interview question with a countdown. */
export const InterviewQuestion: Story = {
  args: { mode: 'interview', 'time-limit': 120 },
  play: async ({ canvasElement }) => press(await ready(runner(canvasElement)), 'Start'),
};

/** The mock interview report: key points per question, what was missed, per topic, time, and its actions. */
export const InterviewReport: Story = {
  args: { mode: 'interview', topics: 'evaluation,generalisation', count: 3 },
  play: async ({ canvasElement }) => {
    const root = await ready(runner(canvasElement));
    await press(root, 'Start');
    const answers = [
      'A confusion matrix counts true positives, false positives, false negatives and true negatives for a classifier.',
      'Precision is about false positives.',
    ];
    for (const answer of answers) {
      const card = root.querySelector('quiz-question-card') as LitElement;
      const inner = await ready(card);
      const input = inner.querySelector('textarea')!;
      input.value = answer;
      input.dispatchEvent(new Event('input'));
      await press(inner, 'Submit answer');
      await new Promise((r) => setTimeout(r, 200));
      await press(root, 'Next');
    }
    await press(root, 'Skip and finish');
    await new Promise((r) => setTimeout(r, 200));
  },
};

/** Right to left: a run in Arabic (Language toolbar), on its first question; the bank's English text keeps lang="en". */
export const ArabicRightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const el = runner(canvasElement);
    const root = await speaking(el, 'ar');
    root.querySelector<HTMLButtonElement>('button.primary')?.click();
    await el.updateComplete;
  },
};
