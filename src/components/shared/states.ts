// The loading and error states every element shows while its bank loads or when it fails.

import { html, nothing, type TemplateResult } from 'lit';
import type { BankState } from '../../context.js';
import type { Translate } from '../../i18n/translate.js';

/** The element whose loading and error states are shown: its messages are `card.loading`, … */
type Who = 'card' | 'picker' | 'runner';
type StateIds = 'common.retry' | `${Who}.${'loading' | 'unavailable' | 'unavailableFromProvider'}`;

/**
 * A visible error: `role="alert"`, so screen readers announce it at once; with `retry`, a Retry
 * button (labelled `retryLabel`, in the element's language).
 */
export const alert = (title: string, message: string, retry?: () => void, retryLabel = 'Retry'): TemplateResult =>
  html`<div class="error" part="error" role="alert"><strong>${title}</strong> ${message}${
    retry ? html` <button part="button" @click=${retry}>${retryLabel}</button>` : nothing
  }</div>`;

/**
 * What to show instead of the element while the bank loads or after it failed; undefined when
 * ready. A bank that an enclosing provider failed to load is already announced there (an alert,
 * one quiz-error): the element only says so, as plain text, rather than alert a second time.
 */
export function bankStatus(
  state: BankState,
  t: Translate<StateIds>,
  who: Who,
  fromProvider = false,
  retry?: () => void,
): TemplateResult | undefined {
  // Focusable from script only: a Retry keeps focus here while the bank loads again.
  if (state.status === 'loading') return html`<p part="loading" aria-busy="true" tabindex="-1">${t(`${who}.loading`)}</p>`;
  if (state.status === 'error' && fromProvider) {
    return html`<p class="notice" part="error">${t(`${who}.unavailableFromProvider`)}</p>`;
  }
  // The reason (a URL, a bank path, a server's answer) is for the page's author and stays as written.
  if (state.status === 'error') return alert(t(`${who}.unavailable`), state.message, retry, t('common.retry'));
  return undefined;
}
