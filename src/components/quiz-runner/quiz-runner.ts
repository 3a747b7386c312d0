// <quiz-runner>: a whole session — start screen, one question at a time, and a summary.

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedbackProvider } from '../../core/remote-feedback.js';
import { toQuizMode } from '../../core/model.js';
import { RUN_SETTINGS, type Run } from '../../core/run.js';
import { DEFAULT_HEADING_LEVEL, DEFAULT_PASS_MARK, headingLevel, passMark } from '../../core/settings.js';
import { BankController, HANDED } from '../../controllers/bank-controller.js';
import { provideOnRequest } from '../../controllers/lazy-provider.js';
import { LocalizeController } from '../../controllers/localize.js';
import { RunController, type ReadyBank } from '../../controllers/run-controller.js';
import type { BankState } from '../../context.js';
import type { IndexedBank } from '../../data/types.js';
import { canDefine } from '../../define.js';
import type { QuizAnswerDetail, QuizMode } from '../../events.js';
import { interviewIds, runnerEnglish } from '../../i18n/locales/en/runner.js';
import { knownElsewhere } from '../../i18n/translate.js';
import { ReportController } from '../../lms/report-controller.js';
import { baseStyles } from '../shared/base.styles.js';
import { contentStyles } from '../shared/content.styles.js';
import { QuizElement } from '../shared/quiz-element.js';
import { alert, bankStatus } from '../shared/states.js';
import { listChanged, listConverter, type TopicList } from '../shared/list.js';
import '../question-card/question-card.js';
import type { QuizQuestionCard } from '../question-card/question-card.js';
import type { RestartDetail } from './run-summary.js';
import { runnerStyles } from './quiz-runner.styles.js';
import { heading } from '../shared/heading.js';
import { numberAttribute } from '../shared/number-attribute.js';
import { SummaryLoader } from './summary-loader.js';

