// A bank an element loads from `src` or an inline script has its outline checked up front and
// each question in full when it is first shown (src/data/parse.ts): a broken question is refused
// where it is shown, naming its path, while the rest of the bank works.

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizRunner } from '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizErrorDetail } from '../../src/events.js';
import { $, $$, button, loaded, mount, text } from './helpers.js';

/** Two good questions and, between them, one whose check has a single, empty choice. */
const BANK = JSON.stringify({
  title: 'Checked on use',
  topics: [{ id: 't', title: 'Topic' }],
  questions: [
    { id: 'good', topic: 't', prompt: 'A good question', check: { choices: [{ text: 'Yes', correct: true }, { text: 'No' }] } },
    { id: 'broken', topic: 't', prompt: 'A broken question', check: { choices: [{ text: '' }] } },
    { id: 'also-good', topic: 't', prompt: 'Another good question', check: { choices: [{ text: 'A', correct: true }, { text: 'B' }] } },
  ],
});
const INLINE = 'an inline <script type="application/json">';
const PROBLEM =
  'The question bank from an inline <script type="application/json"> is not valid: questions[1].check.choices: must have at least 2 items (and 1 more problem)';

/** A card on BANK showing question `id`, with the quiz-errors it fires. */
async function card(id: string): Promise<{ el: QuizQuestionCard; errors: QuizErrorDetail[] }> {
  const errors: QuizErrorDetail[] = [];
  const root = await fixture<HTMLElement>(html`<div @quiz-error=${(e: CustomEvent<QuizErrorDetail>) => errors.push(e.detail)}>
    <quiz-question-card question=${id} mode="quiz"><script type="application/json">${BANK}</script></quiz-question-card>
  </div>`);
  const el = root.querySelector('quiz-question-card')!;
  await loaded(el);
  return { el, errors };
}

describe('a bank checked question by question', () => {
  it('refuses a broken question where it is shown, naming its path, and fires quiz-error', async () => {
    const { el, errors } = await card('broken');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no alert for the broken question');
    expect(text($(el, '[role=alert]'))).to.contain(PROBLEM);
    expect(errors).to.deep.equal([{ message: `Could not load the question: ${PROBLEM}.`, source: INLINE }]);
    // Nothing of the broken question is shown as if it were fine, and no Retry that cannot help.
    expect($$(el, 'input[type=radio]')).to.have.length(0);
    expect($$(el, '[role=alert] button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it("says it in the card's language, with the problem's path as written", async () => {
    const root = await fixture<HTMLElement>(html`<div lang="de">
      <quiz-question-card question="broken" mode="quiz"><script type="application/json">${BANK}</script></quiz-question-card>
    </div>`);
    const el = root.querySelector('quiz-question-card')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]')?.textContent?.includes('Die Frage'), 'no German alert');
    expect(text($(el, '[role=alert]'))).to.contain(`Die Frage konnte nicht geladen werden: ${PROBLEM}.`);
    await expect(el).to.be.accessible();
  });

  it('shows the other questions of that bank as usual', async () => {
    const { el, errors } = await card('also-good');
    await waitUntil(() => $$(el, 'input[type=radio]').length === 2, 'the good question has no choices');
    expect(text($(el, '[part=prompt]'))).to.equal('Another good question');
    $$(el, 'input[type=radio]')[0]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    expect(text($(el, '#result'))).to.equal('✓ Correct');
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lists the bank in a picker, broken question included in its counts', async () => {
    const el = await mount(html`<quiz-topic-picker><script type="application/json">${BANK}</script></quiz-topic-picker>`);
    expect($$(el, '[role=alert]')).to.have.length(0);
    const labels = $$(el, 'label').map(text);
    expect(labels[0]).to.match(/^All topics 3 questions/);
    expect(labels[1]).to.match(/^Topic 3 questions/);
    await expect(el).to.be.accessible();
  });

  it('lets a runner go through its good questions and names the broken one when it gets there', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <quiz-runner mode="quiz" count="0"><script type="application/json">${BANK}</script></quiz-runner>
    </div>`);
    const runner = root.querySelector<QuizRunner>('quiz-runner')!;
    const errors: QuizErrorDetail[] = [];
    runner.addEventListener('quiz-error', (e) => errors.push(e.detail));
    await loaded(runner);
    button(runner, 'Start').click();
    const current = (): QuizQuestionCard => runner.shadowRoot!.querySelector('quiz-question-card')!;
    await waitUntil(() => current()?.shadowRoot?.querySelector('input[type=radio]'), 'the first question did not show');
    expect(text($(current(), '[part=prompt]'))).to.equal('A good question');
    $$(current(), 'input[type=radio]')[0]!.click();
    button(current(), 'Check').click();
    await current().updateComplete;
    button(runner, /^Next/).click();
    await waitUntil(() => current()?.shadowRoot?.querySelector('[role=alert]'), 'no alert for the broken question');
    expect(text($(current(), '[role=alert]'))).to.contain(PROBLEM);
    expect(errors.map((e) => e.source)).to.deep.equal([INLINE]);
    await expect(runner).to.be.accessible();

    // Skipped, it does not keep the learner from their results: the summary lists it by its prompt.
    button(runner, 'Skip').click();
    await waitUntil(
      () => current().shadowRoot!.querySelector('[part=prompt]')?.textContent?.trim() === 'Another good question',
      'the third question did not show',
    );
    $$(current(), 'input[type=radio]')[0]!.click();
    button(current(), 'Check').click();
    await current().updateComplete;
    button(runner, 'Finish').click();
    await waitUntil(() => runner.shadowRoot!.querySelector('[part=answers]'), 'the summary did not show');
    const answers = text($(runner, '[part=answers]'));
    for (const prompt of ['A good question', 'A broken question', 'Another good question']) expect(answers).to.contain(prompt);
    expect(runner.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    expect(errors.map((e) => e.source)).to.deep.equal([INLINE]);
    await expect(runner).to.be.accessible();
  });
});
