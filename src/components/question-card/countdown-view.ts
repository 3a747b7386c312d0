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

/** The card a countdown runs on: `timerHidden` is its `timer-hidden` attribute. */
export interface CountdownCard extends ReactiveControllerHost, HTMLElement {
  timerHidden: boolean;
  readonly renderRoot: ParentNode;
}

/** A card's countdown: the clock, and how the card shows it. */
export interface CardCountdown {
  readonly clock: Countdown;
  render(): unknown;
}

/**
 * The countdown of `card`, whose messages `l10n` gives: `announce` gets what screen readers are
 * told (30 s left, time up; the card's live region says it), in the card's language when it is said.
 */
export function cardCountdown(card: CountdownCard, l10n: LocalizeController<CardIds>, announce: (text: string) => void): CardCountdown {
  const t = (): T => l10n.with(countdownEnglish);
  const clock = new Countdown(card, (left) => {
    announce(left ? t()('countdown.secondsLeft', { count: left }) : t()('countdown.timeUpAnnounce'));
    // Time up takes the clock and its Hide/Show button away: focus on that button goes on to the
    // answer (where the note says to finish), not to <body>.
    if (!left && card.renderRoot.querySelector('[part=timer] :focus')) {
      void card.updateComplete.then(() => card.renderRoot.querySelector('textarea')?.focus());
    }
  });
  // The learner hides or shows the countdown; a runner keeps the choice for its next questions.
  const toggle = (): void => {
    card.timerHidden = !card.timerHidden;
    card.dispatchEvent(new Event('timer-toggle'));
  };
  return { clock, render: () => renderCountdown(clock, t(), l10n.lang, card.timerHidden, toggle) };
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
