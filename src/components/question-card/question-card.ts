// <quiz-question-card>: one question from a bank, as a flashcard (practice), an auto-graded
// check (quiz) or a timed question with feedback on the typed answer (interview).

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedbackProvider } from '../../core/remote-feedback.js';
import { DEFAULT_FEEDBACK_TIMEOUT, DEFAULT_HEADING_LEVEL, headingLevel } from '../../core/settings.js';
import { AnswerController } from '../../controllers/answer.js';
import { BankController } from '../../controllers/bank-controller.js';
import { QuestionParts } from '../../controllers/question-parts.js';
import { LocalizeController } from '../../controllers/localize.js';
import { tabForward } from '../../controllers/tab-forward.js';
import { BUNDLED } from '../../data/banks/ml-interview/ids.js';
import type { IndexedBank, Question } from '../../data/types.js';
import { canDefine } from '../../define.js';
import { toQuizMode } from '../../core/model.js';
import { fire, type QuizAnswerDetail, type QuizMode } from '../../events.js';
import { cardEnglish } from '../../i18n/locales/en/card.js';
import { loadChunk, type ChunkModule } from '../../internal/lazy.js';
import type { BankState } from '../../context.js';
import { baseStyles } from '../shared/base.styles.js';
import { contentStyles } from '../shared/content.styles.js';
import { heading } from '../shared/heading.js';
import { markdown, markdownInline } from '../shared/markdown.js';
import { QuizElement } from '../shared/quiz-element.js';
import { alert, bankStatus } from '../shared/states.js';
import { renderCheck } from './check-view.js';
import type { CardCountdown } from './countdown-view.js';
import { numberAttribute } from '../shared/number-attribute.js';
import { cardStyles } from './question-card.styles.js';
import { renderTypedAnswer } from './typed-answer-view.js';

