// The peer bench's probe: scripts/bench.mjs adds it to every page before the page's own scripts
// (Playwright's addInitScript). It knows, for each tool, where the question's choices and its
// buttons are, and measures two things in the page's own clock:
// - window.__probe.loaded: a promise of the time from navigation to the first question
//   interactive, i.e. its choices in the DOM, laid out with a size, and enabled. It is checked
//   once per frame (requestAnimationFrame), so the time is rounded up to the frame that could
//   show it, and polling costs the page next to nothing while it loads. A quizkit runner opens
//   on a start screen: its "Start" is clicked the frame it appears, and that time is kept too.
// - window.__probe.next(): answers the question (first choice, and "Check" where the tool has
//   one), then times a click on "Next" until the next question is interactive; checked after
//   every task (MessageChannel), with the layout the check forces counted.

/* global MessageChannel, requestAnimationFrame, performance, location */
(() => {
  const tool = /\/peers\/[a-z]+\/([a-z]+)\.html$/.exec(location.pathname)?.[1];
  if (!tool) return;

  const buttonText = (root, label) =>
    [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === label && !b.disabled) ?? null;

  const ADAPTERS = {
    quizkit: {
      runner: () => document.querySelector('quiz-runner'),
      card() {
        return document.querySelector('quiz-question-card') ?? this.runner()?.shadowRoot?.querySelector('quiz-question-card') ?? null;
      },
      choices() {
        return this.card()?.shadowRoot?.querySelectorAll('input[type=radio], input[type=checkbox]') ?? [];
      },
      start() {
        return buttonText(this.runner()?.shadowRoot, 'Start');
      },
      check() {
        return buttonText(this.card()?.shadowRoot, 'Check');
      },
      next() {
        return buttonText(this.runner()?.shadowRoot, 'Next');
      },
    },
    quizdown: {
      root: () => document.querySelector('.quizdown')?.shadowRoot ?? null,
      choices() {
        return this.root()?.querySelectorAll('input[type=radio], input[type=checkbox]') ?? [];
      },
      next() {
        const b = this.root()?.querySelector('button[title="Next"]');
        return b && !b.disabled ? b : null;
      },
    },
    surveyjs: {
      root: () => document.getElementById('surveyContainer'),
      choices() {
        return this.root()?.querySelectorAll('input[type=radio], input[type=checkbox]') ?? [];
      },
      next() {
        const b = this.root()?.querySelector('.sd-navigation__next-btn');
        return b && !b.disabled && b.getClientRects().length ? b : null;
      },
    },
  };
  // The same page with the README's preload links.
  ADAPTERS.preloaded = ADAPTERS.quizkit;
  const tk = ADAPTERS[tool];

  /** The visible part of a choice: its label (quizdown and SurveyJS hide the input itself). */
  const target = (input) => input.closest('label') ?? (input.id && input.getRootNode().querySelector(`label[for="${input.id}"]`)) ?? input;
  const shown = (el) => {
    const r = el.getBoundingClientRect(); // forces style and layout
    return r.width > 0 && r.height > 0;
  };
  /** The current question's choices when they are interactive, else null. */
  function interactive() {
    const choices = [...tk.choices()];
    return choices.length && choices.every((c) => !c.disabled) && shown(target(choices[0])) ? choices : null;
  }
  /** Tells questions apart (sorted, as quizdown shuffles the choices). */
  const identity = (choices) =>
    choices
      .map((c) => target(c).textContent.trim())
      .sort()
      .join('\n');

  const TIMEOUT_MS = 60_000;
  const probe = (window.__probe = { tool, startReady: null, firstQuestion: null });

  probe.loaded = new Promise((resolve, reject) => {
    const began = performance.now();
    const frame = () => {
      try {
        if (probe.startReady === null && tk.start) {
          const start = tk.start();
          if (start) {
            probe.startReady = performance.now();
            start.click();
          }
        }
        if (interactive()) {
          probe.firstQuestion = performance.now();
          resolve(probe.firstQuestion);
          return;
        }
      } catch (e) {
        reject(e);
        return;
      }
      if (performance.now() - began > TIMEOUT_MS) reject(new Error(`${tool}: no interactive question after ${TIMEOUT_MS / 1000} s`));
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

  /** One macrotask, without setTimeout's clamping. */
  const tick = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  async function until(what, find) {
    const deadline = performance.now() + TIMEOUT_MS;
    for (;;) {
      const found = find();
      if (found) return found;
      if (performance.now() > deadline) throw new Error(`${tool}: timed out waiting for ${what}`);
      await tick();
    }
  }

  probe.next = async () => {
    const choices = await until('the first question', interactive);
    const before = identity(choices);
    choices[0].click();
    if (tk.check) (await until('"Check"', () => tk.check())).click();
    const next = await until('"Next"', () => tk.next());
    await settle();
    const t0 = performance.now();
    next.click();
    await until('the next question', () => {
      const now = interactive();
      return now && identity(now) !== before;
    });
    return performance.now() - t0;
  };
})();
