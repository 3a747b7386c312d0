// A per-question countdown: seconds left, ticking while the element is on the page. It only
// counts and reports; what happens at 30 s and 0 s is the element's business (announcements).

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Countdown implements ReactiveController {
  /** Whole seconds left; 0 once time is up. */
  left = 0;
  /** True between start() and stop(). */
  running = false;

  readonly #host: ReactiveControllerHost;
  readonly #onTick: (left: number) => void;
  #deadline = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** `onTick` is called whenever the whole seconds left change. */
  constructor(host: ReactiveControllerHost, onTick: (left: number) => void) {
    this.#host = host;
    this.#onTick = onTick;
    host.addController(this);
  }

  start(seconds: number): void {
    this.stop();
    this.running = true;
    this.left = seconds;
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
    if (left === 0) this.stop();
    this.#onTick(left);
    this.#host.requestUpdate();
  }
}
