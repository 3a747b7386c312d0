// <quiz-bank>: loads one bank and shares it, with one progress store, with the elements inside it.

import { html, type TemplateResult } from 'lit';
import { provideBank } from '../../controllers/bank-provider.js';
import { LocalizeController } from '../../controllers/localize.js';
import { canDefine } from '../../define.js';
import { bankEnglish } from '../../i18n/locales/en/bank.js';
import { baseStyles } from '../shared/base.styles.js';
import { QuizElement } from '../shared/quiz-element.js';
import { alert } from '../shared/states.js';
import { bankStyles } from './quiz-bank.styles.js';

// The types this element's API names, for tools that import them from the element's module.
export type { ProgressStorage } from '../../data/progress-storage.js';
export type { QuizErrorDetail } from '../../events.js';
export type { Strings } from '../../i18n/messages.js';

/**
 * Loads a bank once and shares it, with one progress store, with every quizkit element inside
 * it, so that a topic picker and a runner on a course page agree on progress. Elements inside
 * that have their own `src` use that instead. Without `src` it uses an inline
 * `<script type="application/json">` child, else the bundled bank. It may upgrade after the
 * elements inside it (markup before the script, a provider defined later): they wait for it.
 * When its bank fails, it shows the error and fires `quiz-error` once; the elements inside only
 * say that their bank could not be loaded.
 *
 * @tagname quiz-bank
 * @summary Shares one bank and one progress store with the elements inside it.
 *
 * @fires {CustomEvent<QuizErrorDetail>} quiz-error - The bank could not be loaded (or did not arrive within `load-timeout`) or is not valid.
 *
 * @csspart error - The error message shown above the content when the bank fails, with a Retry button.
 * @csspart button - The Retry button.
 *
 * @slot - The page content, with quizkit elements anywhere inside it.
 */
export class QuizBank extends QuizElement {
  static override styles = [baseStyles, bankStyles];

  readonly #bank = provideBank(this);
  // Its error speaks its language: its lang or an ancestor's (a bank that failed has no language).
  readonly #l10n = new LocalizeController(this, { english: bankEnglish });

  override render(): TemplateResult {
    const state = this.#bank.state;
    const { t, lang, dir } = this.#l10n;
    return html`${
      state.status === 'error'
        ? html`<div lang=${lang} dir=${dir}>${alert(t('bank.unavailable'), state.message, () => this.#bank.retry(), t('common.retry'))}</div>`
        : ''
    }<slot></slot>`;
  }
}

if (canDefine('quiz-bank')) customElements.define('quiz-bank', QuizBank);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-bank': QuizBank;
  }
}
