// <quiz-question-card>: one question from a bank, as a flashcard (practice), an auto-graded
// check (quiz) or a timed question with feedback on the typed answer (interview).

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { gradeCheck, isMultipleChoice, type CheckResult } from '../../core/check.js';
import type { AnswerFeedback } from '../../core/grader.js';
import type { ProgressStore } from '../../core/progress-store.js';
import { ratingLabel, RATINGS, type Rating } from '../../core/rating.js';
import type { FeedbackProvider } from '../../core/remote-feedback.js';
import { ratingForCheck, ratingForScore } from '../../core/scheduler.js';
import { BankController } from '../../controllers/bank-controller.js';
import type { Countdown } from '../../controllers/countdown.js';
import type { IndexedBank, Question } from '../../data/types.js';
import { canDefine } from '../../define.js';
import { fire, type QuizAnswerDetail, type QuizMode } from '../../events.js';
import { loadChunk, type ChunkModule } from '../../internal/lazy.js';
import { baseStyles } from '../shared/base.styles.js';
import { markdown, markdownInline } from '../shared/markdown.js';
import { alert, bankStatus } from '../shared/states.js';
import type { BankState } from '../../context.js';
import { cardStyles } from './question-card.styles.js';
import type { ProgressStorage } from '../../data/progress-storage.js';

// The types this element's API names, for tools that import them from the element's module.
export type { ProgressStorage } from '../../data/progress-storage.js';
export type { FeedbackProvider } from '../../core/remote-feedback.js';
export type { QuizAnswerDetail, QuizErrorDetail, QuizMode } from '../../events.js';

type Ready = Extract<BankState, { status: 'ready' }>;

let nextId = 0;


/**
 * One question from a bank, e.g. in the middle of a blog post. In `practice` mode it is a
 * flashcard: the prompt, "why interviewers ask this" on demand, an optional typed answer,
 * "Show answer" with the model answer, key points and feedback on the typed answer, then a
 * self-rating. In `quiz` mode it is the question's auto-graded check. In `interview` mode the
 * learner types an answer, optionally against a countdown (`time-limit`), submits it, and gets
 * feedback on which key points it covered — offline, or from the page's own service
 * (`feedback-endpoint` or the `feedbackProvider` property), falling back to offline feedback
 * with a note when that service fails.
 *
 * The bank comes from `src`, else an enclosing `<quiz-bank>`, else an inline
 * `<script type="application/json">` child, else the bundled ML interview bank.
 *
 * @tagname quiz-question-card
 * @summary A single interview question: a flashcard, an auto-graded check, or a mock-interview answer with feedback.
 *
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - The learner checked an answer (quiz), rated themselves (practice) or submitted an answer (interview).
 * @fires {CustomEvent<QuizErrorDetail>} quiz-error - The bank could not be loaded (or did not arrive within `load-timeout`; a Retry button loads it again), the question id is not in it, the feedback service or its client failed (offline feedback is shown instead), or the countdown or offline grader could not load (the answer is still recorded).
 *
 * @csspart card - The card's outer box.
 * @csspart meta - The topic and difficulty line.
 * @csspart prompt - The question.
 * @csspart why - The "why interviewers ask this" disclosure.
 * @csspart answer-input - The textarea for a typed answer.
 * @csspart timer - The countdown (interview mode with `time-limit`).
 * @csspart verdict - The one-line verdict on a typed answer.
 * @csspart issues - The list of claims in a typed answer that look wrong, with what to fix.
 * @csspart button - Every action button.
 * @csspart answer - The revealed model answer, key points and feedback.
 * @csspart key-points - The list of key points.
 * @csspart rating - The self-rating group.
 * @csspart check - The auto-graded check (quiz mode).
 * @csspart choice - One choice of the check.
 * @csspart feedback - The feedback under a choice once checked.
 * @csspart explanation - The explanation shown after checking.
 * @csspart error - The error message.
 * @csspart loading - The loading message.
 *
 * @cssprop --quiz-color-text - Text colour.
 * @cssprop --quiz-color-bg - Card background.
 * @cssprop --quiz-color-surface - Background of panels and code.
 * @cssprop --quiz-color-muted - Secondary text.
 * @cssprop --quiz-color-border - Borders.
 * @cssprop --quiz-color-accent - Links, primary buttons and selection.
 * @cssprop --quiz-color-on-accent - Text on the accent colour.
 * @cssprop --quiz-color-correct - Right answers and covered key points.
 * @cssprop --quiz-color-wrong - Wrong answers, missed key points and errors.
 * @cssprop --quiz-color-focus - The focus ring.
 * @cssprop --quiz-radius - Corner radius.
 * @cssprop --quiz-space - Base spacing.
 * @cssprop --quiz-font - Font family.
 *
 * @slot - An optional inline bank: `<script type="application/json">{…}</script>`. Not rendered.
 */
