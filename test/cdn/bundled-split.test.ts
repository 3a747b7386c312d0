// The built CDN file with the bundled bank split per question (issue 11): what each page fetches
// of it, in which mode, ahead of time or not at all; and a question chunk that fails. Each test
// runs in a fresh iframe, so that the requests it counts are its own.

import { expect, waitUntil } from '@open-wc/testing';
import type { QuizErrorDetail } from '../../src/events.js';
import { clearFaults, fault } from '../fault.js';
import { open, text } from './frame.js';

type PageWindow = Window & { quizErrors: QuizErrorDetail[] };

/** The files of the bundled bank the page fetched, as `bank/<file>` (and the whole bank's chunk). */
const bankFiles = (frame: HTMLIFrameElement): string[] =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((e) => /\/dist\/cdn\/(ml-interview-bank\.js|bank\/[\w.-]+\.js)$/.exec(e.name)?.[1])
    .filter((f): f is string => !!f);

/** How often the page fetched `file` of the CDN build. */
const requested = (frame: HTMLIFrameElement, file: string): number =>
  frame.contentWindow!.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/dist/cdn/${file}`)).length;

const errors = (frame: HTMLIFrameElement): QuizErrorDetail[] => (frame.contentWindow as PageWindow).quizErrors;

/** Puts a `tag` with `attributes` in the page's body (the loader sees it appear) and returns it. */
function insert(frame: HTMLIFrameElement, tag: string, attributes: Record<string, string>): HTMLElement {
  const el = frame.contentDocument!.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  frame.contentDocument!.body.append(el);
  return el;
}

const inside = (el: Element, selector: string): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const buttons = (el: Element): HTMLButtonElement[] => [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
const click = (el: Element, label: string): void => {
  const b = buttons(el).find((x) => text(x) === label);
  if (!b) throw new Error(`no "${label}" button in <${el.localName}>: ${text(el.shadowRoot)}`);
  b.click();
};

/** The card a runner shows. */
const cardOf = (runner: Element): HTMLElement | null => inside(runner, 'quiz-question-card');

/** Picks the first choice of the runner's card and checks it. */
async function answerFirstChoice(runner: Element): Promise<void> {
  await waitUntil(() => cardOf(runner) && inside(cardOf(runner)!, 'input'), 'the question did not show', { timeout: 8000 });
  const card = cardOf(runner)!;
  inside(card, 'input')!.click();
  click(card, 'Check');
  await waitUntil(() => inside(card, '#result'), 'no result after Check');
}

describe('the bundled bank split per question, in the CDN build', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    clearFaults();
    frame?.remove();
    frame = undefined;
  });

  it('a card in quiz mode fetches its question alone: not the index, no other question, no answer', async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const card = insert(frame, 'quiz-question-card', { question: 'precision-vs-recall', mode: 'quiz' });
    await waitUntil(() => inside(card, '[part=check]'), 'the check did not show', { timeout: 8000 });
    expect(text(inside(card, '[part=prompt]'))).to.equal('What is the difference between precision and recall?');
    expect(bankFiles(frame)).to.deep.equal(['bank/precision-vs-recall.js']);
    // Checking shows the feedback and the explanation, still without the answer chunk.
    inside(card, 'input')!.click();
    click(card, 'Check');
    await waitUntil(() => inside(card, '[part=explanation]'), 'no explanation');
    expect(bankFiles(frame)).to.deep.equal(['bank/precision-vs-recall.js']);
    // In practice mode the card shows the model answer: now its answer chunk, and only that.
    card.setAttribute('mode', 'practice');
    await waitUntil(() => buttons(card).some((b) => text(b) === 'Show answer'), 'no Show answer', { timeout: 8000 });
    click(card, 'Show answer');
    await waitUntil(() => inside(card, '[part=key-points]'), 'no key points');
    expect(bankFiles(frame).sort()).to.deep.equal(['bank/precision-vs-recall.answer.js', 'bank/precision-vs-recall.js']);
    // A card alone needs neither the loader of banks of its own nor the context that providers use.
    expect(requested(frame, 'parse.js')).to.equal(0);
    expect(requested(frame, 'bank-provider.js')).to.equal(0);
    expect(errors(frame)).to.deep.equal([]);
  });

  it("a picker's code carries neither the bank's question ids nor what only question views use; the card's does", async () => {
    const file = async (name: string): Promise<string> => (await fetch(`/dist/cdn/${name}`)).text();
    const [kit, card] = await Promise.all([file('kit.js'), file('question-card.js')]);
    // The ids a card checks its question against, and the rules for code in bank text.
    for (const needle of ['"precision-vs-recall"', 'ui-monospace']) {
      expect(kit, needle).not.to.include(needle);
      expect(card, needle).to.include(needle);
    }
  });

  it('an unknown question id fetches nothing of the bank and says which bank it is not in', async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const card = insert(frame, 'quiz-question-card', { question: '../index' });
    await waitUntil(() => inside(card, '[role=alert]'), 'no alert', { timeout: 8000 });
    expect(text(inside(card, '[role=alert]'))).to.equal(
      'Question unavailable. Question "../index" is not in the bank "Machine learning interview questions" from the bundled bank.',
    );
    expect(bankFiles(frame)).to.deep.equal([]);
    expect(errors(frame).map((e) => e.source)).to.deep.equal(['the bundled bank']);
    // The learner reads the bank's title; quiz-error tells the page's author its id too.
    expect(errors(frame)[0]!.message).to.include('(ml-interview)');
  });

  it('a card inside <quiz-bank> (the bundled bank) gets its question from the index it shares, with its answer in practice', async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const doc = frame.contentDocument!;
    const bank = doc.createElement('quiz-bank');
    const card = doc.createElement('quiz-question-card');
    card.setAttribute('question', 'f1-score');
    bank.append(card);
    doc.body.append(bank);
    await waitUntil(() => inside(card, '[part=prompt]'), 'the card did not render', { timeout: 8000 });
    expect(text(inside(card, '[part=prompt]'))).to.include('F1');
    expect(bankFiles(frame).sort()).to.deep.equal(['bank/f1-score.answer.js', 'bank/f1-score.js', 'bank/index.js']);
    click(card, 'Show answer');
    await waitUntil(() => inside(card, '[part=key-points]'), 'no key points');
    expect(errors(frame)).to.deep.equal([]);
  });

  it('a runner loads the index, each question as it goes and the next ahead, and no answers in quiz mode', async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const runner = insert(frame, 'quiz-runner', { topics: 'evaluation', count: '3' });
    await waitUntil(() => inside(runner, '[part=start]'), 'no start screen', { timeout: 8000 });
    // On the start screen, the run's first question comes ahead of "Start", and nothing else does.
    await waitUntil(() => requested(frame!, 'bank/confusion-matrix.js') === 1, 'the first question was not fetched ahead of Start');
    expect(bankFiles(frame).sort()).to.deep.equal(['bank/confusion-matrix.js', 'bank/index.js']);
    click(runner, 'Start');
    // Shown at once: it is already here.
    await waitUntil(() => cardOf(runner));
    await (cardOf(runner) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(inside(cardOf(runner)!, '[part=loading]')).to.equal(null);
    await answerFirstChoice(runner);
    // The first question and, before "Next" is pressed, the second.
    await waitUntil(() => requested(frame!, 'bank/precision-vs-recall.js') === 1, 'the next question was not prefetched');
    expect(bankFiles(frame).sort()).to.deep.equal(['bank/confusion-matrix.js', 'bank/index.js', 'bank/precision-vs-recall.js']);
    click(runner, 'Next');
    // Shown at once: it is already here.
    await (cardOf(runner) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(inside(cardOf(runner)!, '[part=loading]')).to.equal(null);
    expect(text(inside(cardOf(runner)!, '[part=prompt]'))).to.equal('What is the difference between precision and recall?');
    await waitUntil(() => requested(frame!, 'bank/f1-score.js') === 1, 'the third question was not prefetched');
    await answerFirstChoice(runner);
    click(runner, 'Next');
    await answerFirstChoice(runner);
    click(runner, 'Finish');
    await waitUntil(() => inside(runner, '[part=summary]'), 'no summary', { timeout: 8000 });
    expect(bankFiles(frame).filter((f) => f.endsWith('.answer.js'))).to.deep.equal([]);
    expect(bankFiles(frame)).to.have.length(4);
    expect(errors(frame)).to.deep.equal([]);
  });

  it("a quiz page (a picker for= a runner) never fetches the provider's code: the runner hands its cards their bank", async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const picker = insert(frame, 'quiz-topic-picker', { for: 'quiz' });
    const runner = insert(frame, 'quiz-runner', { id: 'quiz', count: '2' });
    await waitUntil(() => inside(picker, '[part=topics]') && inside(runner, '[part=start]'), 'the picker or the runner did not load', {
      timeout: 8000,
    });
    inside(picker, 'input[value=evaluation]')!.click();
    await waitUntil(
      () => text(inside(runner, '[part=start] .muted')) === 'Quiz · 2 questions · Model evaluation',
      'the picker does not drive',
    );
    click(runner, 'Start');
    await answerFirstChoice(runner);
    expect(text(inside(cardOf(runner)!, '[part=prompt]'))).to.equal('Explain the Confusion Matrix and its components.');
    click(runner, 'Next');
    await answerFirstChoice(runner);
    click(runner, 'Finish');
    await waitUntil(() => inside(runner, '[part=summary]'), 'no summary', { timeout: 8000 });
    expect(requested(frame, 'bank-provider.js')).to.equal(0);
    expect(errors(frame)).to.deep.equal([]);
  });

  it("a runner's cards show its own bank (src), handed by the runner, without the provider's code", async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const runner = insert(frame, 'quiz-runner', { src: '/test/fixtures/sample-bank.json', topics: 'models', count: '1' });
    await waitUntil(() => inside(runner, '[part=start]'), 'no start screen', { timeout: 8000 });
    click(runner, 'Start');
    await waitUntil(() => cardOf(runner) && inside(cardOf(runner)!, '[part=prompt]'), 'the question did not show', { timeout: 8000 });
    expect(text(inside(cardOf(runner)!, '[part=prompt]'))).to.equal('Which of these reduce overfitting?');
    // The card shows the runner's bank, and reports nothing of its own (its provider does).
    expect(inside(cardOf(runner)!, '[role=alert]')).to.equal(null);
    expect(requested(frame, 'bank-provider.js')).to.equal(0);
    expect(bankFiles(frame)).to.deep.equal([]);
    expect(errors(frame)).to.deep.equal([]);
  });

  it('a runner in practice mode fetches each answer with its question, the next one ahead, and its summary shows them', async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const runner = insert(frame, 'quiz-runner', { topics: 'trees', count: '2', mode: 'practice' });
    await waitUntil(() => inside(runner, '[part=start]'), 'no start screen', { timeout: 8000 });
    click(runner, 'Start');
    const expected = [
      'bank/decision-tree.answer.js',
      'bank/decision-tree.js',
      'bank/decision-tree-pros-cons.answer.js',
      'bank/decision-tree-pros-cons.js',
    ];
    await waitUntil(() => bankFiles(frame!).length === 5, 'the first two questions and their answers were not fetched', { timeout: 8000 });
    expect(bankFiles(frame).sort()).to.deep.equal(['bank/index.js', ...expected].sort());
    for (let i = 0; i < 2; i++) {
      await waitUntil(() => cardOf(runner) && buttons(cardOf(runner)!).some((b) => text(b) === 'Show answer'), 'no Show answer', {
        timeout: 8000,
      });
      click(cardOf(runner)!, 'Show answer');
      await waitUntil(() => inside(cardOf(runner)!, '[part=key-points]'), 'no key points');
      click(cardOf(runner)!, 'Good');
    }
    await waitUntil(() => inside(runner, '[part=summary]'), 'no summary', { timeout: 8000 });
    expect([...runner.shadowRoot!.querySelectorAll('[part=answers] summary')].map(text)).to.deep.equal(['Model answer', 'Model answer']);
    expect(bankFiles(frame)).to.have.length(5);
    expect(errors(frame)).to.deep.equal([]);
  });

  it('a question chunk that fails shows an alert naming it with Retry; Retry works and the run keeps its answers', async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    // A question no other test here loads: the browser would have it in its cache, out of the fault's reach.
    fault('/dist/cdn/bank/missing-data.js', '500');
    const runner = insert(frame, 'quiz-runner', { topics: 'data', count: '3' });
    await waitUntil(() => inside(runner, '[part=start]'), 'no start screen', { timeout: 8000 });
    click(runner, 'Start');
    await answerFirstChoice(runner);
    const picked = [...cardOf(runner)!.shadowRoot!.querySelectorAll('input')].findIndex((i) => i.checked);
    click(runner, 'Next');
    await waitUntil(() => inside(cardOf(runner)!, '[role=alert]'), 'no alert for the failed question', { timeout: 8000 }).catch(() => {
      throw new Error(`no alert for the failed question: ${text(cardOf(runner)?.shadowRoot)}`);
    });
    const alert = text(inside(cardOf(runner)!, '[role=alert]'));
    expect(alert).to.match(
      /^Question unavailable\. Could not load the question: question "missing-data" of the bundled bank could not load/,
    );
    expect(alert).to.match(/Retry$/);
    const reported = errors(frame).find((e) => e.message.includes('missing-data'));
    expect(reported?.source).to.equal('bundled');
    clearFaults();
    click(cardOf(runner)!, 'Retry');
    await waitUntil(() => inside(cardOf(runner)!, '[part=prompt]'), 'Retry did not load the question', { timeout: 8000 });
    expect(text(inside(cardOf(runner)!, '[part=prompt]'))).to.match(/missing/i);
    // Back: the first answer is as it was.
    click(runner, 'Back');
    await waitUntil(() => inside(cardOf(runner)!, '#result'), 'the first answer was lost');
    expect([...cardOf(runner)!.shadowRoot!.querySelectorAll('input')].findIndex((i) => i.checked)).to.equal(picked);
  });

  it("a card with the README's preload recipe fetches each file once and shows its question", async () => {
    frame = await open('preload-card.html', { freshStorage: true });
    const card = frame.contentDocument!.getElementById('card')!;
    await waitUntil(() => inside(card, '[part=prompt]'), 'the card did not render', { timeout: 8000 });
    for (const file of ['question-card.js', 'kit.js', 'bank/precision-vs-recall.js', 'bank/precision-vs-recall.answer.js']) {
      expect(requested(frame, file), file).to.equal(1);
    }
    expect(bankFiles(frame)).to.have.length(2);
    click(card, 'Show answer');
    await waitUntil(() => inside(card, '[part=key-points]'), 'no key points');
    expect(errors(frame)).to.deep.equal([]);
  });

  it("the loader itself starts a card page's data with the element: the question, its answer and the card's imports", async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const card = insert(frame, 'quiz-question-card', { question: 'f1-score' });
    const links = (): string[] =>
      [...frame!.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) =>
        new URL(l.href).pathname.replace('/dist/cdn/', ''),
      );
    // The loader adds them as it sees the tag appear, before the element's code has arrived.
    await waitUntil(() => links().length > 0, 'no preload');
    expect(links().sort()).to.deep.equal(['bank/f1-score.answer.js', 'bank/f1-score.js', 'kit.js']);
    await waitUntil(() => inside(card, '[part=prompt]'), 'the card did not render', { timeout: 8000 });
    expect(requested(frame, 'bank/f1-score.js')).to.equal(1);
  });

  it('the loader starts the parser with a runner that has its own bank, and none of the bundled bank', async () => {
    frame = await open('bundled-split.html', { freshStorage: true });
    const doc = frame.contentDocument!;
    const runner = doc.createElement('quiz-runner');
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      title: 'Own bank',
      topics: [{ id: 't', title: 'T' }],
      questions: [{ id: 'q', topic: 't', prompt: 'Own question?', check: { choices: [{ text: 'Yes', correct: true }, { text: 'No' }] } }],
    });
    runner.append(script);
    doc.body.append(runner);
    const links = (): string[] =>
      [...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname.replace('/dist/cdn/', ''));
    await waitUntil(() => links().length > 0, 'no preload');
    // The runner's own imports (the card it shows, bank text, due dates) come with it too; not the
    // provider's code, which only an element inside it asks for (the card is handed the bank).
    expect(links().sort()).to.deep.equal(['kit.js', 'parse.js', 'progress-views.js', 'question-card.js']);
    await waitUntil(() => inside(runner, '[part=start]'), 'no start screen', { timeout: 8000 });
    expect(requested(frame, 'parse.js')).to.equal(1);
    expect(bankFiles(frame)).to.deep.equal([]);
  });
});
