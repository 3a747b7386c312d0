// <quiz-question-card>: one story per state a designer or reviewer would want to see.

import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../src/components/question-card/question-card.js';
import { press, ready, speaking } from './helpers.js';

interface Args {
  question: string;
  mode: 'practice' | 'quiz' | 'interview';
  src?: string;
  theme?: 'light' | 'dark';
  'heading-level': number;
  'time-limit'?: number;
  'timer-hidden'?: boolean;
  'feedback-endpoint'?: string;
}

const card = (canvas: HTMLElement): QuizQuestionCard => canvas.querySelector('quiz-question-card')!;

const meta: Meta<Args> = {
  title: 'Elements/quiz-question-card',
  component: 'quiz-question-card',
  args: { question: 'precision-vs-recall', mode: 'practice', 'heading-level': 3 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['practice', 'quiz', 'interview'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`<quiz-question-card
    question=${args.question}
    mode=${args.mode}
    src=${args.src ?? nothing}
    theme=${args.theme ?? nothing}
    heading-level=${args['heading-level']}
    time-limit=${args['time-limit'] ?? nothing}
    ?timer-hidden=${args['timer-hidden']}
    feedback-endpoint=${args['feedback-endpoint'] ?? nothing}
  ></quiz-question-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A flashcard: the prompt, "why interviewers ask this" and an answer box. */
export const Practice: Story = {};

/** After "Show answer" with a typed answer: the model answer and which key points were covered. */
export const Revealed: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(card(canvasElement));
    const input = root.querySelector('textarea')!;
    input.value = 'Precision is about false positives, recall is about false negatives.';
    input.dispatchEvent(new Event('input'));
    await press(root, 'Show answer');
  },
};

/** Quiz mode before checking: the auto-graded check. */
export const QuizUnanswered: Story = { args: { mode: 'quiz' } };

function answer(correct: boolean): Story['play'] {
  return async ({ canvasElement }) => {
    const el = card(canvasElement);
    const root = await ready(el);
    const bank = await import('../src/data/banks/ml-interview.json');
    const choices = bank.default.questions.find((q) => q.id === el.question)!.check!.choices;
    const index = choices.findIndex((c) => (c as { correct?: boolean }).correct === correct);
    root.querySelectorAll('input')[index]!.click();
    await press(root, 'Check');
  };
}

/** Quiz mode after a right answer: per-choice feedback and the explanation. */
export const QuizAnsweredRight: Story = { args: { mode: 'quiz' }, play: answer(true) };

/** Quiz mode after a wrong answer: the right choice is shown too. */
export const QuizAnsweredWrong: Story = { args: { mode: 'quiz' }, play: answer(false) };

/** Several correct choices: checkboxes, "choose all that apply". */
export const MultipleChoice: Story = { args: { mode: 'quiz', question: 'overfitting' } };

/** An unknown question id: a visible alert naming the id and the bank. */
export const UnknownQuestion: Story = { args: { question: 'no-such-question' } };

/** A bank that fails to load: the alert names the URL and the server's answer. */
export const BankNotFound: Story = { args: { src: '/no-such-bank.json' } };

/** The dark theme, forced with theme="dark". */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

/** Types an answer into the card and submits it (interview mode). */
async function submitAnswer(canvas: HTMLElement, answer: string): Promise<void> {
  const root = await ready(card(canvas));
  const input = root.querySelector('textarea')!;
  input.value = answer;
  input.dispatchEvent(new Event('input'));
  await press(root, 'Submit answer');
  await new Promise((r) => setTimeout(r, 300));
}

/** Interview mode with a two-minute countdown, before answering. */
export const Interview: Story = { args: { mode: 'interview', question: 'overfitting', 'time-limit': 120 } };

/** An interview question shown with a `draft`: what the learner typed before a reload, put back by the runner. */
export const InterviewWithDraft: Story = {
  render: () =>
    html`<quiz-question-card
      question="overfitting"
      mode="interview"
      .draft=${'Overfitting is when the model learns the noise in the training data, so the validation error'}
    ></quiz-question-card>`,
};

/** A timed interview question with the countdown hidden (the learner's "Hide timer"): 30 s left and time up are still announced. */
export const InterviewTimerHidden: Story = {
  args: { mode: 'interview', question: 'overfitting', 'time-limit': 120, 'timer-hidden': true },
};

/** Interview mode after submitting: which key points the answer covered, with the matching words. */
export const InterviewFeedback: Story = {
  args: { mode: 'interview', question: 'overfitting' },
  play: async ({ canvasElement }) =>
    submitAnswer(
      canvasElement,
      'Overfitting is when the model memorises noise in the training data, so training error is low but validation error is high. Regularisation and early stopping help.',
    ),
};

/** The page's feedback service failed: offline feedback, with a note saying why. */
export const InterviewServiceDown: Story = {
  args: { mode: 'interview', question: 'overfitting', 'feedback-endpoint': '/no-such-feedback-service' },
  play: async ({ canvasElement }) => submitAnswer(canvasElement, 'It memorises noise; use more data and dropout.'),
};

/** Interview mode, an answer that swaps precision and recall: the grader says which claim looks wrong, and no "Strong answer". */
export const InterviewWrongClaim: Story = {
  args: { mode: 'interview', question: 'precision-vs-recall' },
  play: async ({ canvasElement }) =>
    submitAnswer(
      canvasElement,
      'Recall is the share of predicted positives that are right, TP / (TP + FP), and precision is how many actual positives we caught.',
    ),
};

const ownBank = (check: Record<string, unknown>): string =>
  JSON.stringify({
    title: 'Authored elsewhere',
    topics: [{ id: 'web', title: 'The web' }],
    questions: [
      { id: 'tags', topic: 'web', prompt: 'Which of these is a **custom element** name?', check, hint: 'a field from a newer quizkit' },
    ],
  });

/**
 * A bank someone else wrote: its check has no prompt of its own (the question's prompt is asked)
 * and it has a field this version does not know (a console warning, and the bank still loads).
 */
export const CheckWithoutItsOwnPrompt: Story = {
  render: () => html`<quiz-question-card question="tags" mode="quiz">
    <script type="application/json">${ownBank({ choices: [{ text: '`quiz-card`', correct: true }, { text: '`quizcard`' }] })}</script>
  </quiz-question-card>`,
};

/**
 * A question that breaks the bank format (its check has one choice, and that one is empty): the
 * bank's outline is fine, so the bank loads, and the card refuses this question with the path of
 * the problem, without a Retry that could not help (and fires quiz-error).
 */
export const InvalidQuestion: Story = {
  render: () => html`<quiz-question-card question="tags" mode="quiz">
    <script type="application/json">${ownBank({ choices: [{ text: '' }] })}</script>
  </quiz-question-card>`,
};

/** Hostile layout: a 130-character URL, a very long word and a long identifier wrap in a narrow column. */
export const LongUnbrokenText: Story = {
  render: () => html`<div style="max-width: 360px">
    <quiz-question-card question="long">
      <script type="application/json">${JSON.stringify({
        title: 'Long things',
        topics: [{ id: 't', title: 'Topic' }],
        questions: [
          {
            id: 'long',
            topic: 't',
            prompt: `What does https://example.com/${'a-very-long-path-segment/'.repeat(4)} say about ${'Pneumonoultramicroscopic'.repeat(3)}?`,
            answer: `\`\`\`\n${'sklearn_model_selection_cross_val_score'.repeat(3)}()\n\`\`\``,
          },
        ],
      })}</script>
    </quiz-question-card>
  </div>`,
};

/** Right to left: the card in Arabic (Language toolbar), a quiz checked with a wrong pick; bank text keeps its own language. */
export const ArabicRightToLeft: Story = {
  args: { mode: 'quiz' },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    const root = await speaking(el, 'ar');
    const bank = await import('../src/data/banks/ml-interview.json');
    const choices = bank.default.questions.find((q) => q.id === el.question)!.check!.choices;
    root.querySelectorAll('input')[choices.findIndex((c) => !(c as { correct?: boolean }).correct)]!.click();
    root.querySelector<HTMLButtonElement>('button.primary')?.click();
  },
};