export class QuizQuestionCard extends LitElement {
  static override styles = [baseStyles, cardStyles];

  static override properties = {
    question: { reflect: true },
    mode: { reflect: true },
    src: {},
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    progressStorage: { attribute: false },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noRetry: { type: Boolean, attribute: 'no-retry' },
    timeLimit: { type: Number, attribute: 'time-limit' },
    feedbackEndpoint: { attribute: 'feedback-endpoint' },
    feedbackCredentials: { attribute: 'feedback-credentials' },
    feedbackProvider: { attribute: false },
    feedbackTimeout: { type: Number, attribute: 'feedback-timeout' },
    saved: { attribute: false },
    grading: { state: true },
    revealed: { state: true },
    rating: { state: true },
    picked: { state: true },
    result: { state: true },
    feedback: { state: true },
    notice: { state: true },
    announcement: { state: true },
  };

  /** Id of the question to show, e.g. `precision-vs-recall`. */
  declare question: string;
  /** `practice` (flashcard with self-rating), `quiz` (auto-graded check) or `interview` (typed answer with feedback). */
  declare mode: QuizMode;
  /** URL of a bank JSON file; without it the card uses an enclosing `<quiz-bank>`, an inline bank or the bundled bank. */
  declare src: string | undefined;
  /** Seconds to wait for the bank or for code loaded on demand before showing an error with Retry (default 15). */
  declare loadTimeout: number | undefined;
  /** Where progress is kept instead of `localStorage`: `{ get, set, subscribe? }`, each sync or async (see README, "Keep progress on your server"). */
  declare progressStorage: ProgressStorage | undefined;
  /** `light` or `dark` forces a theme; by default the card follows `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Heading level of the question (1–6), to fit the page's outline; sub-headings use the next level. */
  declare headingLevel: number;
  /** Once checked, an answer is final: no "Try again" (as in a scored quiz run). */
  declare noRetry: boolean;
  /** Interview mode: seconds to answer; a visible countdown, announced at 30 s and 0 s. Nothing is submitted for the learner. */
  declare timeLimit: number;
  /** URL that gets `POST {question, answer}` (JSON) and answers `{score: 0-1, points?: boolean[], comment?}`. */
  declare feedbackEndpoint: string | undefined;
  /** Credentials sent to `feedback-endpoint`: `omit` (default), `same-origin` or `include`. */
  declare feedbackCredentials: RequestCredentials | undefined;
  /** The page's own grader: `(request, signal) => Promise<{score, points?, comment?}>`; takes precedence over `feedback-endpoint`. */
  declare feedbackProvider: FeedbackProvider | undefined;
  /** Seconds to wait for the feedback service before falling back to offline feedback. */
  declare feedbackTimeout: number;
  /** A previous answer to show again (the detail of its `quiz-answer`), e.g. when going back in a run. */
  declare saved: QuizAnswerDetail | undefined;

  private declare revealed: boolean;
  /** What the learner typed; not reactive, so typing does not re-render the card. */
  private typed = '';
  private declare rating: Rating | undefined;
  private declare picked: number[];
  private declare result: CheckResult | undefined;
  private declare feedback: AnswerFeedback | undefined;
  private declare notice: string;
  private declare announcement: string;
  private declare grading: boolean;

  readonly #bank = new BankController(this, (state) => state.status === 'ready' && this.#restore());
  readonly #uid = `qc${++nextId}`;
  #shownAt = performance.now();
  /** The interview countdown, loaded with the first timed question. */
  #countdown: Countdown | undefined;
  /** The last answer this card reported: a runner hands it back as `saved`, which changes nothing. */
  #lastAnswer: QuizAnswerDetail | undefined;
  /** The question an error was last reported for, so that each problem fires quiz-error once. */
  #reportedMissing = '';

  constructor() {
    super();
    this.question = '';
    this.mode = 'practice';
    this.headingLevel = 3;
    this.noRetry = false;
    this.timeLimit = 0;
    this.feedbackTimeout = 10;
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new `saved` that is the answer just given here (echoed back by a runner) changes nothing.
    const newSaved = changed.has('saved') && this.saved !== this.#lastAnswer;
    if (changed.has('question') || changed.has('mode') || newSaved) {
      this.reset();
      this.#restore();
      if (this.mode === 'interview' && this.timeLimit > 0 && !this.revealed) void this.#startCountdown();
    }
  }

