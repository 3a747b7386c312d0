// <quiz-topic-picker>: single and multiple selection, link mode, progress, and errors.

import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing, type LitElement } from 'lit';
import '../src/components/topic-picker/topic-picker.js';
import '../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../src/internal/progress.js';
import { ready } from './helpers.js';

interface Args {
  selected?: string;
  multiple: boolean;
  href?: string;
  label?: string;
  src?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/quiz-topic-picker',
  component: 'quiz-topic-picker',
  args: { multiple: false },
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  render: (args) => html`<quiz-topic-picker
    ?multiple=${args.multiple}
    selected=${args.selected ?? nothing}
    href=${args.href ?? nothing}
    label=${args.label ?? nothing}
    src=${args.src ?? nothing}
    theme=${args.theme ?? nothing}
  ></quiz-topic-picker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One topic at a time (radio buttons), "All topics" first. */
export const Single: Story = {};

/** Several topics (checkboxes); arrow keys move between them. */
export const Multiple: Story = { args: { multiple: true, selected: 'evaluation,trees', label: 'Topics to practise' } };

/** Link mode for a course page: each topic links to a practice page. */
export const Links: Story = { args: { href: '/practice?topic={topic}' } };

/** With progress: some questions answered, one due for review (stored progress is seeded for the story). */
export const WithProgress: Story = {
  loaders: [
    async () => {
      const now = Date.now();
      const q = (correct: number, due: number) => ({ seen: 1, correct, last: now - 86_400_000, due, rating: correct ? 'good' : 'again' });
      localStorage.setItem(
        'quizkit:ml-interview',
        JSON.stringify({
          v: 1,
          q: { 'precision-vs-recall': q(1, now + 86_400_000), 'f1-score': q(0, now - 1000), 'roc-auc': q(1, now + 3e8) },
          runs: {},
        }),
      );
      forgetProgressStores();
      return {};
    },
  ],
};

/** Driving a runner on the same page with `for`. */
export const DrivingARunner: Story = {
  render: () => html`<quiz-topic-picker for="story-runner" multiple></quiz-topic-picker>
    <p></p>
    <quiz-runner id="story-runner" count="5"></quiz-runner>`,
};

/** A bank that fails to load: an alert naming the URL and the server's answer. */
export const BankNotFound: Story = { args: { src: '/no-such-bank.json' } };

/** `for` names no runner on the page: after the first pick, an alert says so. */
export const NoRunner: Story = {
  render: () => html`<quiz-topic-picker for="no-such-runner"></quiz-topic-picker>`,
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('quiz-topic-picker') as LitElement;
    const root = await ready(picker);
    root.querySelectorAll('input')[1]?.click();
    await picker.updateComplete;
  },
};

/** Right to left: the topics in Arabic (Language toolbar), with Arabic plural forms in the counts. */
export const ArabicRightToLeft: Story = { args: { multiple: true }, globals: { locale: 'ar' } };
