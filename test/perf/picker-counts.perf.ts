// A focused measurement (not part of `npm test`): what "Check" and "Next" cost on a quiz page
// whose topic picker shows progress, with a bank of 30 and of 10,000 questions. Run it with
// `npx web-test-runner test/perf/picker-counts.perf.ts`; it prints the medians.

import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/quiz-bank/quiz-bank.js';
import '../../src/components/quiz-runner/quiz-runner.js';
import '../../src/components/topic-picker/topic-picker.js';
import '../../src/components/question-card/question-card.js';
import { forgetProgressStores, progressFor } from '../../src/internal/progress.js';
import type { Bank } from '../../src/data/types.js';
import { record } from '../../src/core/progress-answers.js';
import { saveRun } from '../../src/core/progress-runs.js';

const TOPICS = 20;
const STEPS = 15;

function bankText(n: number): string {
  const topics = Array.from({ length: TOPICS }, (_, t) => ({ id: `t${t}`, title: `Topic ${t}` }));
  const questions = Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    topic: `t${i % TOPICS}`,
    prompt: `Question ${i}?`,
    answer: `Answer ${i}.`,
    check: { choices: [0, 1, 2, 3].map((c) => ({ text: `Choice ${c} of ${i}`, correct: c === i % 4 })) },
  }));
  return JSON.stringify({ id: `perf-${n}`, title: `Perf ${n}`, topics, questions });
}

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const shadow = (el: Element | null | undefined): ShadowRoot | null | undefined => el?.shadowRoot;
const buttonIn = (root: ShadowRoot | null | undefined, label: string): HTMLButtonElement | undefined =>
  [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label && !b.disabled);

async function settled(...els: (Element | null | undefined)[]): Promise<void> {
  await Promise.all(els.map((el) => (el as Lit | null | undefined)?.updateComplete));
  document.body.getBoundingClientRect();
}

/** A macrotask without setTimeout's clamping. */
const tick = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Waits, a task at a time, until `done()` after the elements' updates: times to the millisecond, not to waitUntil's 50 ms. */
async function until(done: () => unknown, els: () => (Element | null | undefined)[]): Promise<void> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    await settled(...els());
    if (done()) return;
    if (performance.now() > deadline) throw new Error('timed out');
    await tick();
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Progress as the store saves it, with the first `answered` questions answered yesterday. */
function progressText(answered: number): string {
  const at = Date.now() - 86_400_000;
  const q = Object.fromEntries(
    Array.from({ length: answered }, (_, i) => [
      `q${i}`,
      { seen: 1, correct: i % 2, last: at, due: at + 86_400_000, rating: i % 2 ? 'good' : 'again' },
    ]),
  );
  return JSON.stringify({ v: 1, q, runs: {}, stamps: {} });
}

async function measure(n: number, answered = 0): Promise<{ check: number; next: number }> {
  forgetProgressStores();
  localStorage.clear();
  if (answered) localStorage.setItem(`quizkit:perf-${n}`, progressText(answered));
  const src = URL.createObjectURL(new Blob([bankText(n)], { type: 'application/json' }));
  const bank = document.createElement('quiz-bank');
  bank.setAttribute('src', src);
  const picker = document.createElement('quiz-topic-picker');
  picker.setAttribute('for', `runner-${n}`);
  const runner = document.createElement('quiz-runner');
  Object.assign(runner, { id: `runner-${n}` });
  runner.setAttribute('count', String(STEPS + 1));
  bank.append(picker, runner);
  document.body.append(bank);
  await waitUntil(() => buttonIn(shadow(runner), 'Start'), 'no Start', { timeout: 20_000 });
  await waitUntil(() => shadow(picker)?.querySelectorAll('[part=topic]').length === TOPICS + 1, 'no picker', { timeout: 20_000 });
  buttonIn(shadow(runner), 'Start')!.click();
  const card = (): Element | null | undefined => shadow(runner)?.querySelector('quiz-question-card');
  const check: number[] = [];
  const next: number[] = [];
  for (let step = 0; step < STEPS; step++) {
    await waitUntil(() => shadow(card())?.querySelector('input'), 'no question');
    await settled(runner, card(), picker);
    (shadow(card())!.querySelectorAll('input')[0] as HTMLInputElement).click();
    await settled(card());
    let t0 = performance.now();
    buttonIn(shadow(card()), 'Check')!.click();
    await until(
      () => shadow(card())?.querySelector('#result'),
      () => [card(), runner, picker],
    );
    check.push(performance.now() - t0);
    // The picker counted the answer (without prefilled progress, the count is the step's).
    if (!answered && !shadow(picker)?.textContent?.includes(`${step + 1} answered`)) throw new Error('the picker did not count');
    const prompt = shadow(card())!.querySelector('[part=prompt]')!.textContent;
    t0 = performance.now();
    buttonIn(shadow(runner), 'Next')!.click();
    await until(
      () => shadow(card())?.querySelector('[part=prompt]')?.textContent !== prompt,
      () => [runner, card(), picker],
    );
    next.push(performance.now() - t0);
  }
  bank.remove();
  URL.revokeObjectURL(src);
  return { check: median(check), next: median(next) };
}

/** The picker alone: the mean time from a progress write to the picker updated, for an answer and for a run save. */
async function measurePicker(n: number): Promise<{ answer: number; run: number }> {
  forgetProgressStores();
  localStorage.clear();
  const src = URL.createObjectURL(new Blob([bankText(n)], { type: 'application/json' }));
  const picker = document.createElement('quiz-topic-picker') as Lit;
  picker.setAttribute('src', src);
  document.body.append(picker);
  await waitUntil(() => shadow(picker)?.querySelectorAll('[part=topic]').length === TOPICS + 1, 'no picker', { timeout: 20_000 });
  const store = progressFor({ id: `perf-${n}` } as Bank);
  const ROUNDS = 200;
  let t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    void record(store, `q${(i * 7919) % n}`, i % 2 === 0, i % 2 ? 'again' : 'good');
    await picker.updateComplete;
  }
  const answer = (performance.now() - t0) / ROUNDS;
  t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    saveRun(store, 'run:/perf#r|quiz', { v: 1, i });
    await picker.updateComplete;
  }
  const run = (performance.now() - t0) / ROUNDS;
  picker.remove();
  URL.revokeObjectURL(src);
  return { answer, run };
}

describe('picker counts: "Check" and "Next" at 30 and 10,000 questions', function () {
  this.timeout(300_000);
  it('measures', async () => {
    const rows: string[] = [];
    await measure(30); // warm-up: compiles the code paths
    for (const [n, answered] of [
      [30, 0],
      [10_000, 0],
      [30, 0],
      [10_000, 0],
      [30, 15],
      [10_000, 1_000],
      [30, 15],
      [10_000, 1_000],
    ] as const) {
      const { check, next } = await measure(n, answered);
      rows.push(
        `${String(n).padStart(6)} questions, ${String(answered).padStart(5)} answered before: Check ${check.toFixed(1)} ms, Next ${next.toFixed(1)} ms`,
      );
    }
    for (const n of [30, 10_000, 30, 10_000]) {
      const { answer, run } = await measurePicker(n);
      rows.push(
        `${String(n).padStart(6)} questions, picker alone: answer → updated ${answer.toFixed(2)} ms, run save → updated ${run.toFixed(2)} ms`,
      );
    }
    console.log(`picker counts (median of ${STEPS} steps; picker alone: mean of 200 writes):\n${rows.join('\n')}`);
    expect(rows).to.have.length(12);
  });
});
