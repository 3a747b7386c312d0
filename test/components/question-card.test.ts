import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizAnswerDetail } from '../../src/events.js';
import { $, $$, button, mount, mountFailing, SAMPLE, text } from './helpers.js';

/** Waits for the (lazily loaded) grader's verdict on a typed answer. */
async function graded(el: QuizQuestionCard): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part=verdict]'), 'no feedback on the typed answer');
}

const card = (template: ReturnType<typeof html>): Promise<QuizQuestionCard> => mount<QuizQuestionCard>(template);

describe('<quiz-question-card> practice mode', () => {
  it('shows the prompt with its Markdown, topic and difficulty', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    const prompt = $(el, '[part=prompt]');
    expect(text(prompt)).to.equal('What is the difference between precision and recall?');
    expect(prompt.querySelector('strong')?.textContent).to.equal('precision');
    expect(prompt.getAttribute('role')).to.equal('heading');
    expect(prompt.getAttribute('aria-level')).to.equal('3');
    expect(text($(el, '[part=meta]'))).to.equal('Metrics Easy Difficulty: Easy');
    // The label is the catalogue's, not the internal name capitalised by CSS.
    expect(getComputedStyle($(el, '.badge')).textTransform).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('shows why interviewers ask it only on demand', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    const details = $<HTMLDetailsElement>(el, 'details[part=why]');
    expect(details.open).to.equal(false);
    $(el, 'summary').click();
    expect(details.open).to.equal(true);
    expect(details.querySelector('em')?.textContent).to.equal('false positives');
  });

  it('reveals the model answer and key points, moving focus to them', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    expect(el.shadowRoot!.querySelector('[part=answer]')).to.equal(null);
    button(el, 'Show answer').click();
    await el.updateComplete;
    await el.updateComplete;
    const answer = $(el, '[part=answer]');
    expect(answer.querySelector('code')?.textContent).to.equal('TP / (TP + FP)');
    expect(answer.querySelectorAll('li')).to.have.length.greaterThan(3);
    expect(el.shadowRoot!.activeElement?.id).to.equal('answer-heading');
    expect(text($(el, '[role=status]'))).to.equal('Answer shown.');
    await expect(el).to.be.accessible();
  });

  it('drops javascript: links from bank text but keeps safe ones', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    button(el, 'Show answer').click();
    await el.updateComplete;
    const links = $$(el, '[part=answer] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/glossary']);
    expect(text($(el, '[part=answer]'))).to.contain('or this.');
  });

  it('gives feedback on the key points a typed answer covered, with the matching words', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    const input = $<HTMLTextAreaElement>(el, 'textarea');
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)).to.not.equal(null);
    input.focus();
    await sendKeys({ type: 'Precision is about false positives: of the predicted positives, how many are right.' });
    button(el, 'Show answer').click();
    await graded(el);
    const points = $$(el, '[part=key-points] li');
    expect(text(points[0]!)).to.match(/^✓ Covered: Precision/);
    expect(points[0]!.querySelector('mark')?.textContent).to.equal('false positives');
    expect(text(points[1]!)).to.match(/^✗ Missed: Recall/);
    expect(text($(el, '[part=verdict]'))).to.equal('Partial answer: it covers 1 of 3 key ideas.');
    expect(text($(el, '[role=status]'))).to.contain('Partial answer');
  });

  it('fires quiz-answer with the self-rating and marks the chosen rating', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    const input = $<HTMLTextAreaElement>(el, 'textarea');
    input.value = 'recall counts false negatives';
    input.dispatchEvent(new Event('input'));
    button(el, 'Show answer').click();
    await graded(el);
    setTimeout(() => button(el, 'Good').click());
    const event = await oneEvent(el, 'quiz-answer');
    const detail = event.detail as QuizAnswerDetail;
    expect(detail).to.deep.include({
      questionId: 'precision-vs-recall',
      mode: 'practice',
      rating: 'good',
      score: 1,
      maxScore: 3,
      response: 'recall counts false negatives',
    });
    expect(detail.elapsedMs).to.be.a('number').and.at.least(0);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(button(el, 'Good').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Easy').getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('keeps the chosen rating visible in forced colours (Windows High Contrast)', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    button(el, 'Show answer').click();
    await el.updateComplete;
    button(el, 'Good').click();
    await el.updateComplete;
    await emulateMedia({ forcedColors: 'active' });
    try {
      const look = (label: string): string => {
        const style = getComputedStyle(button(el, label));
        return `${style.backgroundColor} ${style.color}`;
      };
      expect(look('Good')).to.not.equal(look('Easy'));
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('can be used with the keyboard alone', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    $(el, 'summary').focus();
    await sendKeys({ press: 'Enter' });
    expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('TEXTAREA');
    await sendKeys({ type: 'A trade-off of costs.' });
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Show answer');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('answer-heading');
    const answered = oneEvent(el, 'quiz-answer');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal('the glossary');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Again');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Hard');
    await sendKeys({ press: 'Space' });
    expect((await answered).detail.rating).to.equal('hard');
  });

  it('starts afresh when the question changes', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>`);
    button(el, 'Show answer').click();
    await el.updateComplete;
    el.question = 'regularisation';
    await el.updateComplete;
    expect(text($(el, '[part=prompt]'))).to.equal('Which of these reduce overfitting?');
    expect(el.shadowRoot!.querySelector('[part=answer]')).to.equal(null);
  });

  it('uses the heading level it is given', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" heading-level="2"></quiz-question-card>`);
    expect($(el, '[part=prompt]').getAttribute('aria-level')).to.equal('2');
  });
});

