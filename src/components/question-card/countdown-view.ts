// The interview countdown of <quiz-question-card>, loaded with the first timed question: the clock
// (controllers/countdown.ts), how the card shows it, and its messages (none of which a card
// without a time limit downloads).

import { html, nothing, type ReactiveControllerHost } from 'lit';
import { Countdown } from '../../controllers/countdown.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { formatClock } from '../../i18n/format-time.js';
import type { CardIds } from '../../i18n/locales/en/card.js';
import { countdown as countdownEnglish } from '../../i18n/locales/en/countdown.js';
import type { Translate } from '../../i18n/translate.js';

type T = Translate<keyof typeof countdownEnglish>;

/** A card's countdown: the clock, and how the card shows it. */
export interface CardCountdown {
  readonly clock: Countdown;
  /** The clock as the card shows it; `hidden` when the learner hid it, `toggle` hides or shows it. */
  render(hidden: boolean, toggle: () => void): unknown;
}

/**
 * The countdown of a card whose messages `l10n` gives: `announce` gets what screen readers are
 * told (30 s left, time up), in the card's language when it is said.
 */
export function cardCountdown(
  host: ReactiveControllerHost,
  l10n: LocalizeController<CardIds>,
  announce: (text: string) => void,
): CardCountdown {
  const t = (): T => l10n.with(countdownEnglish);
  const clock = new Countdown(host, (left) =>
    announce(left ? t()('countdown.secondsLeft', { count: left }) : t()('countdown.timeUpAnnounce')),
  );
  return { clock, render: (hidden, toggle) => renderCountdown(clock, t(), l10n.lang, hidden, toggle) };
}

/**
 * The time left while the clock runs (m:ss in the card's digits), with a button that hides or
 * shows it (the learner may find a ticking clock distracting; the card still announces 30 s left
 * and time up), and the "time is up" note once it ran out, hidden or not.
 */
function renderCountdown(countdown: Countdown, t: T, lang: string, hidden: boolean, toggle: () => void): unknown {
  if (countdown.running) {
    // One button whose label changes: it stays the same element, so focus stays on it.
    return html`<p class="muted timer" part="timer">
      ${hidden ? nothing : html`<span>${t('countdown.timeLeft')} <span role="timer" dir="ltr">${formatClock(lang, countdown.left)}</span></span>`}
      <button part="button" @click=${toggle}>${hidden ? t('countdown.show') : t('countdown.hide')}</button>
    </p>`;
  }
  if (countdown.timeUp) return html`<p class="muted bad" part="timer">${t('countdown.timeUp')}</p>`;
  return nothing;
}
