// Completes a card's question from a bank that loads its questions one by one (the bundled bank):
// the question, and its answer parts where the mode shows answers. A failure is an alert with
// Retry and one quiz-error; the card keeps everything else (a runner keeps its run).

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IndexedBank } from '../data/types.js';
import { fire, type QuizMode } from '../events.js';

type Host = ReactiveControllerHost & HTMLElement & { loadTimeout?: number | undefined };

/** What the card shows: question `id` of `bank`, in `mode`. */
export interface Wanted {
  bank: IndexedBank;
  id: string;
  mode: QuizMode;
}

export class QuestionParts implements ReactiveController {
  /** Why the wanted question could not load ('' when it did not fail): the technical detail the card's message names. */
  error = '';
  /** Whether loading it again may help (a download that failed), or not (a question that is not valid). */
  retryable = true;

  readonly #host: Host;
  readonly #wanted: () => Wanted | undefined;
  readonly #loaded: () => void;
  /** The load in flight or failed, as bank, question and parts: one at a time per question. */
  #tried: { bank: IndexedBank; key: string } | undefined;

  /**
   * @param wanted what the card shows now, once its bank is ready
   * @param loaded called when the question is complete (the card shows it)
   */
  constructor(host: Host, wanted: () => Wanted | undefined, loaded: () => void) {
    this.#host = host;
    this.#wanted = wanted;
    this.#loaded = loaded;
    host.addController(this);
  }

  /** The question and parts to load, if the card's question is not complete yet. */
  #missing(): { want: Wanted; answer: boolean; key: string } | undefined {
    const want = this.#wanted();
    const lazy = want?.bank.lazy;
    const counts = lazy?.counts.get(want!.id);
    if (!want || !lazy || !counts) return undefined;
    // Quiz mode shows the check; a question without one is shown as a flashcard, with its answer.
    const answer = want.mode !== 'quiz' || counts.choices === 0;
    return lazy.has(want.id, answer) ? undefined : { want, answer, key: `${want.id}|${answer}` };
  }

  /** Whether the card must wait for its question (loading, or failed: see `error`). */
  get waiting(): boolean {
    return this.#missing() !== undefined;
  }

  hostUpdate(): void {
    const missing = this.#missing();
    if (!missing) {
      this.error = '';
      return;
    }
    const { want, answer, key } = missing;
    if (this.#tried?.bank === want.bank && this.#tried.key === key) return;
    this.#tried = { bank: want.bank, key };
    this.error = '';
    want.bank.lazy!.load(want.id, answer, this.#host.loadTimeout).then(
      () => {
        if (this.#tried?.key === key) this.#loaded();
        this.#host.requestUpdate();
      },
      (e: Error) => {
        if (this.#tried?.key !== key) return;
        this.error = e.message;
        // A question that breaks the bank format stays broken: loading it again cannot help.
        this.retryable = e.name !== 'InvalidQuestionError';
        // In English for the page's logs; the card says it in the learner's language (card.questionFailed).
        fire(this.#host, 'quiz-error', { message: `Could not load the question: ${e.message}.`, source: want.bank.lazy!.source });
        this.#host.requestUpdate();
      },
    );
  }

  /** Loads the question again after a failure (the Retry button). */
  retry(): void {
    this.#tried = undefined;
    this.error = '';
    this.#host.requestUpdate();
  }
}
