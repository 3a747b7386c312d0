// <quiz-runner>: a whole session — start screen, one question at a time, and a summary.

import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedbackProvider } from '../../core/remote-feedback.js';
import { newRun, restoreRun, summarise, withAnswer, type Run } from '../../core/run.js';
import { seedFrom, selectQuestions } from '../../core/selection.js';
import { bankContext, type BankState } from '../../context.js';
import { BankController } from '../../controllers/bank-controller.js';
import type { IndexedBank } from '../../data/types.js';
import { canDefine } from '../../define.js';
import { fire, type QuizAnswerDetail, type QuizCompleteDetail, type QuizMode } from '../../events.js';
import { loadChunk, type ChunkModule } from '../../internal/lazy.js';
import { ReportController } from '../../lms/report-controller.js';
import { baseStyles } from '../shared/base.styles.js';
import { alert, bankStatus } from '../shared/states.js';
import { listChanged, listConverter, parseList, type TopicList } from '../shared/list.js';
import '../question-card/question-card.js';
import type { QuizQuestionCard } from '../question-card/question-card.js';
import { runnerStyles } from './quiz-runner.styles.js';
import type { ProgressStorage } from '../../data/progress-storage.js';

// The types this element's API names, for tools that import them from the element's module.
export type { ProgressStorage } from '../../data/progress-storage.js';
export type { FeedbackProvider } from '../../core/remote-feedback.js';
export type { QuizAnswerDetail, QuizCompleteDetail, QuizErrorDetail, QuizMode, QuizStartDetail } from '../../events.js';
export type { TopicList } from '../shared/list.js';

type Ready = Extract<BankState, { status: 'ready' }>;

const MODES = { quiz: 'Quiz', practice: 'Flashcards', interview: 'Mock interview' };

/** The summary screen's code, fetched when a run starts (see summary.ts). */
let summary: ChunkModule<'summary'> | undefined;
let summaryLoad: Promise<unknown> | undefined;
const loadSummary = (timeout: number | undefined): Promise<unknown> =>
  (summaryLoad ??= loadChunk('summary', timeout).then((m) => (summary = m)).catch((e: Error) => {
    summaryLoad = undefined;
    throw e;
  }));

/**
 * A whole quiz session: a start screen, one question at a time with "n of N" progress and
 * back / next / skip, and a summary with the score, pass or fail, a chart per topic, every
 * answer with its explanation, "Retry missed" and "Restart".
 *
 * - `quiz` (default): auto-graded checks, with feedback right after "Check".
 * - `practice`: flashcards with a self-rating; questions due for review come first.
 * - `interview`: a mock interview. The learner types each answer, optionally against a
 *   countdown (`time-limit`), and gets feedback on the key points it covered; the report lists
 *   the score and missed points per question and per topic, the total time, and offers to
 *   practise the weakest topic, to copy the report as text or to print it.
 *
 * An unfinished run is saved as the learner goes and offered again after a reload (same page,
 * same attributes). Attributes changed mid-run apply from the next run: the current run
 * carries on and offers "Restart with new settings". Put a `<quiz-topic-picker>` inside the
 * runner, or point one at it with `for`, to let the learner choose topics.
 *
 * @tagname quiz-runner
 * @summary A whole quiz, flashcard or mock-interview session with progress, navigation and a summary.
 *
 * @fires {CustomEvent<QuizStartDetail>} quiz-start - A run started: `detail.questionIds`, `mode`, `topics`.
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - The learner answered a question (from the question card inside).
 * @fires {CustomEvent<QuizCompleteDetail>} quiz-complete - The run finished: score, percent, passed, duration, answers and results per topic.
 * @fires {CustomEvent<QuizErrorDetail>} quiz-error - The bank could not be loaded or did not arrive within `load-timeout` (`source`: its URL, the inline script or `bundled`); `topics` names no topic of the bank or no question matches (`topics`); the summary screen could not load or did not arrive within `load-timeout` (`summary`; a Retry button tries again); the report could not be prepared for copying (`report`); or the question card inside reported a problem (feedback service, grader); or, with `report`, no LMS was found, the LMS or LRS refused something (with its own diagnostic), or the reporter's code could not load (`scorm`, `xapi`, `report`).
 *
 * @csspart start - The start screen.
 * @csspart question - The question screen.
 * @csspart progress - The "n of N" text and bar.
 * @csspart nav - The back / skip / next buttons.
 * @csspart button - Every action button.
 * @csspart summary - The summary screen.
 * @csspart score - The score line.
 * @csspart chart - The per-topic bar chart.
 * @csspart answers - The list of answers in the summary.
 * @csspart report-actions - The summary's buttons (hidden when printed).
 * @csspart error - The error message.
 * @csspart loading - The loading message.
 *
 * @cssprop --quiz-color-text - Text colour.
 * @cssprop --quiz-color-bg - Background.
 * @cssprop --quiz-color-surface - Background of panels.
 * @cssprop --quiz-color-muted - Secondary text.
 * @cssprop --quiz-color-border - Borders.
 * @cssprop --quiz-color-accent - Primary buttons, progress and chart bars.
 * @cssprop --quiz-color-on-accent - Text on the accent colour.
 * @cssprop --quiz-color-correct - Right answers, "passed".
 * @cssprop --quiz-color-wrong - Wrong answers, "not passed", errors.
 * @cssprop --quiz-color-focus - The focus ring.
 * @cssprop --quiz-radius - Corner radius.
 * @cssprop --quiz-space - Base spacing.
 * @cssprop --quiz-font - Font family.
 *
 * @slot - Shown on the start screen, e.g. a `<quiz-topic-picker>` (it then sets this runner's topics).
 */