  /** Shows `saved` again, if it answers this question and the bank is loaded. */
  #restore(): void {
    const saved = this.saved;
    const state = this.#bank.state;
    const q = state.status === 'ready' ? this.#findQuestion(state.bank) : undefined;
    if (!q || saved?.questionId !== q.id) return;
    if (Array.isArray(saved.response)) {
      if (!q.check) return;
      this.picked = saved.response;
      this.result = gradeCheck(q.check, saved.response);
    } else {
      this.typed = saved.response;
      this.rating = saved.rating;
      void this.#reveal(q, false);
    }
  }

  async #startCountdown(): Promise<void> {
    let Countdown: ChunkModule<'countdown'>['Countdown'];
    try {
      ({ Countdown } = await loadChunk('countdown', this.loadTimeout));
    } catch (e) {
      // Without its clock the question still works: the learner answers at their own pace.
      this.notice = `The countdown could not load (${(e as Error).message}); take the time you need.`;
      fire(this, 'quiz-error', { message: this.notice, source: 'countdown' });
      return;
    }
    this.#countdown ??= new Countdown(this, (text) => (this.announcement = text));
    if (!this.revealed) this.#countdown.start(this.timeLimit);
    this.requestUpdate();
  }

  /** Moves focus to the question's heading (as a run does on every new question). */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#prompt');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  protected override updated(): void {
    const state = this.#bank.state;
    if (state.status !== 'ready') return;
    const key = `${state.bank.source}#${this.question}`;
    if (!this.#findQuestion(state.bank) && this.#reportedMissing !== key) {
      this.#reportedMissing = key;
      fire(this, 'quiz-error', { message: this.#missingMessage(state.bank), source: state.bank.source });
    }
  }

  /**
   * Back to the unanswered state, keeping nothing from the previous question.
   * @internal The card calls it itself when `question`, `mode` or `saved` changes.
   */
  reset(): void {
    this.revealed = false;
    this.typed = '';
    this.rating = undefined;
    this.picked = [];
    this.result = undefined;
    this.feedback = undefined;
    this.notice = '';
    this.announcement = '';
    this.grading = false;
    this.#countdown?.stop();
    this.#shownAt = performance.now();
  }

  #findQuestion(bank: IndexedBank): Question | undefined {
    return bank.questionsById.get(this.question.trim());
  }

  #missingMessage(bank: IndexedBank): string {
    const id = this.question.trim();
    const name = `"${bank.bank.title}"${bank.bank.id ? ` (${bank.bank.id})` : ''}`;
    return id
      ? `Question "${id}" is not in the bank ${name} from ${bank.source}.`
      : `No question chosen: set the question attribute to a question id of the bank ${name}.`;
  }

  get #progress(): ProgressStore | undefined {
    const state = this.#bank.state;
    return state.status === 'ready' ? state.store : undefined;
  }

  get #level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  #answerDetail(q: Question, extra: Partial<QuizAnswerDetail> & Pick<QuizAnswerDetail, 'score' | 'maxScore' | 'response'>): QuizAnswerDetail {
    const mode = this.mode === 'quiz' && !q.check ? 'practice' : this.mode;
    return (this.#lastAnswer = { questionId: q.id, mode, elapsedMs: Math.round(performance.now() - this.#shownAt), ...extra });
  }

  async #focusPart(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #handleInput(e: Event): void {
    this.typed = (e.target as HTMLTextAreaElement).value;
  }

  /**
   * Shows the answer and grades the typed one: with the page's feedback service when one is set
   * (and `remote`), else offline. The grader and the service client load on first use.
   */
  async #reveal(q: Question, remote = true): Promise<void> {
    this.revealed = true;
    this.#countdown?.stop();
    const typed = this.typed;
    const keyPoints = q.keyPoints ?? [];
    if (!typed.trim() || !keyPoints.length) return;
    this.grading = true;
    let feedback: AnswerFeedback | undefined;
    let fallback: string | undefined;
    if (remote && (this.feedbackProvider || this.feedbackEndpoint)) {
      try {
        const { endpointProvider, requestFeedback } = await loadChunk('feedback client', this.loadTimeout);
        const provider = this.feedbackProvider ?? endpointProvider(this.feedbackEndpoint!, this.feedbackCredentials);
        const result = await requestFeedback(provider, q, typed, this.feedbackTimeout);
        if (typeof result === 'string') fallback = result;
        else feedback = result;
      } catch (e) {
        // The service cannot be asked without its client: offline feedback, as when it fails.
        fallback = (e as Error).message;
      }
      if (fallback) fire(this, 'quiz-error', { message: `Offline feedback was used: ${fallback}`, source: this.feedbackEndpoint ?? 'feedbackProvider' });
    }
    if (!feedback) {
      try {
        const { gradeAnswer } = await loadChunk('grader', this.loadTimeout);
        const bank = this.#bank.state;
        const language = bank.status === 'ready' ? bank.bank.bank.language : undefined;
        feedback = { ...gradeAnswer(typed, q, { language }), ...(fallback && { fallback }) };
      } catch (e) {
        this.notice = `Feedback on your answer could not load (${(e as Error).message}); compare it with the model answer.`;
        fire(this, 'quiz-error', { message: this.notice, source: 'grader' });
      }
    }
    // The learner may have moved on (reset() took care of that) or edited the answer meanwhile:
    // feedback on text they no longer have would mislead.
    const state = this.#bank.state;
    if (state.status !== 'ready' || this.#findQuestion(state.bank) !== q || !this.revealed) return;
    this.grading = false;
    if (this.typed === typed) this.feedback = feedback;
  }

  async #handleReveal(q: Question): Promise<void> {
    const typed = this.typed;
    this.announcement = typed.trim() ? 'Checking your answer…' : 'Answer shown.';
    void this.#focusPart('#answer-heading');
    await this.#reveal(q);
    // Whatever happened, the live region no longer says "Checking your answer…".
    if (this.feedback) this.announcement = `Answer shown. ${this.feedback.verdict}`;
    else if (this.announcement === 'Checking your answer…') this.announcement = 'Answer shown. Feedback on your answer is unavailable.';
  }

  async #handleSubmit(q: Question): Promise<void> {
    if (!this.typed.trim()) {
      this.notice = 'Type your answer first.';
      return;
    }
    this.notice = '';
    await this.#handleReveal(q);
    const fb = this.feedback;
    const maxScore = q.keyPoints?.length ?? 0;
    const score = fb?.score ?? 0;
    void this.#progress?.record(q.id, score / (maxScore || 1) >= 0.6, ratingForScore(score / (maxScore || 1)));
    fire(this, 'quiz-answer', this.#answerDetail(q, { score, maxScore, response: this.typed, points: fb?.points.map((p) => p.covered) }));
  }

  #handleRate(q: Question, rating: Rating): void {
    this.rating = rating;
    void this.#progress?.record(q.id, rating === 'good' || rating === 'easy', rating);
    this.announcement = `Rated ${ratingLabel(rating)}.`;
    const feedback = this.feedback;
    fire(this, 'quiz-answer', this.#answerDetail(q, {
      score: feedback?.score ?? 0,
      maxScore: q.keyPoints?.length ?? 0,
      response: this.typed,
      rating,
    }));
  }

  #handlePick(index: number, multiple: boolean, checked: boolean): void {
    this.notice = '';
    if (!multiple) this.picked = [index];
    else this.picked = checked ? [...this.picked, index].sort((a, b) => a - b) : this.picked.filter((i) => i !== index);
  }

  #handleCheck(q: Question): void {
    if (!q.check) return;
    if (this.picked.length === 0) {
      this.notice = isMultipleChoice(q.check) ? 'Choose at least one answer first.' : 'Choose an answer first.';
      return;
    }
    this.result = gradeCheck(q.check, this.picked);
    void this.#progress?.record(q.id, this.result.correct, ratingForCheck(this.result.correct));
    this.announcement = this.result.correct ? 'Correct.' : 'Not quite.';
    fire(this, 'quiz-answer', this.#answerDetail(q, {
      correct: this.result.correct,
      score: this.result.score,
      maxScore: this.result.maxScore,
      response: [...this.picked],
    }));
    void this.#focusPart('#result');
  }

  #handleRetry(): void {
    this.result = undefined;
    this.picked = [];
    this.announcement = '';
    this.#shownAt = performance.now();
    void this.#focusPart('input');
  }

  #renderHeading(id: string, text: unknown, level: number, cls: string, part = ''): TemplateResult {
    return html`<div id=${id} class=${cls} part=${part || nothing} role="heading" aria-level=${Math.min(6, level)} tabindex="-1">${text}</div>`;
  }

  #renderMeta(bank: IndexedBank, q: Question): TemplateResult {
    const topic = bank.topicsById.get(q.topic);
    return html`<p class="meta muted" part="meta">
      ${topic ? html`<span>${topic.title}</span>` : nothing}
      ${q.difficulty ? html`<span class="badge">${q.difficulty}<span class="visually-hidden"> difficulty</span></span>` : nothing}
    </p>`;
  }

  /** Practice and interview: a typed answer, then the model answer, key points and feedback. */
  #renderTyped(q: Question): TemplateResult {
    const sub = this.#level + 1;
    const interview = this.mode === 'interview';
    return html`
      ${interview && !this.revealed ? this.#countdown?.render() : nothing}
      <div>
        <label for="${this.#uid}-answer">Your answer${interview ? '' : ' (optional)'}</label>
        <textarea id="${this.#uid}-answer" part="answer-input" .value=${this.typed} @input=${this.#handleInput}
          ?readonly=${interview && this.revealed}></textarea>
      </div>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
      ${this.revealed
        ? html`<section class="panel" part="answer" aria-labelledby="answer-heading" aria-busy=${this.grading}>
              ${this.#renderHeading('answer-heading', interview ? 'Feedback' : 'Model answer', sub, 'sub')}
              ${interview ? this.#renderKeyPoints(q, sub) : nothing}
              ${interview ? this.#renderHeading('model-heading', 'Model answer', sub, 'sub') : nothing}
              ${q.answer ? markdown(q.answer) : html`<p>This question has no model answer yet.</p>`}
              ${interview ? nothing : this.#renderKeyPoints(q, sub)}
            </section>
            ${interview ? nothing : this.#renderRating(q)}`
        : html`<div class="actions">
            ${interview
              ? html`<button class="primary" part="button" @click=${() => this.#handleSubmit(q)}>Submit answer</button>`
              : html`<button class="primary" part="button" @click=${() => this.#handleReveal(q)}>Show answer</button>`}
          </div>`}
    `;
  }

  #renderKeyPoints(q: Question, level: number): unknown {
    if (!q.keyPoints?.length) return nothing;
    const fb = this.feedback;
    return html`
      ${this.#renderHeading('points-heading', 'Key points', level, 'sub')}
      ${this.grading ? html`<p class="muted">Checking your answer…</p>` : nothing}
      ${fb
        ? html`<p part="verdict">${fb.verdict}</p>
            ${fb.fallback ? html`<p class="notice" role="alert">Offline feedback: ${fb.fallback}.</p>` : nothing}
            ${this.#renderIssues(fb)}`
        : nothing}
      <ul class="list points" part="key-points" aria-labelledby="points-heading">
        ${q.keyPoints.map((kp, i) => {
          const point = fb?.points[i];
          return html`<li>
            ${point
              ? html`<span class="mark ${point.covered ? 'ok' : 'bad'}" aria-hidden="true">${point.covered ? '✓' : '✗'}</span>`
              : html`<span class="mark" aria-hidden="true">•</span>`}
            <span>
              ${point ? html`<span class="visually-hidden">${point.covered ? 'Covered: ' : 'Missed: '}</span>` : nothing}
              ${markdownInline(kp.point)}
              ${point?.covered
                ? html`<span class="matched muted">You said: ${point.evidence.map((w, k) => html`${k ? ', ' : ''}<mark>${w}</mark>`)}</span>`
                : point?.denied?.length
                  ? html`<span class="matched muted">Looked denied: ${point.denied.map((w, k) => html`${k ? ', ' : ''}<mark>${w}</mark>`)}</span>`
                  : nothing}
            </span>
          </li>`;
        })}
      </ul>`;
  }

  /** Claims that look wrong (a listed misconception, a swapped subject), each with the learner's words. */
  #renderIssues(fb: AnswerFeedback): unknown {
    if (!fb.issues?.length) return nothing;
    return html`<ul class="list issues" part="issues" aria-label="Claims to check">
      ${fb.issues.map((issue) => html`<li><span class="mark bad" aria-hidden="true">!</span>
        <span>${issue.message} <span class="matched muted">You said: <mark>${issue.evidence}</mark></span></span></li>`)}
    </ul>`;
  }

  #renderRating(q: Question): TemplateResult {
    return html`<fieldset part="rating">
      <legend>How well did you know this?</legend>
      <div class="actions">
        ${RATINGS.map(
          (r) => html`<button part="button" aria-pressed=${this.rating === r ? 'true' : 'false'} @click=${() => this.#handleRate(q, r)}>
            ${ratingLabel(r)}
          </button>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderQuiz(q: Question & { check: NonNullable<Question['check']> }): TemplateResult {
    const check = q.check;
    const multiple = isMultipleChoice(check);
    const result = this.result;
    const legendId = `${this.#uid}-legend`;
    // A check without its own prompt asks the question's: the legend still names the group for
    // screen readers, but is not shown twice under the heading that already shows it.
    return html`
      <fieldset part="check" aria-describedby="${this.#uid}-hint">
        <legend id=${legendId} class=${check.prompt ? nothing : 'visually-hidden'}>${markdownInline(check.prompt ?? q.prompt)}</legend>
        <p class="hint" id="${this.#uid}-hint">${multiple ? 'Choose all that apply.' : 'Choose one answer.'}</p>
        <ul class="list" role="list">
          ${check.choices.map((choice, i) => {
            const outcome = result?.outcomes[i];
            const id = `${this.#uid}-c${i}`;
            return html`<li class="choice ${outcome ?? ''}" part="choice">
              <label for=${id}>
                <input id=${id} type=${multiple ? 'checkbox' : 'radio'} name="${this.#uid}-choice"
                  .checked=${this.picked.includes(i)} ?disabled=${!!result}
                  aria-describedby=${outcome ? `${id}-fb` : nothing}
                  @change=${(e: Event) => this.#handlePick(i, multiple, (e.target as HTMLInputElement).checked)} />
                <span>${markdownInline(choice.text)}</span>
              </label>
              ${outcome ? this.#renderChoiceFeedback(`${id}-fb`, outcome, choice.feedback, multiple) : nothing}
            </li>`;
          })}
        </ul>
      </fieldset>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
      ${result
        ? html`<section class="panel" part="explanation" aria-labelledby="result">
              ${this.#renderHeading('result', result.correct ? '✓ Correct' : '✗ Not quite', this.#level + 1, `sub ${result.correct ? 'ok' : 'bad'}`)}
              ${check.explanation ? markdown(check.explanation) : nothing}
            </section>
            ${this.noRetry ? nothing : html`<div class="actions"><button part="button" @click=${this.#handleRetry}>Try again</button></div>`}`
        : html`<div class="actions"><button class="primary" part="button" @click=${() => this.#handleCheck(q)}>Check</button></div>`}
    `;
  }

  #renderChoiceFeedback(id: string, outcome: CheckResult['outcomes'][number], feedback: string | undefined, multiple: boolean): TemplateResult {
    // With one right answer, the one the learner missed was *the* answer, not "also" right.
    const missed = multiple ? 'This one was also right.' : 'This was the right answer.';
    const label = outcome === 'picked-correct' ? '✓ Right choice.' : outcome === 'picked-wrong' ? '✗ Not this one.' : outcome === 'missed-correct' ? missed : '';
    return html`<p class="feedback" part="feedback" id=${id}>
      ${label ? html`<span class="outcome ${outcome === 'picked-wrong' ? 'bad' : 'ok'}">${label}</span> ` : nothing}${markdownInline(feedback)}
    </p>`;
  }

  #renderBody(bank: IndexedBank): TemplateResult {
    const q = this.#findQuestion(bank);
    if (!q) return alert('Question unavailable.', this.#missingMessage(bank));
    const quiz = this.mode === 'quiz' && q.check;
    return html`<article class="box" part="card" aria-labelledby="prompt">
      ${this.#renderMeta(bank, q)}
      ${this.#renderHeading('prompt', markdownInline(q.prompt), this.#level, 'heading', 'prompt')}
      ${q.why
        ? html`<details part="why"><summary>Why interviewers ask this</summary>${markdown(q.why)}</details>`
        : nothing}
      ${this.mode === 'quiz' && !q.check
        ? html`<p class="notice">No auto-graded check for this question: here it is as a flashcard.</p>`
        : nothing}
      ${quiz ? this.#renderQuiz(q as Question & { check: NonNullable<Question['check']> }) : this.#renderTyped(q)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </article>`;
  }

  override render(): TemplateResult {
    const state = this.#bank.state;
    return bankStatus(state, 'Question', this.#bank.fromProvider, () => this.#bank.retry()) ?? this.#renderBody((state as Ready).bank);
  }
}

if (canDefine('quiz-question-card')) customElements.define('quiz-question-card', QuizQuestionCard);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-question-card': QuizQuestionCard;
  }
}
