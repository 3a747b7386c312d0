// <quiz-question-card>: one question from a bank, as a flashcard (practice) or an auto-graded check (quiz).

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { gradeCheck, isMultipleChoice, type CheckResult } from '../../core/check.js';
import { gradeAnswer, type AnswerFeedback } from '../../core/grader.js';
import type { ProgressStore } from '../../core/progress-store.js';
import { ratingLabel, RATINGS, type Rating } from '../../core/rating.js';
import { ratingForCheck } from '../../core/scheduler.js';
import { BankController } from '../../controllers/bank-controller.js';
import type { IndexedBank, Question } from '../../data/types.js';
import { define } from '../../define.js';
import { fire, type QuizAnswerDetail } from '../../events.js';
import { baseStyles } from '../shared/base.styles.js';
import { markdown, markdownInline } from '../shared/markdown.js';
import { alert, bankStatus } from '../shared/states.js';
import type { BankState } from '../../context.js';

type Ready = Extract<BankState, { status: 'ready' }>;
import { cardStyles } from './question-card.styles.js';

let nextId = 0;

/**
 * One question from a bank, e.g. in the middle of a blog post. In `practice` mode it is a
 * flashcard: the prompt, "why interviewers ask this" on demand, an optional typed answer,
 * "Show answer" with the model answer, key points and feedback on the typed answer, then a
 * self-rating. In `quiz` mode it is the question's auto-graded check.
 *
 * The bank comes from `src`, else an enclosing `<quiz-bank>`, else an inline
 * `<script type="application/json">` child, else the bundled ML interview bank.
 *
 * @tagname quiz-question-card
 * @summary A single interview question: flashcard or auto-graded check.
 *
 * @fires quiz-answer - The learner checked an answer (quiz) or rated themselves (practice).
 * @fires quiz-error - The bank could not be loaded, or the question id is not in it.
 *
 * @csspart card - The card's outer box.
 * @csspart meta - The topic and difficulty line.
 * @csspart prompt - The question.
 * @csspart why - The "why interviewers ask this" disclosure.
 * @csspart answer-input - The textarea for a typed answer.
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
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noRetry: { type: Boolean, attribute: 'no-retry' },
    saved: { attribute: false },
    revealed: { state: true },
    typed: { state: true },
    rating: { state: true },
    picked: { state: true },
    result: { state: true },
    feedback: { state: true },
    notice: { state: true },
    announcement: { state: true },
  };

  /** Id of the question to show, e.g. `precision-vs-recall`. */
  declare question: string;
  /** `practice` (flashcard with self-rating) or `quiz` (auto-graded check). */
  declare mode: 'practice' | 'quiz';
  /** URL of a bank JSON file; without it the card uses an enclosing `<quiz-bank>`, an inline bank or the bundled bank. */
  declare src: string | undefined;
  /** `light` or `dark` forces a theme; by default the card follows `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Heading level of the question (1–6), to fit the page's outline; sub-headings use the next level. */
  declare headingLevel: number;
  /** Once checked, an answer is final: no "Try again" (as in a scored quiz run). */
  declare noRetry: boolean;
  /** A previous answer to show again (the detail of its `quiz-answer`), e.g. when going back in a run. */
  declare saved: QuizAnswerDetail | undefined;

  private declare revealed: boolean;
  private declare typed: string;
  private declare rating: Rating | undefined;
  private declare picked: number[];
  private declare result: CheckResult | undefined;
  private declare feedback: AnswerFeedback | undefined;
  private declare notice: string;
  private declare announcement: string;

  readonly #bank = new BankController(this, (state) => state.status === 'ready' && this.#restore());
  readonly #uid = `qc${++nextId}`;
  #shownAt = performance.now();
  /** The question an error was last reported for, so that each problem fires quiz-error once. */
  #reportedMissing = '';

  constructor() {
    super();
    this.question = '';
    this.mode = 'practice';
    this.headingLevel = 3;
    this.noRetry = false;
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new `saved` that is the answer just given here (echoed back by a runner) changes nothing.
    const echo = changed.has('saved') && (this.result || this.rating);
    if (changed.has('question') || changed.has('mode') || (changed.has('saved') && !echo)) {
      this.reset();
      this.#restore();
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
      this.#reveal(q);
    }
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

  /** Back to the unanswered state, keeping nothing from the previous question. */
  reset(): void {
    this.revealed = false;
    this.typed = '';
    this.rating = undefined;
    this.picked = [];
    this.result = undefined;
    this.feedback = undefined;
    this.notice = '';
    this.announcement = '';
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
    return { questionId: q.id, mode: this.mode === 'quiz' && q.check ? 'quiz' : 'practice', elapsedMs: Math.round(performance.now() - this.#shownAt), ...extra };
  }

  async #focusPart(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #handleInput(e: Event): void {
    this.typed = (e.target as HTMLTextAreaElement).value;
  }

  #reveal(q: Question): void {
    this.revealed = true;
    this.feedback = this.typed.trim() && q.keyPoints?.length ? gradeAnswer(this.typed, q.keyPoints) : undefined;
  }

  #handleReveal(q: Question): void {
    this.#reveal(q);
    this.announcement = this.feedback ? `Answer shown. ${this.feedback.verdict}` : 'Answer shown.';
    void this.#focusPart('#answer-heading');
  }

  #handleRate(q: Question, rating: Rating): void {
    this.rating = rating;
    this.#progress?.record(q.id, rating === 'good' || rating === 'easy', rating);
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
    this.#progress?.record(q.id, this.result.correct, ratingForCheck(this.result.correct));
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

  #renderPractice(q: Question): TemplateResult {
    const sub = this.#level + 1;
    return html`
      <div>
        <label for="${this.#uid}-answer">Your answer (optional)</label>
        <textarea id="${this.#uid}-answer" part="answer-input" .value=${this.typed} @input=${this.#handleInput}></textarea>
      </div>
      ${this.revealed
        ? html`<section class="panel" part="answer" aria-labelledby="answer-heading">
              ${this.#renderHeading('answer-heading', 'Model answer', sub, 'sub')}
              ${q.answer ? markdown(q.answer) : html`<p>This question has no model answer yet.</p>`}
              ${this.#renderKeyPoints(q, sub)}
            </section>
            ${this.#renderRating(q)}`
        : html`<div class="actions">
            <button class="primary" part="button" @click=${() => this.#handleReveal(q)}>Show answer</button>
          </div>`}
    `;
  }

  #renderKeyPoints(q: Question, level: number): unknown {
    if (!q.keyPoints?.length) return nothing;
    const fb = this.feedback;
    return html`
      ${this.#renderHeading('points-heading', 'Key points', level, 'sub')}
      ${fb ? html`<p class="verdict" part="verdict">${fb.verdict}</p>` : nothing}
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
                : nothing}
            </span>
          </li>`;
        })}
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
    return html`
      <fieldset part="check" aria-describedby="${this.#uid}-hint">
        <legend id=${legendId}>${markdownInline(check.prompt)}</legend>
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
              ${outcome ? this.#renderChoiceFeedback(`${id}-fb`, outcome, choice.feedback) : nothing}
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

  #renderChoiceFeedback(id: string, outcome: CheckResult['outcomes'][number], feedback: string | undefined): TemplateResult {
    const label = outcome === 'picked-correct' ? '✓ Right choice.' : outcome === 'picked-wrong' ? '✗ Not this one.' : outcome === 'missed-correct' ? 'This one was also right.' : '';
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
      ${quiz ? this.#renderQuiz(q as Question & { check: NonNullable<Question['check']> }) : this.#renderPractice(q)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </article>`;
  }

  override render(): TemplateResult {
    const state = this.#bank.state;
    return bankStatus(state, 'Question') ?? this.#renderBody((state as Ready).bank);
  }
}

define('quiz-question-card', QuizQuestionCard);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-question-card': QuizQuestionCard;
  }
}
