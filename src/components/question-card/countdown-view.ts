// The interview countdown of <quiz-question-card>, loaded with the first timed question: the clock
// (controllers/countdown.ts) and how the card shows it.

import { html, nothing } from 'lit';
import type { Countdown } from '../../controllers/countdown.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { formatClock } from '../../i18n/format-time.js';
import type { CardIds } from '../../i18n/locales/en/card.js';

export { Countdown } from '../../controllers/countdown.js';

/** The time left while the clock runs (m:ss in the card's digits), and the "time is up" note once it ran out. */
export function renderCountdown(countdown: Countdown, l10n: LocalizeController<CardIds>): unknown {
  const { t } = l10n;
  if (countdown.running)
    return html`<p class="muted" part="timer">${t('countdown.timeLeft')} <span role="timer" dir="ltr">${formatClock(l10n.lang, countdown.left)}</span></p>`;
  if (countdown.timeUp) return html`<p class="muted bad" part="timer">${t('countdown.timeUp')}</p>`;
  return nothing;
}
