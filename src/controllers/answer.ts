// One question's answer on a card, as state and moves: the choices picked or the text typed, the
// answer revealed, its feedback and self-rating. It is also the card's one writer of progress:
// every answer is recorded here (progress, then quiz-answer) and nowhere else.
//
// A typed answer being graded keeps its question, its text and its reply together, whatever the
// learner does meanwhile. When the learner moves on (another question, mode or saved answer):
// - a submission (interview: "Submit answer") is never abandoned. It completes and is recorded
//   under its own question, with its own text and the verdict it got; it no longer touches the
//   view (a runner that gets its quiz-answer shows it when the learner goes back to it).
// - a look at the model answer (practice: "Show answer") records nothing, so it is aborted: the
//   page's service sees its signal abort, and no quiz-error is fired for it.
// Generations tell what the view still shows: reset() starts a new one, and a grading touches
// the view only if it started in the current one.

import type { ReactiveControllerHost } from 'lit';
import { gradeCheck, isMultipleChoice, type CheckResult } from '../core/check.js';
import type { AnswerFeedback } from '../core/grader.js';
import type { QuizAnswerDetail, QuizMode } from '../core/model.js';
import {
  checkOutcome,
  feedbackFromSaved,
  isGradable,
  ratedOutcome,
  submittedOutcome,
  type Answering,
  type Outcome,
} from '../core/outcome.js';
import { record } from '../core/progress-answers.js';
import type { Rating } from '../core/rating.js';
import type { BankState } from '../context.js';
import type { Question } from '../data/types.js';
import { fire } from '../events.js';
import type { CardIds } from '../i18n/locales/en/card.js';
import type { Translate } from '../i18n/translate.js';
import { loadChunk, type ChunkModule } from '../internal/lazy.js';
import type { FeedbackView } from '../components/question-card/feedback-view.js';
import type { Graded, GradingHost } from './answer-grading.js';
import type { LocalizeController } from './localize.js';

/** The card the answer is on: it renders the state below and has the parts that take focus. */
export type AnswerHost = ReactiveControllerHost & HTMLElement & GradingHost & { readonly renderRoot: ParentNode };

/** The card's bank, once loaded: its progress store and language. */
export type ReadyBank = Extract<BankState, { status: 'ready' }>;

const UNANSWERED: Partial<AnswerController> = {
  revealed: false,
  typed: '',
  rating: undefined,
  picked: [],
  result: undefined,
  feedback: undefined,
  grading: false,
  notice: '',
  announcement: '',
};

/** Feedback on a typed answer: grading, verdict and view (a lazy chunk), once loaded; shared by every card. */
let grading: ChunkModule<'answer feedback'> | undefined;
let prefetching = false;

/**
 * Starts loading the grading code as an answer to grade is typed, so that it is there by the click,
 * with the question's grading chunk when it is from the bundled bank (`bundledId`). Quiet: the
 * grading says if either failed.
 */
function prefetchGrading(host: AnswerHost, bundledId: string | undefined): void {
  const data = (chunk: ChunkModule<'answer feedback'>): unknown => bundledId && chunk.prefetchGradingData(bundledId, host.loadTimeout);
  if (grading) return void data(grading);
  if (prefetching) return;
  prefetching = true;
  startClient(host);
  loadChunk('answer feedback', host.loadTimeout).then(
    (chunk) => data((grading = chunk)),
    () => (prefetching = false),
  );
}

/**
 * A page's feedback service is asked through its client, a chunk of its own: it is requested
 * alongside the feedback code, not once that has run. Quiet: the grading reports its failure.
 */
function startClient(host: AnswerHost): void {
  if (host.feedbackProvider || host.feedbackEndpoint) loadChunk('feedback client', host.loadTimeout).catch(() => undefined);
}

/** The grading code, or why it could not load (already reported as `host`'s quiz-error); never rejects. */
async function loadGrading(host: AnswerHost): Promise<ChunkModule<'answer feedback'> | string> {
  try {
    return (grading ??= await loadChunk('answer feedback', host.loadTimeout));
  } catch (e) {
    const reason = (e as Error).message;
    fire(host, 'quiz-error', {
      message: `Feedback on your answer could not load (${reason}); compare it with the model answer.`,
      source: 'answer feedback',
    });
    return reason;
  }
}

export class AnswerController {
  // What the card shows of the answer: set by reset(), which the card's constructor calls, and
  // changed by the moves below through #set(), which updates the card. (Typing changes `typed`
  // without an update; the card writes `notice` and `announcement` for its countdown.)
  declare revealed: boolean;
  /** What the learner typed; typing does not re-render the card. */
  declare typed: string;
  declare rating: Rating | undefined;
  declare picked: readonly number[];
  declare result: CheckResult | undefined;
  declare feedback: AnswerFeedback | undefined;
  /** A typed answer is being graded. */
  declare grading: boolean;
  /** A problem to show in the answer area (role="alert"). */
  declare notice: string;
  /** What the card's live region says. */
  declare announcement: string;

