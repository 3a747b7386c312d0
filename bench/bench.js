// Browser side of the bank-size case of `npm run bench` (scripts/bench.mjs opens this page once
// per run, in a fresh browser context, as bench.html?questions=N). Builds a bank of N questions in
// 20 topics in memory, hands it to the CDN build's elements as an inline
// <script type="application/json"> and times them, once each: the bank layer alone, a topic
// picker, a runner's start screen, "Start", nine "Skip"s and "Skip and finish". Results go to
// window.benchResults, then window.benchDone = true (window.benchError says what went wrong).
// The runner stays on the page, on its summary, so that the JS heap the script measures next
// is that of a page holding the bank.
//
// A time runs from the action (appending the element, clicking a button) to the moment the
// expected DOM exists, plus one forced layout so style and layout are counted too. Checks run
// after each Lit update (updateComplete) and between macrotasks, not once per animation frame,
// so times are not rounded up to 16.7 ms frames.

/* global performance, localStorage, navigator, Blob, MessageChannel, requestAnimationFrame, customElements, location, URLSearchParams */

const QUESTIONS = Number(new URLSearchParams(location.search).get('questions')) || 10_000;
const TOPICS = 20;
const STEPS = 9;
const TIMEOUT_MS = 10_000;

const stage = document.getElementById('stage');

// Anything that goes wrong on the page ends the benchmark at the next check.
let failure;
window.addEventListener('error', (e) => (failure ??= e.error ?? new Error(e.message)));
window.addEventListener('unhandledrejection', (e) => (failure ??= e.reason));
document.addEventListener('quiz-error', (e) => (failure ??= new Error(`quiz-error from <${e.target.localName}>: ${e.detail.message}`)));

// ---- the bank --------------------------------------------------------------------------------

function makeBank() {
  const topics = Array.from({ length: TOPICS }, (_, t) => ({
    id: `t${t}`,
    title: `Topic ${t}`,
    description: `Questions about area ${t}.`,
  }));
  const questions = Array.from({ length: QUESTIONS }, (_, i) => {
    const right = (i * 7) % 4;
    return {
      id: `q${i}`,
      topic: `t${i % TOPICS}`,
      difficulty: ['easy', 'medium', 'hard'][i % 3],
      prompt: `Question ${i}: how does \`method_${i}\` change a model's error in area ${i % TOPICS}?`,
      why: `Checks that the candidate can reason about **method ${i}** rather than recite it.`,
      answer:
        `Method ${i} trades bias for variance. With little data it lowers the variance of the fitted model, ` +
        `at the cost of some bias; with plenty of data the effect fades. For example, on a validation set of ` +
        `1,000 rows, \`method_${i}\` cut the error from 0.31 to 0.24.`,
      keyPoints: [
        { point: `Method ${i} lowers variance.`, keywords: ['variance', 'overfitting', `method ${i}`] },
        { point: 'It adds some bias.', keywords: ['bias', 'underfitting'] },
        { point: 'The effect depends on the amount of data.', keywords: ['data size', 'sample size', 'more data'] },
      ],
      check: {
        prompt: `What does \`method_${i}\` mainly do?`,
        choices: [0, 1, 2, 3].map((c) => ({
          text: ['Lowers variance', 'Lowers bias', 'Removes noise from labels', 'Speeds up inference'][c] + ` (variant ${i})`,
          correct: c === right,
          feedback: c === right ? 'Yes: that is its main effect.' : 'No: that is a different technique.',
        })),
        explanation: `Method ${i} is a variance-reduction technique.`,
      },
    };
  });
  return { id: 'bench', title: 'Benchmark bank', version: '1', language: 'en', topics, questions };
}

// Let, not const: dropped before the heap is measured, so that it counts what the elements keep.
let bankText = JSON.stringify(makeBank());

/** A fresh inline bank for one element (never innerHTML: the bank is data). */
function inlineBank() {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = bankText;
  return script;
}

// ---- timing helpers --------------------------------------------------------------------------

/** One macrotask, without setTimeout's clamping. */
const tick = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Lets the page settle between measurements: one frame, then one task. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves with `find()`'s first truthy result, after a forced layout. Between checks it awaits the
 * `updateComplete` of the elements `pending()` returns, then one macrotask.
 */
async function waitFor(what, find, pending = () => []) {
  const deadline = performance.now() + TIMEOUT_MS;
  for (;;) {
    if (failure) throw failure;
    let found = find();
    if (!found) {
      const elements = pending().filter((el) => el && 'updateComplete' in el);
      if (elements.length) await Promise.all(elements.map((el) => el.updateComplete));
      found = find();
    }
    if (found) {
      stage.getBoundingClientRect(); // forces style and layout of what was just rendered
      return found;
    }
    if (performance.now() > deadline) throw new Error(`timed out after ${TIMEOUT_MS / 1000} s waiting for ${what}`);
    await tick();
  }
}

// ---- element helpers -------------------------------------------------------------------------

