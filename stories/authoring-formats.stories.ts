// Banks written the way authors already write: Markdown inline in a blog post, and Moodle's GIFT.
// The same elements, with an inline <script type="text/markdown"> or <script type="text/gift">.

import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/components/question-card/question-card.js';
import '../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../src/components/question-card/question-card.js';
import type { QuizRunner } from '../src/components/quiz-runner/quiz-runner.js';
import { forgetProgressStores } from '../src/internal/progress.js';
import { press, ready } from './helpers.js';

// Indented as it would be in a page's HTML: quizkit removes the indentation every line shares.
const MARKDOWN = `
  # A quiz in a blog post

  ## Model evaluation

  ### Which metric is hurt by **false positives**? {#precision difficulty=easy}

  - [x] Precision
    > Right: it divides by everything predicted positive.
  - [ ] Recall
    > No: recall divides by the *actual* positives.

  Precision is \`TP / (TP + FP)\`; recall is \`TP / (TP + FN)\`.

  #### Why interviewers ask

  Every classifier trades one error for the other; they check you know which is which.

  #### Answer

  **Precision** is the share of predicted positives that are right; **recall** the share of
  actual positives that are found. Spam filters favour precision, cancer screening recall.

  #### Key points

  - Precision: of the predicted positives, how many are right
    Keywords: \`predicted positive\`, \`false positive\`
  - Recall: of the actual positives, how many are found
    Keywords: \`actual positive\`, \`false negative\`

  ### Which of these reduce overfitting? {#overfitting difficulty=medium}

  Choose every one that applies.

  - [x] L2 regularisation
    > It shrinks the weights.
  - [x] Early stopping
  - [ ] Training for longer
    > That usually overfits more.

  Both limit how closely the model can fit the noise in the training set.
`;

const GIFT = `
  // Exported from Moodle: categories become topics, ::titles:: ids.
  $CATEGORY: $course$/top/ML/Model evaluation

  ::Precision vs recall:: Which metric is hurt by false positives? {
    =Precision # right, it divides by everything predicted positive
    ~Recall # no, recall divides by the actual positives
    ####Precision is TP / (TP + FP).
  }

  ::Good splits:: Which are good validation practices? {
    ~%50%Split by time for forecasting # yes, no future leaks into training
    ~%50%Keep one user's rows in one fold
    ~%-100%Tune on the test set # no, that test set is then spent
  }

  ::Accuracy on imbalance::Accuracy is a good metric for a 1% positive class.{FALSE#It says 99% for a model that predicts no positives.#Right, it hides the minority class.}
`;

const meta: Meta = {
  title: 'Authoring/Markdown and GIFT banks',
  // Every story starts from a clean slate: no saved run to resume.
  loaders: [
    async () => {
      localStorage.clear();
      forgetProgressStores();
      return {};
    },
  ],
};
export default meta;

type Story = StoryObj;

const inline = (type: string, text: string): HTMLScriptElement =>
  Object.assign(document.createElement('script'), { type, textContent: text });

/** Picks the card's first choice and presses Check. */
const checkFirstChoice: Story['play'] = async ({ canvasElement }) => {
  const root = await ready(canvasElement.querySelector<QuizQuestionCard>('quiz-question-card')!);
  root.querySelectorAll('input')[0]!.click();
  await press(root, 'Check');
};

/** A card in quiz mode, its bank written inline in Markdown: choices, per-choice feedback, explanation. */
export const MarkdownCard: Story = {
  render: () => html`<quiz-question-card question="precision" mode="quiz">${inline('text/markdown', MARKDOWN)}</quiz-question-card>`,
};

/** The same card after a wrong answer: the feedback quoted under the choice, and the explanation. */
export const MarkdownCardChecked: Story = {
  render: MarkdownCard.render,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement.querySelector<QuizQuestionCard>('quiz-question-card')!);
    root.querySelectorAll('input')[1]!.click();
    await press(root, 'Check');
  },
};

/** Practice mode on the same Markdown: "why interviewers ask", the model answer and key points come from its `####` sections. */
export const MarkdownPractice: Story = {
  render: () => html`<quiz-question-card question="precision">${inline('text/markdown', MARKDOWN)}</quiz-question-card>`,
  play: async ({ canvasElement }) =>
    press(await ready(canvasElement.querySelector<QuizQuestionCard>('quiz-question-card')!), 'Show answer'),
};

/** A runner over the whole Markdown bank. */
export const MarkdownRunner: Story = {
  render: () => html`<quiz-runner>${inline('text/markdown', MARKDOWN)}</quiz-runner>`,
};

/** A runner over a GIFT bank exported from Moodle: multiple choice, `%` partial credit, true/false. */
export const GiftRunner: Story = {
  render: () => html`<quiz-runner>${inline('text/gift', GIFT)}</quiz-runner>`,
  play: async ({ canvasElement }) => press(await ready(canvasElement.querySelector<QuizRunner>('quiz-runner')!), 'Start'),
};

/** A GIFT question in a card, checked: `#` feedback per choice and `####` general feedback. */
export const GiftCard: Story = {
  render: () => html`<quiz-question-card question="precision-vs-recall" mode="quiz">${inline('text/gift', GIFT)}</quiz-question-card>`,
  play: checkFirstChoice,
};

// As Moodle exports a question written in its editor: HTML, with GIFT's characters escaped.
const MOODLE_HTML = String.raw`
// question: 1234  name: Precision
::Precision::[html]<p dir\="ltr" style\="text-align\: left;">Which metric does a <strong>false positive</strong> hurt?<br></p>{
	=[html]<p>Precision, <code>TP / (TP + FP)</code></p>#[html]<p>Right\: it divides by <em>everything</em> predicted positive.</p>
	~[html]<p>Recall</p>#[html]<p>No, recall divides by the actual positives.</p>
	####[html]<p>A model that flags x<sup>2</sup> more cases &amp; keeps its true positives loses precision.</p>
}
`;

/** A question exported from Moodle's editor (`[html]`), checked: its HTML shows as formatted text, never as markup. */
export const GiftFromMoodleHtml: Story = {
  render: () => html`<quiz-question-card question="precision" mode="quiz">${inline('text/gift', MOODLE_HTML)}</quiz-question-card>`,
  play: checkFirstChoice,
};

/** A Markdown bank with a mistake: the alert names the line. */
export const BrokenMarkdown: Story = {
  render: () =>
    html`<quiz-question-card question="q">${inline('text/markdown', '# Quiz\n\n### Which is prime?\n\n- [ ] 4\n- [ ] 6\n')}</quiz-question-card>`,
};
