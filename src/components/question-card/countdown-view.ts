// The interview countdown of <quiz-question-card>, loaded with the first timed question: the clock
// (controllers/countdown.ts) and how the card shows it.

import { html, nothing } from 'lit';
import type { Countdown } from '../../controllers/countdown.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { formatClock } from '../../i18n/format-time.js';
import type { CardIds } from '../../i18n/locales/en/card.js';

export { Countdown } from '../../controllers/countdown.js';

/**
 * The time left while the clock runs (m:ss in the card's digits), with a button that hides or
 * shows it (the learner may find a ticking clock distracting; the card still announces 30 s left
 * and time up), and the "time is up" note once it ran out, hidden or not.
 */
export function renderCountdown(countdown: Countdown, l10n: LocalizeController<CardIds>, hidden: boolean, toggle: () => void): unknown {
  const { t } = l10n;
  if (countdown.running) {
    // One button whose label changes: it stays the same element, so focus stays on it.
    return html`<p class="muted timer" part="timer">
      ${
        hidden
          ? nothing
          : html`<span>${t('countdown.timeLeft')} <span role="timer" dir="ltr">${formatClock(l10n.lang, countdown.left)}</span></span>`
      }
      <button part="button" @click=${toggle}>${hidden ? t('countdown.show') : t('countdown.hide')}</button>
    </p>`;
  }
  if (countdown.timeUp) return html`<p class="muted bad" part="timer">${t('countdown.timeUp')}</p>`;
  return nothing;
}