  readonly #host: AnswerHost;
  readonly #bank: () => ReadyBank | undefined;
  /** The card's messages, in its language as it is when a message is written. */
  readonly #l10n: LocalizeController<CardIds>;
  /** Bumped by reset(): a grading started in an older generation no longer touches the view. */
  #generation = 0;
  /** Gradings that record nothing (practice), to abort when the view moves on. */
  readonly #lookups = new Set<AbortController>();
  #shownAt = performance.now();
  /** The question shown, and in which mode; set by show(). */
  #question: Question | undefined;
  #mode: QuizMode = 'practice';
  /** The last answer reported from the view: a runner hands it back as `saved`. */
  #last: QuizAnswerDetail | undefined;
  /** The feedback each answer reported from this card showed, so that going back shows it as it was. */
  readonly #shown = new WeakMap<QuizAnswerDetail, AnswerFeedback>();

  constructor(host: AnswerHost, bank: () => ReadyBank | undefined, l10n: LocalizeController<CardIds>) {
    this.#host = host;
    this.#bank = bank;
    this.#l10n = l10n;
  }

  #t(): Translate<CardIds> {
    return this.#l10n.t;
  }

  /** The feedback shown, as the card shows it in its language, once its code has loaded. */
  feedbackView(bankLang: string | undefined): FeedbackView | undefined {
    return this.feedback && grading?.feedbackView(this.feedback, this.typed, this.#l10n.with(grading.feedbackEnglish), bankLang);
  }

  /** The one-line verdict on the feedback shown, in the card's language ('' without feedback). */
  #verdict(): string {
    return this.feedback && grading ? grading.verdictText(this.#l10n.with(grading.feedbackEnglish), this.feedback, this.typed) : '';
  }

  /** Whether `saved` is the answer just reported from this view (echoed back by a runner): it changes nothing. */
  echoes(saved: QuizAnswerDetail | undefined): boolean {
    return saved === this.#last;
  }

  /** Back to the unanswered state, keeping nothing of the previous question; gradings under way leave the view. */
  reset(): void {
    this.#generation++;
    for (const lookup of this.#lookups) lookup.abort();
    this.#lookups.clear();
    this.#shownAt = performance.now();
    this.#set(UNANSWERED);
  }

  /** Changes what the card shows. */
  #set(state: Partial<AnswerController>): void {
    Object.assign(this, state);
    this.#host.requestUpdate();
  }

  /** The card shows `q` in `mode`, with `saved` (an answer to `q`) shown again. */
  show(q: Question, mode: QuizMode, saved: QuizAnswerDetail | undefined): void {
    this.#question = q;
    this.#mode = mode;
    if (!saved) return;
    if (Array.isArray(saved.response)) {
      if (q.check) this.#set({ picked: saved.response, result: gradeCheck(q.check, saved.response) });
    } else {
      // The verdict it got (the service's, say), as shown here or else as recorded; never a new
      // one. A flashcard recorded none: its feedback is worked out again, offline.
      const feedback = this.#shown.get(saved) ?? feedbackFromSaved(q, saved);
      this.#set({ typed: saved.response, rating: saved.rating, revealed: true, feedback });
      if (!feedback && isGradable(q, saved.response)) void this.#grade(q, { remote: false });
      else if (feedback && !grading) void this.#loadWording();
    }
  }

  input(text: string): void {
    this.typed = text;
    // Rendered, so that the box's binding knows what it holds: a new question (which resets
    // `typed` to "") then empties it, rather than leave the last question's text in it.
    this.#host.requestUpdate();
    // An answer to grade is on its way: the verdict's wording loads now rather than on the click.
    const q = this.#question;
    if (q && isGradable(q, text)) prefetchGrading(this.#host, this.#bundled() ? q.id : undefined);
  }

  /** Whether the question is from the bundled bank, which keeps what grading reads in a chunk of its own. */
  #bundled(): boolean {
    return this.#bank()?.bank.lazy?.source === 'bundled';
  }

  /** "Show answer" (practice) or "Submit answer" (interview): the answer, then feedback on the typed one. */
  async reveal(): Promise<void> {
    const q = this.#question;
    if (!q) return;
    const typed = this.typed;
    const submission = this.#mode === 'interview';
    const t = this.#t();
    if (submission && !typed.trim()) return this.#set({ notice: t('card.typeFirst') });
    const answering = this.#answering(q);
    const store = this.#bank()?.store;
    this.#set({
      revealed: true,
      announcement: typed.trim() ? t('card.checking') : t('card.answerShown'),
      ...(submission && { notice: '' }),
    });
    void this.#focus('#answer-heading');
    const graded = await this.#grade(q, { submission });
    // Whatever happened, the live region no longer says "Checking your answer…".
    const after = this.#t();
    if (graded.current && this.feedback) this.#set({ announcement: after('card.answerShownVerdict', { verdict: this.#verdict() }) });
    else if (graded.current && typed.trim()) this.#set({ announcement: after('card.answerShownNoFeedback') });
    // A submission is recorded with its own question, text and verdict, wherever the learner is now.
    if (submission) this.#record(submittedOutcome(answering, typed, graded.feedback), graded.feedback, graded.current, store);
  }

  rate(rating: Rating): void {
    const q = this.#question;
    if (!q) return;
    const t = this.#t();
    this.#set({ rating, announcement: t('card.rated', { rating: t(`rating.${rating}`) }) });
    this.#record(ratedOutcome(this.#answering(q), this.typed, this.feedback, rating), this.feedback);
  }

  pick(index: number, multiple: boolean, checked: boolean): void {
    const picked = !multiple ? [index] : checked ? [...this.picked, index].sort((a, b) => a - b) : this.picked.filter((i) => i !== index);
    this.#set({ notice: '', picked });
  }

  check(): void {
    const q = this.#question;
    if (!q?.check) return;
    if (this.picked.length === 0) {
      return this.#set({ notice: this.#t()(isMultipleChoice(q.check) ? 'check.chooseAtLeastOne' : 'check.chooseFirst') });
    }
    const result = gradeCheck(q.check, this.picked);
    this.#set({ result, announcement: this.#t()(result.correct ? 'check.correctAnnounce' : 'check.wrongAnnounce') });
    this.#record(checkOutcome(this.#answering(q), this.picked, result));
    void this.#focus('#result');
  }

  retry(): void {
    this.#shownAt = performance.now();
    this.#set({ result: undefined, picked: [], announcement: '' });
    void this.#focus('input');
  }

  #answering(question: Question): Answering {
    return { question, mode: this.#mode, elapsedMs: Math.round(performance.now() - this.#shownAt) };
  }

  /** Moves focus to a part of the card once it has rendered. */
  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Grades the typed answer and, if the view still shows it, shows the feedback. */
  async #grade(q: Question, { remote = true, submission = false } = {}): Promise<Graded & { current: boolean }> {
    const typed = this.typed;
    const generation = this.#generation;
    const abort = new AbortController();
    if (!submission) this.#lookups.add(abort);
    const gradable = isGradable(q, typed);
    this.#set({ grading: gradable });
    if (gradable && remote && !grading) startClient(this.#host);
    const code = gradable ? await loadGrading(this.#host) : undefined;
    const options = { remote, language: this.#bank()?.bank.bank.language, signal: abort.signal, bundled: this.#bundled() };
    const graded: Graded =
      typeof code === 'string'
        ? { feedback: undefined, problem: code }
        : code
          ? await code.gradeTypedAnswer(this.#host, q, typed, options)
          : { feedback: undefined };
    this.#lookups.delete(abort);
    const current = generation === this.#generation;
    if (current) {
      // Feedback on text the learner has edited since (practice) would mislead.
      this.#set({
        grading: false,
        ...(graded.problem && { notice: this.#t()('card.feedbackFailed', { reason: graded.problem }) }),
        ...(this.typed === typed && { feedback: graded.feedback }),
      });
    }
    return { ...graded, current };
  }

  /** Loads the verdict's wording for feedback shown again (a saved answer); says so if it cannot load. */
  async #loadWording(): Promise<void> {
    const generation = this.#generation;
    const code = await loadGrading(this.#host);
    if (generation !== this.#generation) return;
    if (typeof code === 'string') this.#set({ feedback: undefined, notice: this.#t()('card.feedbackFailed', { reason: code }) });
    else this.#host.requestUpdate();
  }

  /**
   * Records an answer: in the bank's progress, then reported with quiz-answer (a runner keeps it
   * in its run). `shown` is false for a submission graded after the learner moved on; it is
   * recorded all the same, in the store of the bank it was answered from.
   */
  #record({ detail, success, rating }: Outcome, feedback?: AnswerFeedback, shown = true, store = this.#bank()?.store): void {
    if (shown) this.#last = detail;
    if (feedback) this.#shown.set(detail, feedback);
    if (store) void record(store, detail.questionId, success, rating);
    fire(this.#host, 'quiz-answer', detail);
  }
}