export class QuizRunner extends LitElement {
  static override styles = [baseStyles, runnerStyles];

  static override properties = {
    src: {},
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    progressStorage: { attribute: false },
    topics: { converter: listConverter, hasChanged: listChanged },
    count: { type: Number },
    mode: { reflect: true },
    shuffle: { type: Boolean },
    seed: {},
    pass: { type: Number },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeLimit: { type: Number, attribute: 'time-limit' },
    feedbackEndpoint: { attribute: 'feedback-endpoint' },
    feedbackCredentials: { attribute: 'feedback-credentials' },
    feedbackProvider: { attribute: false },
    feedbackTimeout: { type: Number, attribute: 'feedback-timeout' },
    report: {},
    xapiEndpoint: { attribute: 'xapi-endpoint' },
    xapiAuth: { attribute: 'xapi-auth' },
    xapiActor: { attribute: 'xapi-actor' },
    run: { state: true },
    copied: { state: true },
    resumable: { state: true },
    announcement: { state: true },
  };

  /** URL of a bank JSON file; by default an enclosing `<quiz-bank>`, an inline bank or the bundled bank. */
  declare src: string | undefined;
  /** Seconds to wait for the bank or for code loaded on demand before showing an error with Retry (default 15). */
  declare loadTimeout: number | undefined;
  /** Where progress is kept instead of `localStorage`: `{ get, set, subscribe? }`, each sync or async (see README, "Keep progress on your server"). */
  declare progressStorage: ProgressStorage | undefined;
  /** Topic ids to draw questions from: comma-separated (`evaluation,trees`) or an array; empty means all topics. */
  declare topics: TopicList;
  /** Number of questions per run; 0 means all that match. */
  declare count: number;
  /** `quiz` (auto-graded checks), `practice` (flashcards, due cards first) or `interview` (typed answers with feedback). */
  declare mode: QuizMode;
  /** Shuffle the questions (with `seed`, in the same order every time). */
  declare shuffle: boolean;
  /** Seed for `shuffle`: the same seed gives the same order in every browser. */
  declare seed: string | undefined;
  /** Pass mark in percent. */
  declare pass: number;
  /** `light` or `dark` forces a theme; by default the page's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Heading level of the runner's title (1–6); questions use the next level. */
  declare headingLevel: number;
  /** Interview mode: seconds per question, shown as a countdown; nothing is submitted for the learner. */
  declare timeLimit: number;
  /** Interview mode: the page's feedback service (see `<quiz-question-card>`); offline feedback otherwise. */
  declare feedbackEndpoint: string | undefined;
  /** Credentials sent to `feedback-endpoint`: `omit` (default), `same-origin` or `include`. */
  declare feedbackCredentials: RequestCredentials | undefined;
  /** Interview mode: the page's own grader function (see `<quiz-question-card>`). */
  declare feedbackProvider: FeedbackProvider | undefined;
  /** Seconds to wait for the feedback service before falling back to offline feedback (default 10). */
  declare feedbackTimeout: number | undefined;
  /** Report runs to an LMS: `scorm` (the SCORM 1.2 or 2004 API around the page; progress in suspend_data) or `xapi` (statements to an LRS). */
  declare report: 'scorm' | 'xapi' | undefined;
  /** `report="xapi"`: the LRS endpoint (default: the `endpoint` launch parameter of the page URL). */
  declare xapiEndpoint: string | undefined;
  /** `report="xapi"`: the Authorization header for the LRS, e.g. `Basic …` (default: the `auth` launch parameter). */
  declare xapiAuth: string | undefined;
  /** `report="xapi"`: the learner as an xAPI Agent in JSON, e.g. `{"mbox":"mailto:…"}` (default: the `actor` launch parameter). */
  declare xapiActor: string | undefined;

