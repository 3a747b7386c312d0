// <quiz-bank>: one bank and one progress store shared by the elements of a course page.

import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/components/quiz-bank/quiz-bank.js';
import '../src/components/question-card/question-card.js';
import '../src/components/topic-picker/topic-picker.js';
import '../src/components/quiz-runner/quiz-runner.js';

const meta: Meta = {
  title: 'Elements/quiz-bank',
  component: 'quiz-bank',
};
export default meta;

type Story = StoryObj;

/** A course page: a picker, a card and a runner share one bank; answer the card and the picker's progress moves. */
export const CoursePage: Story = {
  render: () => html`<quiz-bank>
    <h2>Model evaluation</h2>
    <quiz-topic-picker for="course-runner" selected="evaluation"></quiz-topic-picker>
    <p>Warm up with one question:</p>
    <quiz-question-card question="confusion-matrix" mode="quiz"></quiz-question-card>
    <p>Then a short quiz:</p>
    <quiz-runner id="course-runner" topics="evaluation" count="4"></quiz-runner>
  </quiz-bank>`,
};

/** An inline bank, written in the page. */
export const InlineBank: Story = {
  render: () => html`<quiz-bank>
    <script type="application/json">
      {
        "id": "story-inline",
        "title": "Inline bank",
        "topics": [{ "id": "web", "title": "The web" }],
        "questions": [
          {
            "id": "custom-elements",
            "topic": "web",
            "prompt": "What does \`customElements.define()\` do?",
            "answer": "It registers a class for a tag name, so the browser upgrades every matching element.",
            "check": {
              "prompt": "When does an element on the page get upgraded?",
              "choices": [
                { "text": "When its class is defined", "correct": true, "feedback": "Existing elements upgrade at definition." },
                { "text": "Only after a reload", "feedback": "No reload is needed." }
              ]
            }
          }
        ]
      }
    </script>
    <quiz-question-card question="custom-elements" mode="quiz"></quiz-question-card>
  </quiz-bank>`,
};

/** A broken bank: the provider reports it once, and each element says why it cannot work. */
export const BrokenBank: Story = {
  render: () => html`<quiz-bank src="/no-such-bank.json">
    <quiz-question-card question="precision-vs-recall"></quiz-question-card>
  </quiz-bank>`,
};

/** Right to left: the course page in Arabic (Language toolbar); every element inside takes the language of the page. */
export const ArabicRightToLeft: Story = { ...CoursePage, globals: { locale: 'ar' } };
