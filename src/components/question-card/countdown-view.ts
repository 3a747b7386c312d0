// The interview countdown of <quiz-question-card>, loaded with the first timed question: the clock
// (controllers/countdown.ts) and how the card shows it.

import { html, nothing } from 'lit';
import type { Countdown } from '../../controllers/countdown.js';

export { Countdown } from '../../controllers/countdown.js';

const clock = (s: number): string => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * The time left while the clock runs, with a button that hides or shows it (the learner may find
 * a ticking clock distracting; the card still announces 30 s left and time up), and the "time is
 * up" note once it ran out, hidden or not.
 */
export function renderCountdown(countdown: Countdown, hidden: boolean, toggle: () => void): unknown {
  if (countdown.running) {
    // One button whose label changes: it stays the same element, so focus stays on it.
    return html`<p class="muted timer" part="timer">
      ${hidden ? nothing : html`<span>Time left: <span role="timer">${clock(countdown.left)}</span></span>`}
      <button part="button" @click=${toggle}>${hidden ? 'Show timer' : 'Hide timer'}</button>
    </p>`;
  }
  if (countdown.timeUp) return html`<p class="muted bad" part="timer">Time is up: finish your answer and submit it.</p>`;
  return nothing;
}
