import { ContextEvent, ContextProvider } from '@lit/context';
import sinon from 'sinon';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/quiz-bank/quiz-bank.js';
import '../../src/components/question-card/question-card.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import type { QuizBank } from '../../src/components/quiz-bank/quiz-bank.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import { bankContext, watchForLateProviders, type BankState } from '../../src/context.js';
import { forgetProgressStores } from '../../src/internal/progress.js';
import { $, $$, button, loaded, SAMPLE, settle, text } from './helpers.js';

/** Every fetch of this file's tests, counted by a spy that lets each request through. */
let fetches: sinon.SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
before(() => {
  fetches = sinon.spy(window, 'fetch');
});
after(() => fetches.restore());
const requests = (): string[] => fetches.args.map(([input]) => String(input));
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
    expect(requests().filter((r) => r === src)).to.have.length(1);
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

  it('reports a broken bank once; the elements inside say they cannot work, without a second alert', async () => {
    const el = document.createElement('quiz-bank');
    el.src = new URL('../fixtures/invalid-bank.json', import.meta.url).href;
    el.append(Object.assign(document.createElement('quiz-question-card'), { question: 'q' }), document.createElement('quiz-topic-picker'));
    const errors: string[] = [];
    const record = (e: CustomEvent<{ message: string }>): number => errors.push(e.detail.message);
    document.body.addEventListener('quiz-error', record);
    const errored = oneEvent(el, 'quiz-error');
    document.body.append(el);
    await errored;
    const card = el.querySelector('quiz-question-card')!;
    const picker = el.querySelector('quiz-topic-picker')!;
    await waitUntil(() => text(card.shadowRoot).includes('could not be loaded') && text(picker.shadowRoot).includes('could not be loaded'));
    expect(text($(el, '[role=alert]'))).to.contain('questions[0].topic: "nope" is not a topic of this bank');
    expect(text($(card, '[part=error]'))).to.equal('Question unavailable: its question bank could not be loaded.');
    expect($$(card, '[role=alert]'), 'the card does not repeat the alert').to.have.length(0);
    expect($$(picker, '[role=alert]')).to.have.length(0);
    await settle(card, picker);
    expect(errors).to.have.length(1);
    document.body.removeEventListener('quiz-error', record);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('takes over a card that already showed the bundled bank when it is put around it', async () => {
    const card = await fixture<QuizQuestionCard>(html`<quiz-question-card question="no-check"></quiz-question-card>`);
    await loaded(card);
    expect(text($(card, '[role=alert]'))).to.contain('is not in the bank "Machine learning interview questions"');
    const bank = Object.assign(document.createElement('quiz-bank'), { src: `${SAMPLE}?wrapped` });
    card.before(bank);
    bank.append(card);
    await waitUntil(() => card.shadowRoot?.querySelector('[part=prompt]'), 'the card did not take the bank around it');
    expect(text($(card, '[part=prompt]'))).to.equal('Describe a model you shipped.');
    expect($$(card, '[role=alert]')).to.have.length(0);
    bank.remove();
  });
});

describe('late providers', () => {
  it('are taken up through one ContextRoot per page, even with two copies of the kit', async () => {
    // A second copy of the kit: the same module under another URL is another instance.
    const copy = (await import(/* @vite-ignore */ new URL('../../src/context.ts?second-copy', import.meta.url).href)) as {
      watchForLateProviders: typeof watchForLateProviders;
    };
    watchForLateProviders(document);
    copy.watchForLateProviders(document);
    const outer = document.createElement('div');
    const inner = outer.appendChild(document.createElement('div'));
    document.body.append(outer);
    const received: BankState[] = [];
    // An element asks for the bank before any provider is there: nobody answers yet.
    inner.dispatchEvent(new ContextEvent(bankContext, inner, (value) => received.push(value), true));
    expect(received).to.deep.equal([]);
    // A provider then upgrades around it and announces itself: the request is replayed, once.
    const provider = new ContextProvider(outer, { context: bankContext, initialValue: { status: 'loading' } });
    provider.hostConnected();
    expect(received).to.deep.equal([{ status: 'loading' }]);
    outer.remove();
  });
});
