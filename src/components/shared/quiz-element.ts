// The base of every quizkit element: where its bank comes from, how long it waits for it, its
// theme, the --quiz-* styling tokens, and quiz-error reported once per problem.

import { LitElement, type PropertyDeclarations } from 'lit';
import type { ProgressStorage } from '../../data/progress-storage.js';
import { fire, type QuizErrorDetail } from '../../events.js';
import type { Strings } from '../../i18n/messages.js';

export type { ProgressStorage } from '../../data/progress-storage.js';
export type { QuizErrorDetail } from '../../events.js';
export type { Strings } from '../../i18n/messages.js';

/**
 * What every quizkit element shares. Not an element itself: the four elements extend it, and
 * the manifest (and so the typings, editor data and Storybook docs) inherits what it documents.
 *
 * @fires {CustomEvent<QuizErrorDetail>} quiz-error - Something the element needs failed (its bank, a chunk of code loaded on demand, a service) or an attribute names something that does not exist. `detail.message` says what, `detail.source` where. Each problem is reported once; the element shows it as an alert.
 *
 * @cssprop --quiz-color-text - Text colour.
 * @cssprop --quiz-color-bg - Background.
 * @cssprop --quiz-color-surface - Background of panels, code and a selected topic.
 * @cssprop --quiz-color-muted - Secondary text: counts, hints, metadata.
 * @cssprop --quiz-color-border - Borders.
 * @cssprop --quiz-color-accent - Links, primary buttons, selection, progress and chart bars.
 * @cssprop --quiz-color-on-accent - Text on the accent colour.
 * @cssprop --quiz-color-correct - Right answers, covered key points, "passed".
 * @cssprop --quiz-color-wrong - Wrong answers, missed key points, "not passed", errors.
 * @cssprop --quiz-color-focus - The focus ring.
 * @cssprop --quiz-radius - Corner radius.
 * @cssprop --quiz-space - Base spacing.
 * @cssprop --quiz-font - Font family.
 */
export class QuizElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    theme: { reflect: true },
    progressStorage: { attribute: false },
    strings: { attribute: false },
  };

  /** URL of a bank file; without it the element uses an enclosing `<quiz-bank>`, an inline bank or the bundled bank. */
  declare src: string | undefined;
  /** Seconds to wait for the bank or for code loaded on demand before showing an error with Retry (default 15). */
  declare loadTimeout: number | undefined;
  /** `light` or `dark` (in any case) forces a theme (with its own background); by default the page's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Where progress is kept instead of `localStorage`: `{ get, set, subscribe? }`, each sync or async (see README, "Keep progress on your server"). */
  declare progressStorage: ProgressStorage | undefined;
  /**
   * Messages to use instead of the built-in ones, by id, in any language: a text (with `{name}`
   * placeholders for the parameters) or a function `(params, t) => text`. The ids are listed in
   * src/i18n/README.md. The UI language comes from `lang` (the element's, else the nearest
   * ancestor's), else the bank's `language`, else English.
   * @example card.strings = { 'card.showAnswer': 'Reveal', 'picker.questions': '{count} cards' }
   */
  declare strings: Strings | undefined;

  /** The problem last reported per topic ("bank", "topics", …), so that each is reported once. */
  readonly #reported = new Map<string, string>();

  /**
   * Fires `quiz-error` with `detail`, unless it is the problem already reported about `topic`.
   * `undefined` says the problem is gone, so that it is reported again should it come back.
   */
  protected reportOnce(topic: string, detail: QuizErrorDetail | undefined): void {
    const key = detail && `${detail.source}\n${detail.message}`;
    if (this.#reported.get(topic) === key) return;
    if (!detail || !key) {
      this.#reported.delete(topic);
      return;
    }
    this.#reported.set(topic, key);
    fire(this, 'quiz-error', detail);
  }
}