// The types this element's API names, for tools that import them from the element's module.
export type { ProgressStorage } from '../../data/progress-storage.js';
export type { FeedbackProvider } from '../../core/remote-feedback.js';
export type { QuizAnswerDetail, QuizCompleteDetail, QuizErrorDetail, QuizMode, QuizStartDetail } from '../../events.js';
export type { TopicList } from '../shared/list.js';
export type { Strings } from '../../i18n/messages.js';

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
 * `id` and attributes: two runners with the same attributes on one page need ids), with what
 * the learner typed and has not submitted yet. Attributes or a bank (`src`, an enclosing
 * `<quiz-bank>`) changed mid-run apply from the next run: the run carries on with its questions
 * and offers "Restart with new settings" (or questions); after a finished run, the start screen
 * for the new settings shows. Put a `<quiz-topic-picker>` inside the runner, or point one at it
 * with `for`, to choose topics.
 *
 * The UI language is the runner's `lang`, else the nearest ancestor's, else the bank's
 * `language`, else English; the cards and the summary inside speak the same. `strings`
 * overrides any message, the cards' too (it is handed on to them).
 *
 * @tagname quiz-runner
 * @summary A whole quiz, flashcard or mock-interview session with progress, navigation and a summary.
 *
 * @fires {CustomEvent<QuizStartDetail>} quiz-start - A run started: `detail.questionIds`, `mode`, `topics`.
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - The learner answered a question (from the question card inside).
 * @fires {CustomEvent<QuizCompleteDetail>} quiz-complete - The run finished: score, percent, passed, duration, answers and results per topic.
 * @fires {CustomEvent<QuizErrorDetail>} quiz-error - The bank could not be loaded or did not arrive within `load-timeout` (`source`: its URL, the inline script or `bundled`); `topics` names no topic of the bank or no question matches (`topics`); the summary screen could not load or did not arrive within `load-timeout` (`summary`; a Retry button tries again); the code that reads back an unfinished run could not load (`restore`; a Retry button tries again, the run stays saved); the report could not be prepared for copying (`report`); or the question card inside reported a problem (feedback service, grader); or, with `report`, no LMS was found, the LMS or LRS refused something (with its own diagnostic), or the reporter's code could not load (`scorm`, `xapi`, `report`).
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
 *
 * @slot - Shown on the start screen, e.g. a `<quiz-topic-picker>` (it then sets this runner's topics).
 */
export class QuizRunner extends QuizElement {
  static override styles = [baseStyles, contentStyles, runnerStyles];

  static override properties = {
    topics: { converter: listConverter, hasChanged: listChanged },
    topicsParam: { attribute: 'topics-param' },
    count: { converter: numberAttribute('count') },
    mode: { reflect: true },
    shuffle: { type: Boolean },
    seed: {},
    pass: { converter: numberAttribute('pass') },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeLimit: { attribute: 'time-limit', converter: numberAttribute('time-limit') },
    timerHidden: { type: Boolean, attribute: 'timer-hidden' },
    feedbackEndpoint: { attribute: 'feedback-endpoint' },
    feedbackCredentials: { attribute: 'feedback-credentials' },
    feedbackProvider: { attribute: false },
    feedbackTimeout: { type: Number, attribute: 'feedback-timeout' },
    report: {},
    xapiEndpoint: { attribute: 'xapi-endpoint' },
    xapiAuth: { attribute: 'xapi-auth' },
    xapiActor: { attribute: 'xapi-actor' },
    announcement: { state: true },
  };

  /** Topic ids to draw questions from: comma-separated (`evaluation,trees`) or an array; empty means all topics. */
  declare topics: TopicList;
  /**
   * A query parameter of the page's address that sets `topics` when the address has it:
   * `topics-param="topic"` on `/practice?topic=evaluation` runs that topic. This is how a course
   * page's `<quiz-topic-picker href="/practice?topic={topic}">` hands a topic to a practice page,
   * without script. Several values (`?topic=a&topic=b`, or `?topic=a,b`) are several topics.
   */
  declare topicsParam: string | undefined;
  /** Number of questions per run; 0 means all that match; one that is not a number from 0 means the default, 10. */
  declare count: number;
  /**
   * `quiz` (auto-graded checks), `practice` (flashcards, due cards first) or `interview` (typed
   * answers with feedback), in any case; another value means `quiz`, with a console warning.
   */
  declare mode: QuizMode;
  /** Shuffle the questions (with `seed`, in the same order every time). */
  declare shuffle: boolean;
  /** Seed for `shuffle`: the same seed gives the same order in every browser. */
  declare seed: string | undefined;
  /** Pass mark in percent, from 0 to 100 (`80` or `80%`); default 70. */
  declare pass: number;
  /** Heading level of the runner's title (1–6); questions use the next level. */
  declare headingLevel: number;
  /** Interview mode: seconds per question (`120`, `120s` or `2:00`), shown as a countdown; nothing is submitted for the learner. */
  declare timeLimit: number;
  /** Interview mode with `time-limit`: the countdown starts hidden (see `<quiz-question-card>`); what the learner chooses with "Hide timer" / "Show timer" holds for the next questions. */
  declare timerHidden: boolean;
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

  /** What the live region says. */
  declare private announcement: string;

  /** The runner's own bank. */
  readonly #banks: BankController = new BankController(this, () => this.#announceChange());
  readonly #runs: RunController = new RunController(
    this,
    () => this.#banks.state,
    () => this.#moved(),
  );
  readonly #summary = new SummaryLoader(this);
  readonly #l10n = new LocalizeController(this, {
    english: runnerEnglish,
    bankLanguage: () => (this.#runs.bound ?? (this.#banks.state.status === 'ready' ? this.#banks.state : undefined))?.bank.bank.language,
  });

  constructor() {
    super();
    this.topics = '';
    this.count = 10;
    this.mode = 'quiz';
    this.shuffle = false;
    this.pass = DEFAULT_PASS_MARK;
    this.headingLevel = DEFAULT_HEADING_LEVEL.runner;
    this.timeLimit = 0;
    this.timerHidden = false;
    this.announcement = '';
    // `report`: loads and attaches the LMS reporter, which listens to this runner's events.
    new ReportController(this);
    // The elements inside (a <quiz-topic-picker>) get the bank of the run in progress, else the
    // runner's, by context; its provider's code loads only once one of them asks.
    provideOnRequest(this, () => this.#handed);
  }

  /** The bank the runner hands on: its run's while a run is in progress, whatever became of its own meanwhile. */
  get #handed(): BankState {
    return this.#runs.pinned ?? this.#banks.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.mode = toQuizMode(this.mode, 'quiz');
    if (changed.has('topicsParam') && this.topicsParam) {
      const fromAddress = new URLSearchParams(location.search).getAll(this.topicsParam).join();
      if (fromAddress) {
        this.topics = fromAddress;
        // The pickers that drive this runner start from these topics too, whenever their code came.
        const pickers: Element[] = [...this.querySelectorAll('quiz-topic-picker')];
        if (this.id)
          pickers.push(...(this.getRootNode() as ParentNode).querySelectorAll(`quiz-topic-picker[for="${CSS.escape(this.id)}"]`));
        for (const picker of pickers) picker.setAttribute('selected', fromAddress);
      }
    }
    // As HTML reads its own numbers: a count that is not one (or is negative) means the default.
    if (!(this.count >= 0)) this.count = 10;
    if (RUN_SETTINGS.some((p) => changed.has(p))) {
      this.#runs.settingsChanged();
      this.#announceChange();
    }
  }

  get #level(): number {
    return headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL.runner);
  }

  /** The notice with "Restart with new …" appears mid-run: say so to screen readers too. */
  #announceChange(): void {
    const what = this.#runs.changed;
    if (what) this.announcement = this.#l10n.t(what === 'settings' ? 'runner.settingsChangedAnnounce' : 'runner.questionsChangedAnnounce');
  }

  /** Focuses `selector` once it is rendered (a question card, once it has rendered too). */
  async #focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    await (target as Partial<QuizQuestionCard> | null)?.updateComplete;
    target?.focus();
  }

  /** Starts a run on `ids` (by default the planned questions), in `mode` (by default the runner's). */
  start(ids?: string[], mode: QuizMode = this.mode): void {
    this.#runs.start(ids, mode);
  }

  /** The run started or moved: announce and show the question, or the summary once the run is over. */
  #moved(): void {
    const { run, result: r } = this.#runs;
    const { t } = this.#l10n;
    if (r) {
      this.announcement = t('runner.finished', { score: r.score, total: r.maxScore, percent: r.percent, passed: r.passed });
      return this.#summary.show(run!.mode, () => this.#runs.complete());
    }
    this.#summary.prefetch(run!.mode);
    this.announcement = t('runner.progressAnnounce', { current: run!.index + 1, total: run!.ids.length });
    void this.#focusOn('quiz-question-card');
  }

  #discard(): void {
    this.#runs.discard();
    // The focused "Start over" button goes away: hand focus to Start rather than to <body>.
    void this.#focusOn('[part=start] .primary');
  }

  protected override updated(): void {
    // The card just rendered gets the run's bank from the runner itself, before its first update:
    // it never waits for context (nor loads its code).
    const card = this.renderRoot.querySelector<QuizQuestionCard & { [HANDED]?: (bank: BankState) => void }>('quiz-question-card');
    card?.[HANDED]?.(this.#handed);
    const problem = this.#runs.run ? undefined : this.#runs.problem();
    this.reportOnce('topics', problem ? { message: problem, source: 'topics' } : undefined);
  }

  #renderStart({ bank }: ReadyBank): TemplateResult {
    const runs = this.#runs;
    const planned = runs.plan().length;
    const topics = runs.settings.topics.map((t) => bank.topicsById.get(t)?.title ?? t);
    const { t } = this.#l10n;
    const problem = runs.problem(t);
    const bl = bank.bank.language ?? nothing;
    return html`<section part="start" aria-labelledby="start-heading">
      ${heading('start-heading', html`<span lang=${bl} dir="auto">${bank.bank.title}</span>`, this.#level)}
      <!-- A no-break space before each "·": a line that wraps ends with one rather than starts with it. -->
      <p class="muted">${t(`mode.${this.mode}`)}&nbsp;· ${t('runner.questionCount', { count: planned })}&nbsp;·
        ${topics.length ? html`<span lang=${bl} dir="auto">${topics.join(t('common.comma'))}</span>` : t('runner.allTopics')}</p>
      <slot></slot>
      ${problem ? html`<p class="error" part="error" role="alert">${problem}</p>` : nothing}
      <div class="actions">${this.#renderActions(runs, problem)}</div>
    </section>`;
  }

  /**
   * Start, or Resume and Start over when a run was saved. While the saved run is read back (its
   * code loads on demand) neither shows, so that no click starts afresh over it.
   */
  #renderActions(runs: RunController, problem: string | undefined): TemplateResult {
    const { t } = this.#l10n;
    const saved = runs.resumable;
    if (typeof runs.restoring === 'string') return alert(t('runner.unavailable'), runs.restoring, () => runs.retry(), t('common.retry'));
    if (runs.restoring) return html`<p part="loading" aria-busy="true" tabindex="-1">${t('runner.loading')}</p>`;
    if (!saved)
      return html`<button class="primary" part="button" ?disabled=${!!problem} @click=${() => this.start()}>${t('runner.start')}</button>`;
    return html`<p>${t('runner.unfinished', { answered: Object.keys(saved.answers).length, total: saved.ids.length })}</p>
      <button class="primary" part="button" @click=${() => runs.resume()}>${t('runner.resume')}</button>
      <button part="button" @click=${this.#discard}>${t('runner.startOver')}</button>`;
  }

  #renderQuestion(run: Run): TemplateResult {
    const runs = this.#runs;
    const id = run.ids[run.index]!;
    const last = run.index === run.ids.length - 1;
    const n = run.index + 1;
    const changed = runs.changed;
    const { t } = this.#l10n;
    const progress = t('runner.progress', { current: n, total: run.ids.length });
    // "Question n of N" is the screen's heading at the runner's level (its title's, on the start
    // screen), so that the outline goes on to the question's heading one level down.
    return html`<section part="question" aria-label=${progress}>
      <div class="progress muted" part="progress">
        ${heading('progress-label', progress, this.#level, '')}
        <progress max=${run.ids.length} value=${n} aria-labelledby="progress-label"></progress>
      </div>
      ${
        changed
          ? html`<p class="notice">${t(changed === 'settings' ? 'runner.settingsChanged' : 'runner.questionsChanged')}
            <button part="button" @click=${() => this.start()}>${t(changed === 'settings' ? 'runner.restartNew' : 'runner.restartNewQuestions')}</button></p>`
          : nothing
      }
      <quiz-question-card question=${id} mode=${run.mode} no-retry heading-level=${this.#level + 1} .strings=${this.strings}
        time-limit=${this.timeLimit || nothing} feedback-endpoint=${this.feedbackEndpoint ?? nothing}
        feedback-credentials=${this.feedbackCredentials ?? nothing} feedback-timeout=${this.feedbackTimeout ?? nothing}
        .feedbackProvider=${this.feedbackProvider} .saved=${run.answers[id]} .draft=${run.drafts?.[id]} .timerHidden=${this.timerHidden}
        @input=${(e: Event) => {
          const box = e.composedPath()[0];
          if (box instanceof HTMLTextAreaElement) runs.draft(id, box.value);
        }}
        @timer-toggle=${(e: Event) => (this.timerHidden = (e.target as QuizQuestionCard).timerHidden)}
        @quiz-answer=${(e: CustomEvent<QuizAnswerDetail>) => runs.answer(e.detail)}></quiz-question-card>
      <nav class="actions" part="nav" aria-label=${t('runner.nav')}>
        <button part="button" ?disabled=${run.index === 0} @click=${() => runs.goTo(run.index - 1)}>${t('runner.back')}</button>
        ${
          run.answers[id]
            ? html`<button class="primary" part="button" @click=${() => runs.goTo(run.index + 1)}>${t(last ? 'runner.finish' : 'runner.next')}</button>`
            : html`<button part="button" @click=${() => runs.goTo(run.index + 1)}>${t(last ? 'runner.skipAndFinish' : 'runner.skip')}</button>`
        }
      </nav>
    </section>`;
  }

  #renderSummary(bank: IndexedBank, run: Run): TemplateResult {
    const runs = this.#runs;
    // "Retry missed" and "Practise the weakest topic" ask questions of the summary, from its bank.
    const restart = ({ detail: { ids, mode } }: CustomEvent<RestartDetail>): void => runs.start(ids, mode, ids && runs.bound);
    return this.#summary.render(
      (
        interview,
      ) => html`<quiz-run-summary .bank=${bank} .run=${run} .result=${runs.result} .pass=${passMark(this.pass)} .level=${this.#level}
        .strings=${this.strings} .interview=${interview} @restart=${restart} @announce=${(e: CustomEvent<string>) => (this.announcement = e.detail)}></quiz-run-summary>`,
      this.#l10n.t,
    );
  }

  override render(): TemplateResult {
    const state = this.#banks.state;
    const { t, lang, dir } = this.#l10n;
    const status = bankStatus(state, t, 'runner', this.#banks.fromProvider, () => this.#banks.retry());
    const { run, bound } = this.#runs;
    // A run goes on with the bank it started on, whatever becomes of the runner's bank meanwhile.
    const screen =
      run && bound
        ? html`${state.status === 'error' ? status : nothing}${run.finishedAt ? this.#renderSummary(bound.bank, run) : this.#renderQuestion(run)}`
        : state.status === 'ready' && this.#renderStart(state);
    // The UI text speaks the runner's language; bank text inside says its own (lang, dir="auto").
    if (!screen) return html`<div lang=${lang} dir=${dir}>${status}</div>`;
    return html`<div class="box" lang=${lang} dir=${dir}>
      ${screen}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

// The report's messages come with its chunk: overrides of them are no typos meanwhile.
knownElsewhere(interviewIds);

if (canDefine('quiz-runner')) customElements.define('quiz-runner', QuizRunner);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-runner': QuizRunner;
  }
}