describe('<quiz-question-card> quiz mode', () => {
  it('shows the check as a labelled radio group', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>`);
    expect(text($(el, 'legend'))).to.equal('A cancer screening test should above all avoid…');
    const radios = $$(el, 'input[type=radio]');
    expect(radios).to.have.length(3);
    expect(text($(el, '.hint'))).to.equal('Choose one answer.');
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps every radio at full size, level with the first line, when choices wrap', async () => {
    const el = await mount<QuizQuestionCard>(
      html`<div style="width: 10rem"><quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card></div>`,
      'quiz-question-card',
    );
    const radios = $$(el, 'input[type=radio]');
    const labels = $$(el, '.choice label');
    // The choices wrap at this width: a label of one line with its padding is about 43 px high.
    expect(labels.every((l) => l.offsetHeight > 60)).to.equal(true);
    const size = parseFloat(getComputedStyle(el).fontSize) * 1.1;
    radios.forEach((radio, i) => {
      expect(radio.getBoundingClientRect().width).to.be.closeTo(size, 0.5);
      expect(radio.getBoundingClientRect().top - labels[i]!.getBoundingClientRect().top).to.be.lessThan(16);
    });
    await expect(el).to.be.accessible();
  });

  it('asks the question itself when its check has no prompt of its own', async () => {
    const el = await card(html`<quiz-question-card question="loss" mode="quiz">
      <script type="application/json">
        { "title": "Checks without prompts", "topics": [{ "id": "t", "title": "Losses" }],
          "questions": [{ "id": "loss", "topic": "t", "prompt": "Which loss suits **classification**?",
            "check": { "choices": [{ "text": "Cross-entropy", "correct": true }, { "text": "Mean squared error" }] } }] }
      </script>
    </quiz-question-card>`);
    expect($$(el, '[role=alert]').map(text)).to.deep.equal([]);
    expect(text($(el, '[part=prompt]'))).to.equal('Which loss suits classification?');
    // The radio group is named by the question; the heading above already shows it, so the
    // legend is not shown a second time.
    const legend = $(el, 'legend');
    expect(text(legend)).to.equal('Which loss suits classification?');
    expect(legend.getBoundingClientRect().height).to.be.at.most(1);
    $$(el, 'input[type=radio]')[0]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    expect(text($(el, '#result'))).to.equal('✓ Correct');
    await expect(el).to.be.accessible();
  });

  it('loads a bank with fields this version does not know', async () => {
    const el = await card(html`<quiz-question-card question="q" mode="quiz">
      <script type="application/json">
        { "title": "From a newer quizkit", "license": "CC-BY-4.0", "topics": [{ "id": "t", "title": "T" }],
          "questions": [{ "id": "q", "topic": "t", "prompt": "Still shown?", "hint": "Yes.",
            "check": { "prompt": "Pick yes", "choices": [{ "text": "yes", "correct": true }, { "text": "no" }] } }] }
      </script>
    </quiz-question-card>`);
    expect($$(el, '[role=alert]').map(text)).to.deep.equal([]);
    expect(text($(el, '[part=prompt]'))).to.equal('Still shown?');
    expect(text($(el, 'legend'))).to.equal('Pick yes');
    expect(getComputedStyle($(el, 'legend')).position).to.not.equal('absolute');
  });

  it('asks for a choice before checking', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>`);
    button(el, 'Check').click();
    await el.updateComplete;
    expect(text($(el, '.notice[role=alert]'))).to.equal('Choose an answer first.');
  });

  it('marks a right answer, shows per-choice feedback and the explanation, and fires quiz-answer', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>`);
    $$(el, 'input')[1]!.click();
    setTimeout(() => button(el, 'Check').click());
    const { detail } = await oneEvent(el, 'quiz-answer');
    expect(detail).to.deep.include({
      questionId: 'precision-vs-recall',
      mode: 'quiz',
      correct: true,
      score: 1,
      maxScore: 1,
      response: [1],
    });
    await el.updateComplete;
    expect(text($(el, '#result'))).to.equal('✓ Correct');
    expect(el.shadowRoot!.activeElement?.id).to.equal('result');
    expect(text($(el, '[part=explanation]'))).to.contain('Screening favours recall');
    const choices = $$(el, '[part=choice]');
    expect(choices[1]!.classList.contains('picked-correct')).to.equal(true);
    expect(text(choices[1]!.querySelector('[part=feedback]')!)).to.equal(
      '✓ Right choice. A missed cancer is the costly error, so favour recall.',
    );
    expect(text(choices[0]!.querySelector('[part=feedback]')!)).to.equal('A false alarm costs a follow-up test.');
    expect($$(el, 'input').every((i) => (i as HTMLInputElement).disabled)).to.equal(true);
    expect(text($(el, '[role=status]'))).to.equal('Correct.');
    await expect(el).to.be.accessible();
  });

  it('marks a wrong answer and shows which one was right', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>`);
    $$(el, 'input')[0]!.click();
    setTimeout(() => button(el, 'Check').click());
    const { detail } = await oneEvent(el, 'quiz-answer');
    expect(detail).to.deep.include({ correct: false, score: 0, response: [0] });
    await el.updateComplete;
    expect(text($(el, '#result'))).to.equal('✗ Not quite');
    const choices = $$(el, '[part=choice]');
    expect(choices[0]!.classList.contains('picked-wrong')).to.equal(true);
    expect(text(choices[0]!.querySelector('[part=feedback]')!)).to.match(/^✗ Not this one\./);
    expect(text(choices[1]!.querySelector('[part=feedback]')!)).to.match(/^This was the right answer\./);
    await expect(el).to.be.accessible();
  });

  it('keeps its contrast in the dark theme once checked', async () => {
    const el = await card(
      html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz" theme="dark"></quiz-question-card>`,
    );
    $$(el, 'input')[0]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    expect(text($(el, '#result'))).to.equal('✗ Not quite');
    await expect(el).to.be.accessible();
  });

  it('lets the learner try again', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>`);
    $$(el, 'input')[0]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    button(el, 'Try again').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, 'input').some((i) => (i as HTMLInputElement).checked || (i as HTMLInputElement).disabled)).to.equal(false);
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('INPUT');
  });

  it('uses checkboxes when several choices are correct', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="regularisation" mode="quiz"></quiz-question-card>`);
    expect($$(el, 'input[type=checkbox]')).to.have.length(3);
    expect(text($(el, '.hint'))).to.equal('Choose all that apply.');
    $$(el, 'input')[0]!.click();
    $$(el, 'input')[1]!.click();
    setTimeout(() => button(el, 'Check').click());
    const { detail } = await oneEvent(el, 'quiz-answer');
    expect(detail).to.deep.include({ correct: true, response: [0, 1] });
  });

  it('says a missed choice was "also right" when several are correct', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="regularisation" mode="quiz"></quiz-question-card>`);
    $$(el, 'input')[0]!.click();
    button(el, 'Check').click();
    await el.updateComplete;
    expect(text($$(el, '[part=choice]')[1]!.querySelector('[part=feedback]')!)).to.match(/^This one was also right\./);
    await expect(el).to.be.accessible();
  });

  it('can be answered with the keyboard alone', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="quiz"></quiz-question-card>`);
    $$(el, 'input')[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(($$(el, 'input')[1] as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal('Check');
    const answered = oneEvent(el, 'quiz-answer');
    await sendKeys({ press: 'Enter' });
    expect((await answered).detail.correct).to.equal(true);
  });

  it('falls back to a flashcard for a question without a check', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="no-check" mode="quiz"></quiz-question-card>`);
    expect(text($(el, '.notice'))).to.equal('No auto-graded check for this question: here it is as a flashcard.');
    expect(el.shadowRoot!.querySelector('[part=check]')).to.equal(null);
    expect($$(el, 'button').map(text)).to.deep.equal(['Show answer']);
    const answered = oneEvent(el, 'quiz-answer');
    button(el, 'Show answer').click();
    await el.updateComplete;
    button(el, 'Good').click();
    // Reported as the flashcard it was shown as.
    expect((await answered).detail).to.deep.include({ questionId: 'no-check', mode: 'practice', rating: 'good' });
    await expect(el).to.be.accessible();
  });
});

describe('<quiz-question-card> mode', () => {
  it('reads its mode in any case, as HTML reads its own attributes', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="QUIZ"></quiz-question-card>`);
    expect(el.mode).to.equal('quiz');
    expect($$(el, 'input[type=radio]')).to.have.length(3);
    el.mode = ' Interview ' as QuizQuestionCard['mode'];
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('interview');
    expect($$(el, 'button').map(text)).to.include('Submit answer');
    await expect(el).to.be.accessible();
  });

  it('is a flashcard when its mode is no mode, and says so on the console', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await card(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="flashcard"></quiz-question-card>`);
      expect(el.mode).to.equal('practice');
      expect($$(el, 'button').map(text)).to.deep.equal(['Show answer']);
      expect(el.shadowRoot!.querySelector('[part=check]')).to.equal(null);
      expect(warn.calledWithMatch('quizkit: there is no mode "flashcard"; using practice.')).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warn.restore();
    }
  });
});

describe('<quiz-question-card> errors', () => {
  it('names an unknown question id and the bank, and fires quiz-error', async () => {
    const { el, detail } = await mountFailing('quiz-question-card', { src: SAMPLE, question: 'nope' });
    expect(detail).to.deep.equal({ message: `Question "nope" is not in the bank "Sample bank" (sample) from ${SAMPLE}.`, source: SAMPLE });
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal(`Question unavailable. Question "nope" is not in the bank "Sample bank" from ${SAMPLE}.`);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows the first problem of a broken bank with its path', async () => {
    const src = new URL('../fixtures/invalid-bank.json', import.meta.url).href;
    const { el, detail } = await mountFailing('quiz-question-card', { src, question: 'q' });
    expect(detail.source).to.equal(src);
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.contain('questions[0].topic: "nope" is not a topic of this bank');
    el.remove();
  });

  it('reports a bank that fails to load, and other cards keep working', async () => {
    const wrapper = await fixture(html`<div>
      <quiz-question-card src="/no/such/bank.json" question="q"></quiz-question-card>
      <quiz-question-card src=${SAMPLE} question="precision-vs-recall"></quiz-question-card>
    </div>`);
    const [broken, working] = [...wrapper.querySelectorAll('quiz-question-card')];
    await waitUntil(() => broken!.shadowRoot!.querySelector('[role=alert]') && working!.shadowRoot!.querySelector('[part=prompt]'));
    expect(text($(broken!, '[role=alert]'))).to.match(/no\/such\/bank\.json: the server answered 404/);
    expect(text($(working!, '[part=prompt]'))).to.contain('precision');
  });

  it('asks for a question id when none is given', async () => {
    const el = await card(html`<quiz-question-card src=${SAMPLE}></quiz-question-card>`);
    expect(text($(el, '[role=alert]'))).to.contain('set the question attribute');
  });
});

describe('<quiz-question-card> honest feedback on claims', () => {
  it('shows a misconception\'s feedback with the learner\'s words, and no "Strong" verdict', async () => {
    const el = await card(html`<quiz-question-card question="dropout"></quiz-question-card>`);
    $(el, 'summary').click();
    const input = $<HTMLTextAreaElement>(el, 'textarea');
    input.value = 'Dropout randomly drops neurons during training so they cannot co-adapt, and it is applied at inference too.';
    input.dispatchEvent(new Event('input'));
    button(el, 'Show answer').click();
    await graded(el);
    expect(text($(el, '[part=verdict]'))).to.match(/^Check your claims: it covers 2 of 6 key ideas; one claim looks wrong\.$/);
    const issue = $(el, '[part=issues] li');
    expect(text(issue)).to.contain('switched off at inference').and.contain('You said: applied at inference');
    await expect(el).to.be.accessible();
  });

  it('says which words looked denied instead of crediting them', async () => {
    const el = await card(html`<quiz-question-card question="dropout"></quiz-question-card>`);
    $(el, 'summary').click();
    const input = $<HTMLTextAreaElement>(el, 'textarea');
    input.value = "Dropout doesn't prevent co-adaptation between units.";
    input.dispatchEvent(new Event('input'));
    button(el, 'Show answer').click();
    await graded(el);
    const points = $$(el, '[part=key-points] li');
    expect(text(points[1]!)).to.match(/^✗ Missed: .*Looked denied: co-adaptation$/);
    expect(text($(el, '[part=verdict]'))).to.contain('looked denied');
  });
});

describe('<quiz-question-card> bank sources', () => {
  it('reads an inline JSON bank', async () => {
    const el = await card(html`<quiz-question-card question="inline-q">
      <script type="application/json">
        { "title": "Inline", "topics": [{ "id": "t", "title": "Inline topic" }], "questions": [{ "id": "inline-q", "topic": "t", "prompt": "From the page?" }] }
      </script>
    </quiz-question-card>`);
    expect(text($(el, '[part=prompt]'))).to.equal('From the page?');
  });

  it('uses the bundled ML interview bank by default', async () => {
    const el = await card(html`<quiz-question-card question="precision-vs-recall"></quiz-question-card>`);
    expect(text($(el, '[part=prompt]'))).to.equal('What is the difference between precision and recall?');
    await expect(el).to.be.accessible();
  });

  it('follows the theme attribute', async () => {
    const el = await card(html`<quiz-question-card question="precision-vs-recall" theme="dark"></quiz-question-card>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle($(el, 'article')).backgroundColor).to.equal('rgb(22, 27, 34)');
    $(el, 'summary').click();
    const input = $<HTMLTextAreaElement>(el, 'textarea');
    input.value = 'Precision counts false positives.';
    input.dispatchEvent(new Event('input'));
    button(el, 'Show answer').click();
    await graded(el);
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    el.setAttribute('theme', 'Dark');
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });
});
