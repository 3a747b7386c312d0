import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/quiz-bank/quiz-bank.js';
import '../../src/components/question-card/question-card.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizBank } from '../../src/components/quiz-bank/quiz-bank.js';
import { forgetProgressStores } from '../../src/data/progress.js';
import { $, $$, button, loaded, SAMPLE, text } from './helpers.js';

const requests: string[] = [];
const realFetch = window.fetch;
before(() => {
  window.fetch = (input, init) => {
    requests.push(String(input));
    return realFetch(input, init);
  };
});
after(() => {
  window.fetch = realFetch;
});
beforeEach(() => {
  // The last test's page goes away (writing what it had), then storage is emptied.
  forgetProgressStores();
  localStorage.clear();
});

describe('<quiz-bank>', () => {
  it('loads the bank once for every element inside it, and they share progress', async () => {
    const src = `${SAMPLE}?provider`;
    const el = await fixture<QuizBank>(html`<quiz-bank src=${src}>
      <article>
        <quiz-topic-picker></quiz-topic-picker>
        <quiz-question-card question="precision-vs-recall" mode="quiz"></quiz-question-card>
        <quiz-runner></quiz-runner>
      </article>
    </quiz-bank>`);
    const picker = el.querySelector('quiz-topic-picker')!;
    const card = el.querySelector('quiz-question-card')!;
    const runner = el.querySelector('quiz-runner')!;
    await Promise.all([loaded(picker), loaded(card), loaded(runner)]);
    expect(requests.filter((r) => r === src)).to.have.length(1);
    expect(text($(runner, '#start-heading'))).to.equal('Sample bank');
    $$(card, 'input')[1]!.click();
    button(card, 'Check').click();
    await waitUntil(() => text($$(picker, '[part=topic]')[1]).includes('answered'), 'the picker did not update');
    expect(text($$(picker, '[part=topic]')[1])).to.equal('Metrics 1 question · 1 answered · 1 right');
    await expect(el).to.be.accessible();
  });

  it('reads an inline bank', async () => {
    const el = await fixture<QuizBank>(html`<quiz-bank>
      <script type="application/json">
        { "id": "inline", "title": "Inline bank", "topics": [{ "id": "t", "title": "T" }], "questions": [{ "id": "q", "topic": "t", "prompt": "Inline?" }] }
      </script>
      <quiz-question-card question="q"></quiz-question-card>
    </quiz-bank>`);
    const card = el.querySelector('quiz-question-card')!;
    await loaded(card);
    expect(text($(card, '[part=prompt]'))).to.equal('Inline?');
  });

  it('lets an element with its own src use that instead', async () => {
    const el = await fixture<QuizBank>(html`<quiz-bank>
      <quiz-question-card src=${SAMPLE} question="no-check"></quiz-question-card>
    </quiz-bank>`);
    const card = el.querySelector('quiz-question-card')!;
    await loaded(card);
    expect(text($(card, '[part=prompt]'))).to.equal('Describe a model you shipped.');
  });

  it('reports a broken bank once, and the elements inside show why they cannot work', async () => {
    const el = document.createElement('quiz-bank');
    el.src = new URL('../fixtures/invalid-bank.json', import.meta.url).href;
    el.append(Object.assign(document.createElement('quiz-question-card'), { question: 'q' }));
    const errors: string[] = [];
    document.body.addEventListener('quiz-error', (e) => errors.push(e.detail.message));
    const errored = oneEvent(el, 'quiz-error');
    document.body.append(el);
    await errored;
    const card = el.querySelector('quiz-question-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[role=alert]'));
    expect(text($(el, '[role=alert]'))).to.contain('questions[0].topic: "nope" is not a topic of this bank');
    expect(text($(card, '[role=alert]'))).to.contain('questions[0].topic');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
