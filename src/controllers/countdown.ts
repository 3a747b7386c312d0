// A per-question countdown for interview mode: seconds left, ticking while the element is on
// the page, announced at 30 s and at 0 s, and never submitting anything itself. State only: the
// card renders it. Loaded with the first timed question.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Countdown implements ReactiveController {
  /** Whole seconds left; 0 once time is up. */
  left = 0;
  /** True between start() and stop(). */
  running = false;

  /** Time ran out: stopped at 0 s, until the next start(). */
  get timeUp(): boolean {
    return !this.running && this.left === 0;
  }

  readonly #host: ReactiveControllerHost;
  readonly #announce: (left: number) => void;
  #deadline = 0;
  #warned = false;
  #timer: ReturnType<typeof setInterval> | undefined;

  /**
   * `announce` tells screen readers (the host's live region, in the host's language) how many
   * seconds are left: at 30 s, and 0 when time is up.
   */
  constructor(host: ReactiveControllerHost, announce: (left: number) => void) {
    this.#host = host;
    this.#announce = announce;
    host.addController(this);
  }

  start(seconds: number): void {
    this.stop();
    this.running = true;
    this.left = seconds;
    // Questions of 30 s or less have no "30 seconds left".
    this.#warned = seconds <= 30;
    this.#deadline = Date.now() + seconds * 1000;
    this.#resume();
  }

  stop(): void {
    this.running = false;
    this.#pause();
  }

  hostConnected(): void {
    if (this.running) this.#resume();
  }

  hostDisconnected(): void {
    // Off the page, the clock keeps its deadline but stops ticking.
    this.#pause();
  }

  #resume(): void {
    this.#pause();
    this.#timer = setInterval(() => this.#tick(), 250);
  }

  #pause(): void {
    clearInterval(this.#timer);
  }

  #tick(): void {
    const left = Math.max(0, Math.ceil((this.#deadline - Date.now()) / 1000));
    if (left === this.left) return;
    this.left = left;
    if (left === 0) {
      this.stop();
      this.#announce(0);
    } else if (left <= 30 && !this.#warned) {
      this.#warned = true;
      this.#announce(left);
    }
    this.#host.requestUpdate();
  }
}