const button = (runner, label) =>
  [...(runner.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === label && !b.disabled);

const card = (runner) => runner.shadowRoot?.querySelector('quiz-question-card') ?? null;

const cardPrompt = (runner) => card(runner)?.shadowRoot?.querySelector('[part=prompt]') ?? null;

let runners = 0;

/** A fresh runner on the inline bank, timed from being appended to its start screen. */
async function newRunner() {
  localStorage.clear();
  const runner = document.createElement('quiz-runner');
  // Saved runs are also kept in memory by the page's progress store (one per bank), so
  // localStorage.clear() alone does not stop a later runner with the same settings from
  // offering "Resume" instead of "Start"; a distinct id gives each runner its own save slot.
  runner.id = `bench-runner-${++runners}`;
  runner.setAttribute('count', '10');
  runner.setAttribute('shuffle', '');
  runner.setAttribute('seed', '1');
  runner.append(inlineBank());
  const t0 = performance.now();
  stage.append(runner);
  const start = await waitFor(
    'the runner\'s "Start" button',
    () => button(runner, 'Start'),
    () => [runner],
  );
  return { runner, start, readyMs: performance.now() - t0 };
}

/** Clicks Start and waits for the first question's prompt. */
async function startRun(runner, start) {
  const t0 = performance.now();
  start.click();
  const prompt = await waitFor(
    'the first question',
    () => cardPrompt(runner),
    () => [runner, card(runner)],
  );
  return { prompt, ms: performance.now() - t0 };
}

// ---- the benchmark ---------------------------------------------------------------------------

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function bench() {
  // The CDN file fetches an element's code when its tag first appears; the bench times the
  // elements at work, not their download, so it fetches their chunks before it starts.
  await Promise.all(['topic-picker', 'quiz-runner', 'question-card'].map((chunk) => import(`/dist/cdn/${chunk}.js`)));
  await Promise.all(['quiz-topic-picker', 'quiz-runner', 'quiz-question-card'].map((tag) => customElements.whenDefined(tag)));
  const results = {
    userAgent: navigator.userAgent,
    bank: { questions: QUESTIONS, topics: TOPICS, jsonBytes: new Blob([bankText]).size },
  };

  // The bank layer alone, without elements: what every element pays for an inline bank. From the
  // npm build's data modules (no elements, no bare imports); skipped if a refactoring moved them.
  try {
    const { parseBankText } = await import('/dist/data/parse.js');
    const { indexBank } = await import('/dist/data/index-bank.js');
    const { validateBank, validateOutline } = await import('/dist/data/validate.js');
    let t0 = performance.now();
    const data = JSON.parse(bankText);
    results.jsonParse = performance.now() - t0;
    t0 = performance.now();
    const problems = validateBank(data).filter((p) => p.severity !== 'warning');
    results.validate = performance.now() - t0;
    if (problems.length) throw new Error(`the generated bank is not valid: ${problems[0].path}: ${problems[0].message}`);
    // What an element checks before it shows anything (each question is checked when first shown).
    t0 = performance.now();
    validateOutline(data);
    results.outline = performance.now() - t0;
    t0 = performance.now();
    indexBank(data, 'bench');
    results.index = performance.now() - t0;
    t0 = performance.now();
    const result = parseBankText(bankText, 'bench');
    results.parseBankText = performance.now() - t0;
    if (!result.ok) throw new Error(result.error.message);
    t0 = performance.now();
    parseBankText(bankText, 'bench', true);
    results.parseOnUse = performance.now() - t0;
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('the generated bank')) throw e;
    results.bankLayerSkipped = e instanceof Error ? e.message : String(e);
  }
  await settle();

  // Topic picker: append to 21 topic labels ("All topics" + 20).
  const picker = document.createElement('quiz-topic-picker');
  picker.append(inlineBank());
  let t0 = performance.now();
  stage.append(picker);
  await waitFor(
    '21 topics in the picker',
    () => picker.shadowRoot?.querySelectorAll('[part=topic]').length === TOPICS + 1,
    () => [picker],
  );
  results.pickerReady = performance.now() - t0;
  const all = picker.shadowRoot.querySelector('[part=topic]').textContent;
  if (!all.includes('All topics') || !all.includes(`${QUESTIONS.toLocaleString('en')} questions`))
    throw new Error(`unexpected first topic: ${all.trim()}`);
  picker.remove();
  await settle();

  // Runner: append to start screen, Start to the first question.
  const { runner, start: startButton, readyMs } = await newRunner();
  results.runnerReady = readyMs;
  await settle();
  let { prompt, ms } = await startRun(runner, startButton);
  results.runStart = ms;
  const progress = runner.shadowRoot.querySelector('[part=progress]')?.textContent ?? '';
  if (!/Question 1 of 10\b/.test(progress)) throw new Error(`unexpected progress after Start: ${progress.trim()}`);

  // Skip through the run: 9 steps from question 1 to 10, then "Skip and finish" to the summary.
  let text = prompt.textContent;
  const next = [];
  for (let step = 0; step < STEPS; step++) {
    await settle();
    const skip = button(runner, 'Skip');
    if (!skip) throw new Error(`no "Skip" button on question ${step + 1}`);
    t0 = performance.now();
    skip.click();
    prompt = await waitFor(
      `question ${step + 2}`,
      () => {
        const p = cardPrompt(runner);
        return p && p.textContent !== text ? p : null;
      },
      () => [runner, card(runner)],
    );
    next.push(performance.now() - t0);
    text = prompt.textContent;
  }
  results.next = median(next);

  await settle();
  const finish = button(runner, 'Skip and finish');
  if (!finish) throw new Error('no "Skip and finish" button on the last question');
  t0 = performance.now();
  finish.click();
  await waitFor(
    'the summary',
    () => runner.shadowRoot.querySelector('[part=summary]'),
    () => [runner],
  );
  results.finish = performance.now() - t0;
  return results;
}

try {
  window.benchResults = await bench();
} catch (e) {
  window.benchError = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
} finally {
  bankText = null;
  window.benchDone = true;
}