// The types this element's API names, for tools that import them from the element's module.
export type { ProgressStorage } from '../../data/progress-storage.js';
export type { FeedbackProvider } from '../../core/remote-feedback.js';
export type { QuizAnswerDetail, QuizErrorDetail, QuizMode } from '../../events.js';
export type { Strings } from '../../i18n/messages.js';

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
 * The UI language is the card's `lang`, else the nearest ancestor's, else the bank's
 * `language`, else English (shipped: en, de, es, fr, ar); `strings` overrides any message.
 * Bank text keeps the bank's language (`lang` and `dir="auto"`).
 *
 * @tagname quiz-question-card
 * @summary A single interview question: a flashcard, an auto-graded check, or a mock-interview answer with feedback.
 *
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - The learner checked an answer (quiz), rated themselves (practice) or submitted an answer (interview).
 * @fires {CustomEvent<QuizErrorDetail>} quiz-error - The bank could not be loaded (or did not arrive within `load-timeout`; a Retry button loads it again) or, inside a `<quiz-bank>`, the code that asks it for its bank could not (`source` its tag), the question id is not in it, the question could not be completed (a question file of the bundled bank failed, `source` `bundled`; or the question breaks the bank format, `source` the bank's URL or inline script), the feedback service or its client failed (offline feedback is shown instead), or the countdown, the feedback view (`answer feedback`), the offline grader (`grader`) or the question's grading file of the bundled bank (`bundled`) could not load (the answer is still recorded).
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
 *
 * @slot - An optional inline bank: `<script type="application/json">{…}</script>`. Not rendered.
 */
export class QuizQuestionCard extends QuizElement {
  static override styles = [baseStyles, contentStyles, cardStyles];

  static override properties = {
    question: { reflect: true },
    mode: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noRetry: { type: Boolean, attribute: 'no-retry' },
    timeLimit: { attribute: 'time-limit', converter: numberAttribute('time-limit') },
    feedbackEndpoint: { attribute: 'feedback-endpoint' },
    feedbackCredentials: { attribute: 'feedback-credentials' },
    feedbackProvider: { attribute: false },
    feedbackTimeout: { type: Number, attribute: 'feedback-timeout' },
    timerHidden: { type: Boolean, attribute: 'timer-hidden' },
    saved: { attribute: false },
    draft: { attribute: false },
  };

  /** Id of the question to show, e.g. `precision-vs-recall`. */
  declare question: string;
  /**
   * `practice` (flashcard with self-rating), `quiz` (auto-graded check) or `interview` (typed
   * answer with feedback), in any case; another value means `practice`, with a console warning.
   */
  declare mode: QuizMode;
  /** Heading level of the question (1–6), to fit the page's outline; sub-headings use the next level. */
  declare headingLevel: number;
  /** Once checked, an answer is final: no "Try again" (as in a scored quiz run). */
  declare noRetry: boolean;
  /** Interview mode: seconds to answer (`90`, `90s` or `1:30`); a visible countdown, announced at 30 s and 0 s. Nothing is submitted for the learner. */
  declare timeLimit: number;
  /** URL that gets `POST {question, answer}` (JSON) and answers `{score: 0-1, points?: boolean[], comment?}`. */
  declare feedbackEndpoint: string | undefined;
  /** Credentials sent to `feedback-endpoint`: `omit` (default), `same-origin` or `include`. */
  declare feedbackCredentials: RequestCredentials | undefined;
  /** The page's own grader: `(request, signal) => Promise<{score, points?, comment?}>`; takes precedence over `feedback-endpoint`. */
  declare feedbackProvider: FeedbackProvider | undefined;
  /** Seconds to wait for the feedback service before falling back to offline feedback. */
  declare feedbackTimeout: number;
  /**
   * Interview mode with `time-limit`: the countdown is hidden. The learner can show or hide it
   * (a "Show timer" / "Hide timer" button; this property follows); 30 s left and time up are
   * announced either way, and "time is up" is shown either way.
   */
  declare timerHidden: boolean;
  /** A previous answer to show again (the detail of its `quiz-answer`), e.g. when going back in a run. */
  declare saved: QuizAnswerDetail | undefined;
  /**
   * Text to put in the answer box when the question shows unanswered: what the learner typed
   * before a reload, say (a runner keeps it in its saved run). Read when the question is shown.
   */
  declare draft: string | undefined;

  readonly #bank = new BankController(
    this,
    (state) => state.status === 'ready' && this.#restore(),
    false,
    // From the bundled bank, a card on its own loads its question alone (with the answer where it
    // shows one), once checked against the bank's ids, which only the card's code carries.
    () => ({ id: this.question.trim(), answer: this.mode !== 'quiz', bundled: BUNDLED }),
  );
  /** The question's parts, from a bank that loads questions one by one; after the bank's controller, which readies the bank first. */
  readonly #parts = new QuestionParts(
    this,
    () => this.#ready && { bank: this.#ready.bank, id: this.question.trim(), mode: this.mode },
    () => {
      // Focus held on "Loading question…" (a runner's new question, a Retry) moves to the question.
      const waited = this.shadowRoot?.activeElement?.matches('[part=loading]');
      this.#restore();
      if (waited) void this.updateComplete.then(() => this.focus());
    },
  );
  readonly #l10n = new LocalizeController(this, {
    english: cardEnglish,
    bankLanguage: () => this.#ready?.bank.bank.language,
  });
  readonly #answer = new AnswerController(this, () => this.#ready, this.#l10n);
  readonly #uid = `qc${++nextId}`;
  /** The interview countdown and its view, loaded with the first timed question. */
  #countdown: CardCountdown | undefined;

  constructor() {
    super();
    this.question = '';
    this.mode = 'practice';
    this.headingLevel = DEFAULT_HEADING_LEVEL.card;
    this.noRetry = false;
    this.timeLimit = 0;
    this.feedbackTimeout = DEFAULT_FEEDBACK_TIMEOUT;
    this.timerHidden = false;
    // After "Check" or "Submit", Tab goes on past the card, not back to its first control.
    tabForward(this);
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.mode = toQuizMode(this.mode, 'practice');
    // A new `saved` that is the answer just given here (echoed back by a runner) changes nothing.
    const newSaved = changed.has('saved') && !this.#answer.echoes(this.saved);
    if (changed.has('question') || changed.has('mode') || newSaved) {
      this.reset();
      this.#restore();
      if (this.mode === 'interview' && this.timeLimit > 0 && !this.#answer.revealed) void this.#startCountdown();
    }
    // The clock runs until the answer is shown.
    if (this.#answer.revealed) this.#countdown?.clock.stop();
  }

  /** Shows the question, with `saved` when it answers it, once the bank is loaded. */
  #restore(): void {
    const q = this.#question;
    const saved = this.saved?.questionId === q?.id ? this.saved : undefined;
    if (q) this.#answer.show(q, this.mode, saved);
    if (q && !saved && this.draft) this.#answer.typed = this.draft;
  }

  async #startCountdown(): Promise<void> {
    let chunk: ChunkModule<'countdown'>;
    try {
      chunk = await loadChunk('countdown', this.loadTimeout);
    } catch (e) {
      // Without its clock the question still works: the learner answers at their own pace.
      const reason = (e as Error).message;
      this.#answer.notice = this.#l10n.t('card.countdownFailed', { reason });
      // quiz-error's message stays English for the page's logs (src/i18n/README.md, "What stays English").
      fire(this, 'quiz-error', { message: `The countdown could not load (${reason}); take the time you need.`, source: 'countdown' });
      this.requestUpdate();
      return;
    }
    // The countdown says 30 s left and time up through the card's live region.
    this.#countdown ??= chunk.cardCountdown(this, this.#l10n, (text) => (this.#answer.announcement = text));
    if (!this.#answer.revealed) this.#countdown.clock.start(this.timeLimit);
    this.requestUpdate();
  }

  /** Moves focus to the question's heading (as a run does on every new question). */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#prompt, [part=loading]');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  protected override updated(): void {
    const state = this.#ready;
    if (!state) return;
    const missing = !state.bank.questionsById.has(this.question.trim());
    this.reportOnce('question', missing ? { message: this.#missingMessage(state.bank), source: state.bank.source } : undefined);
  }

  /**
   * Back to the unanswered state, keeping nothing from the previous question.
   * @internal The card calls it itself when `question`, `mode` or `saved` changes.
   */
  reset(): void {
    this.#answer.reset();
    this.#countdown?.clock.stop();
  }

  get #ready(): Ready | undefined {
    const state = this.#bank.state;
    return state.status === 'ready' ? state : undefined;
  }

  /** The question, once complete for the mode (a bank that loads questions one by one may not have it yet). */
  get #question(): Question | undefined {
    const q = this.#ready?.bank.questionsById.get(this.question.trim());
    return q && !this.#parts.waiting ? q : undefined;
  }

  /** What is wrong with `question`: in English for quiz-error, or in `t`'s language for the alert. */
  #missingMessage(bank: IndexedBank, t?: LocalizeController<'card.questionMissing' | 'card.noQuestionChosen'>['t']): string {
    const id = this.question.trim();
    const name = `"${bank.bank.title}"${bank.bank.id ? ` (${bank.bank.id})` : ''}`;
    // Shown: the bank's title, as learners know it; reported: its id too, for the page's author.
    const title = bank.bank.title;
    if (t) return id ? t('card.questionMissing', { id, bank: title, source: bank.source }) : t('card.noQuestionChosen', { bank: title });
    return id
      ? `Question "${id}" is not in the bank ${name} from ${bank.source}.`
      : `No question chosen: set the question attribute to a question id of the bank ${name}.`;
  }

  get #level(): number {
    return headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL.card);
  }

  #renderMeta(bank: IndexedBank, q: Question): TemplateResult {
    const topic = bank.topicsById.get(q.topic);
    const { t } = this.#l10n;
    const level = q.difficulty && t(`difficulty.${q.difficulty}`);
    return html`<p class="meta muted" part="meta">
      ${topic ? html`<span lang=${bank.bank.language ?? nothing} dir="auto">${topic.title}</span>` : nothing}
      ${level ? html`<span class="badge" aria-hidden="true">${level}</span> <span class="visually-hidden">${t('difficulty.label', { level })}</span>` : nothing}
    </p>`;
  }

  /** The check (quiz mode), or the typed answer (practice, interview, and quiz questions without a check). */
  #renderAnswer(q: Question): TemplateResult {
    const ui = { uid: this.#uid, level: this.#level + 1, t: this.#l10n.t, bankLang: this.#ready?.bank.bank.language };
    if (this.mode === 'quiz' && q.check) return renderCheck(q, q.check, this.#answer, { ...ui, noRetry: this.noRetry });
    return renderTypedAnswer(q, this.#answer, {
      ...ui,
      interview: this.mode === 'interview',
      timer: this.#countdown?.render(),
    });
  }

  #renderBody(bank: IndexedBank): TemplateResult {
    const q = this.#question;
    const { t } = this.#l10n;
    if (!q && this.#parts.waiting) {
      return this.#parts.error
        ? alert(
            t('card.unavailable'),
            t('card.questionFailed', { reason: this.#parts.error }),
            this.#parts.retryable
              ? () => {
                  this.#parts.retry();
                  void this.updateComplete.then(() => this.focus());
                }
              : undefined,
            t('common.retry'),
          )
        : html`<p part="loading" aria-busy="true" tabindex="-1">${t('card.loading')}</p>`;
    }
    if (!q) return alert(t('card.unavailable'), this.#missingMessage(bank, t));
    const bl = bank.bank.language ?? nothing;
    return html`<article class="box" part="card" aria-labelledby="prompt">
      ${this.#renderMeta(bank, q)}
      ${heading('prompt', html`<span lang=${bl} dir="auto">${markdownInline(q.prompt)}</span>`, this.#level, 'heading', 'prompt')}
      ${q.why ? html`<details part="why"><summary>${t('card.why')}</summary><div lang=${bl} dir="auto">${markdown(q.why)}</div></details>` : nothing}
      ${this.mode === 'quiz' && !q.check ? html`<p class="notice">${t('card.noCheck')}</p>` : nothing}
      ${this.#renderAnswer(q)}
      <p class="visually-hidden" role="status">${this.#answer.announcement}</p>
    </article>`;
  }

  override render(): TemplateResult {
    const state = this.#bank.state;
    const { t, lang, dir } = this.#l10n;
    // The UI text speaks the card's language; bank text inside says its own (lang, dir="auto").
    return html`<div lang=${lang} dir=${dir}>${
      bankStatus(state, t, 'card', this.#bank.fromProvider, () => this.#bank.retry()) ?? this.#renderBody((state as Ready).bank)
    }</div>`;
  }
}

if (canDefine('quiz-question-card')) customElements.define('quiz-question-card', QuizQuestionCard);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-question-card': QuizQuestionCard;
  }
}