  private declare run: Run | undefined;
  private declare resumable: Run | undefined;
  private declare announcement: string;
  /** The report as text when the clipboard refused it, for copying by hand. */
  private declare copied: string | undefined;

  readonly #provider = new ContextProvider(this, { context: bankContext, initialValue: { status: 'loading' } });
  readonly #bank = new BankController(this, (state) => this.#handleBank(state));
  /** The settings and storage key the current run started with. */
  #runSettings = '';
  #runKey = '';
  #result: QuizCompleteDetail | undefined;
  #summaryError = '';
  #planned: { key: string; ids: string[] } | undefined;

  constructor() {
    super();
    this.topics = '';
    this.count = 10;
    this.mode = 'quiz';
    this.shuffle = false;
    this.pass = 70;
    this.headingLevel = 2;
    this.timeLimit = 0;
    this.announcement = '';
    // A <quiz-topic-picker> inside the runner sets its topics.
    this.addEventListener('quiz-topics-change', (e) => {
      if (e.target !== this) this.topics = e.detail.topics.join(',');
    });
    this.addEventListener('keydown', this.#handleTab);
    // `report`: loads and attaches the LMS reporter, which listens to this runner's events.
    new ReportController(this);
  }

  /**
   * Chromium moves Tab from a focused heading (tabindex="-1") that ends a shadow root back to
   * that root's first control instead of past it. After a checked answer, take the learner on
   * to the navigation, where Tab would have gone.
   */
  #handleTab = (e: KeyboardEvent): void => {
    const from = e.composedPath()[0] as HTMLElement;
    const root = from.getRootNode() as ShadowRoot;
    if (e.key !== 'Tab' || e.shiftKey || from.tabIndex !== -1 || root.host?.localName !== 'quiz-question-card') return;
    const later = [...root.querySelectorAll<HTMLElement>('a[href],button,input,textarea,summary')].some(
      (el) => !(el as HTMLButtonElement).disabled && from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const next = this.renderRoot.querySelector<HTMLButtonElement>('nav button:not([disabled])');
    if (later || !next) return;
    e.preventDefault();
    next.focus();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settingsChanged = ['topics', 'count', 'mode', 'shuffle', 'seed'].some((p) => changed.has(p as keyof QuizRunner));
    if (settingsChanged && !this.run) this.#findSaved();
    // The notice with "Restart with new settings" appears mid-run: say so to screen readers too.
    if (settingsChanged && this.run && this.#runSettings !== this.#settings()) {
      this.announcement = 'The quiz settings changed. This run carries on; you can restart with the new settings.';
    }
  }

  /** `pass` as a percentage from 0 to 100; 70 when it is not a number. */
  get #passMark(): number {
    return Number.isFinite(this.pass) ? Math.min(100, Math.max(0, this.pass)) : 70;
  }

