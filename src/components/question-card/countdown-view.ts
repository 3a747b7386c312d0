// The interview countdown of <quiz-question-card>, loaded with the first timed question: the clock
// (controllers/countdown.ts) and how the card shows it.

import { html, nothing } from 'lit';
import type { Countdown } from '../../controllers/countdown.js';

export { Countdown } from '../../controllers/countdown.js';

const clock = (s: number): string => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** The time left while the clock runs, and the "time is up" note once it ran out. */
export function renderCountdown(countdown: Countdown): unknown {
  if (countdown.running) return html`<p class="muted" part="timer">Time left: <span role="timer">${clock(countdown.left)}</span></p>`;
  if (countdown.timeUp) return html`<p class="muted bad" part="timer">Time is up: finish your answer and submit it.</p>`;
  return nothing;
}