  get #level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  get #ready(): Ready | undefined {
    const state = this.#bank.state;
    return state.status === 'ready' ? state : undefined;
  }

  /** What decides the questions of a run; a change mid-run applies from the next run. */
  #settings(): string {
    return [this.mode, parseList(this.topics).join(), this.count, this.shuffle ? (this.seed ?? '*') : ''].join('|');
  }

  /** Where this runner's unfinished run is saved: per page, per runner, per settings. */
  #storageKey(): string {
    const index = [...document.querySelectorAll('quiz-runner')].indexOf(this);
    return `run:${location.pathname}#${this.id || index}|${this.#settings()}`;
  }

  #handleBank(state: BankState): void {
    this.#provider.setValue(state);
    if (state.status === 'ready') this.#findSaved();
  }

  /** Offers to resume an unfinished run saved with the same settings. */
  #findSaved(): void {
    const ready = this.#ready;
    if (!ready) return;
    const key = this.#storageKey();
    const data = ready.store.loadRun(key);
    this.resumable = data === undefined ? undefined : restoreRun(data, ready.bank);
    if (data !== undefined && !this.resumable) {
      console.warn(`quizkit: the saved run "${key}" no longer fits the bank; it was discarded.`);
      ready.store.clearRun(key);
    }
  }

  /** The questions the next run would ask, recomputed only when the settings, bank or progress change. */
  #plan(ready: Ready): string[] {
    const key = `${this.#settings()}|${ready.bank.source}|${ready.store.version}`;
    if (this.#planned?.key === key) return this.#planned.ids;
    const seed = seedFrom(this.seed ?? Math.floor(Math.random() * 2 ** 32));
    const ids = selectQuestions(ready.bank.bank.questions, {
      topics: parseList(this.topics),
      count: this.count,
      mode: this.mode,
      shuffle: this.shuffle,
      seed,
      dueAt: (id) => ready.store.get(id)?.due,
    });
    this.#planned = { key, ids };
    return ids;
  }

  #save(): void {
    if (this.run && !this.run.finishedAt) this.#ready?.store.saveRun(this.#runKey, this.run);
  }

  async #focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (target instanceof HTMLElement && 'updateComplete' in target) await (target as QuizQuestionCard).updateComplete;
    target?.focus();
  }

  #show(run: Run): void {
    loadSummary(this.loadTimeout).catch(() => {}); // fetched early; a failure is reported at the end of the run
    this.run = run;
    this.#result = undefined;
    this.#save();
    this.announcement = `Question ${run.index + 1} of ${run.ids.length}.`;
    void this.#focusOn('quiz-question-card');
  }

  /** Starts a run on `ids` (by default the planned questions), in `mode` (by default the runner's). */
  start(ids?: string[], mode: QuizMode = this.mode): void {
    const ready = this.#ready;
    if (!ready) return;
    const questionIds = ids ?? this.#plan(ready);
    if (questionIds.length === 0) return;
    this.#runSettings = this.#settings();
    this.#runKey = this.#storageKey();
    this.resumable = undefined;
    const topics = parseList(this.topics);
    this.copied = undefined;
    this.#show(newRun(mode, topics, questionIds, Date.now()));
    const { id, title } = ready.bank.bank;
    fire(this, 'quiz-start', { questionIds, mode, topics, bank: { id: id ?? title, title } });
  }

  #resume(): void {
    if (!this.resumable) return;
    this.#runSettings = this.#settings();
    this.#runKey = this.#storageKey();
    const run = this.resumable;
    this.resumable = undefined;
    this.#show(run);
  }

  #discard(): void {
    this.#ready?.store.clearRun(this.#storageKey());
    this.resumable = undefined;
    // The focused "Start over" button goes away: hand focus to Start rather than to <body>.
    void this.#focusOn('[part=start] .primary');
  }

  #goTo(index: number): void {
    const run = this.run;
    if (!run) return;
    if (index >= run.ids.length) this.#finish();
    else this.#show({ ...run, index: Math.max(0, index) });
  }

  #handleAnswer(e: CustomEvent<QuizAnswerDetail>): void {
    const run = this.run;
    if (!run || run.finishedAt) return;
    this.run = withAnswer(run, e.detail);
    this.#save();
    // Flashcards move on once rated, as in most spaced-repetition apps.
    if (run.mode === 'practice' && e.detail.rating) this.#goTo(run.index + 1);
  }

  #finish(): void {
    const ready = this.#ready;
    const run = this.run;
    if (!ready || !run) return;
    const finished = { ...run, finishedAt: Date.now() };
    this.#result = summarise(finished, ready.bank, this.#passMark, finished.finishedAt);
    this.run = finished;
    ready.store.clearRun(this.#runKey);
    const r = this.#result;
    this.announcement = `Finished: ${r.score} of ${r.maxScore}, ${r.percent}%. ${r.passed ? 'Passed.' : 'Not passed yet.'}`;
    fire(this, 'quiz-complete', r);
    this.#showSummary();
  }

  /** Loads the summary's code, or says it could not, with a Retry that tries again. */
  #showSummary(): void {
    this.#summaryError = '';
    this.requestUpdate();
    // Focus leaves the button that went away (Finish, Retry) for the message, then the summary.
    if (!summary) void this.#focusOn('#summary-loading');
    loadSummary(this.loadTimeout).then(
      () => {
        this.requestUpdate();
        return this.#focusOn('#summary-heading');
      },
      (e: Error) => {
        this.#summaryError = `Your results could not be shown (${e.message}). They were reported in quiz-complete.`;
        fire(this, 'quiz-error', { message: this.#summaryError, source: 'summary' });
        this.requestUpdate();
        void this.#focusOn('[part=error] button');
      },
    );
  }

  #heading(id: string, text: unknown, level: number): TemplateResult {
    return html`<div id=${id} class="heading" role="heading" aria-level=${Math.min(6, level)} tabindex="-1">${text}</div>`;
  }

  /** What is wrong with the settings, if anything: unknown topics, or no question to ask. */
  #problem(ready: Ready): string | undefined {
    const { bank } = ready;
    const unknown = parseList(this.topics).filter((t) => !bank.topicsById.has(t));
    if (unknown.length) {
      return `topics="${parseList(this.topics).join(',')}": ${unknown.map((t) => `"${t}"`).join(', ')} ${unknown.length === 1 ? 'is not a topic' : 'are not topics'} of the bank "${bank.bank.title}". Its topics are: ${bank.bank.topics.map((t) => t.id).join(', ')}.`;
    }
    if (this.#plan(ready).length === 0) {
      return `No question in these topics has ${this.mode === 'quiz' ? 'an auto-graded check' : 'content'}: choose other topics.`;
    }
    return undefined;
  }

  #reported = '';

  protected override updated(): void {
    const ready = this.#ready;
    const problem = ready && !this.run ? this.#problem(ready) : undefined;
    if (problem && problem !== this.#reported) fire(this, 'quiz-error', { message: problem, source: 'topics' });
    this.#reported = problem ?? '';
  }

  #renderStart(ready: Ready): TemplateResult {
    const { bank } = ready;
    const ids = this.#plan(ready);
    const topics = parseList(this.topics).map((t) => bank.topicsById.get(t)?.title ?? t);
    const saved = this.resumable;
    const problem = this.#problem(ready);
    return html`<section part="start" aria-labelledby="start-heading">
      ${this.#heading('start-heading', bank.bank.title, this.#level)}
      <p class="muted">${MODES[this.mode] ?? this.mode} · ${ids.length} question${ids.length === 1 ? '' : 's'} ·
        ${topics.length ? topics.join(', ') : 'all topics'}</p>
      <slot></slot>
      ${problem ? html`<p class="error" part="error" role="alert">${problem}</p>` : nothing}
      <div class="actions">
        ${saved
          ? html`<p>You have an unfinished run: ${Object.keys(saved.answers).length} of ${saved.ids.length} answered.</p>
              <button class="primary" part="button" @click=${this.#resume}>Resume</button>
              <button part="button" @click=${this.#discard}>Start over</button>`
          : html`<button class="primary" part="button" ?disabled=${!!problem} @click=${() => this.start()}>Start</button>`}
      </div>
    </section>`;
  }

  #renderQuestion(run: Run): TemplateResult {
    const id = run.ids[run.index]!;
    const answered = !!run.answers[id];
    const last = run.index === run.ids.length - 1;
    const n = run.index + 1;
    return html`<section part="question" aria-label="Question ${n} of ${run.ids.length}">
      <div class="progress muted" part="progress">
        <span id="progress-label">Question ${n} of ${run.ids.length}</span>
        <progress max=${run.ids.length} value=${n} aria-labelledby="progress-label"></progress>
      </div>
      ${this.#runSettings !== this.#settings()
        ? html`<p class="notice">The quiz settings changed. This run carries on;
            <button part="button" @click=${() => this.start()}>Restart with new settings</button></p>`
        : nothing}
      <quiz-question-card question=${id} mode=${run.mode} no-retry heading-level=${this.#level + 1}
        time-limit=${this.timeLimit || nothing} feedback-endpoint=${this.feedbackEndpoint ?? nothing}
        feedback-credentials=${this.feedbackCredentials ?? nothing} feedback-timeout=${this.feedbackTimeout ?? nothing}
        .feedbackProvider=${this.feedbackProvider}
        .saved=${run.answers[id]} @quiz-answer=${this.#handleAnswer}></quiz-question-card>
      <nav class="actions" part="nav" aria-label="Questions">
        <button part="button" ?disabled=${run.index === 0} @click=${() => this.#goTo(run.index - 1)}>Back</button>
        ${answered
          ? html`<button class="primary" part="button" @click=${() => this.#goTo(run.index + 1)}>${last ? 'Finish' : 'Next'}</button>`
          : html`<button part="button" @click=${() => this.#goTo(run.index + 1)}>${last ? 'Skip and finish' : 'Skip'}</button>`}
      </nav>
    </section>`;
  }

  /** Opens the summary's explanations, so that a printed report shows them. */
  #beforePrint = (): void => summary?.openDetails(this.renderRoot);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
  }

  #renderSummary(bank: IndexedBank, run: Run, result: QuizCompleteDetail): TemplateResult {
    if (this.#summaryError) return alert('Results unavailable.', this.#summaryError, () => this.#showSummary());
    if (!summary) return html`<p id="summary-loading" aria-busy="true" tabindex="-1">Preparing your results…</p>`;
    return summary.renderSummary({
      bank,
      run,
      result,
      pass: this.#passMark,
      level: this.#level,
      copied: this.copied,
      heading: (id, text, level) => this.#heading(id, text, level),
      start: (ids, mode) => this.start(ids, mode),
      copiedReport: (text, manual) => {
        if (!manual) this.announcement = 'Report copied.';
        else if (!text) fire(this, 'quiz-error', { message: 'The report could not be prepared for copying.', source: 'report' });
        if (manual) {
          this.copied = text;
          void this.#focusOn('#report-text');
        }
      },
    });
  }

  override render(): TemplateResult {
    const state = this.#bank.state;
    const status = bankStatus(state, 'Quiz', this.#bank.fromProvider, () => this.#bank.retry());
    if (status || state.status !== 'ready') return status!;
    const run = this.run;
    return html`<div class="box">
      ${run?.finishedAt && this.#result
        ? this.#renderSummary(state.bank, run, this.#result)
        : run
          ? this.#renderQuestion(run)
          : this.#renderStart(state)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

if (canDefine('quiz-runner')) customElements.define('quiz-runner', QuizRunner);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-runner': QuizRunner;
  }
}
