// Connects a <quiz-runner report="scorm|xapi"> to its LMS reporter: loads the reporter's code
// when the attribute asks for it, attaches it, and detaches it when the settings change or the
// runner leaves the page. The reporters see only the runner's public events: the runner's own
// quiz-start, quiz-answer and quiz-complete, held from the moment `report` is set until the
// reporter is there, so that a run started while its code loads is reported whole.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProgressStorage } from '../data/progress-storage.js';
import { fire } from '../events.js';
import { loadChunk } from '../internal/lazy.js';

/** What a reporter may use of the runner: its element, its report settings and its progress storage. */
export type ReportHost = ReactiveControllerHost &
  HTMLElement & {
    report?: string | undefined;
    xapiEndpoint?: string | undefined;
    xapiAuth?: string | undefined;
    xapiActor?: string | undefined;
    loadTimeout?: number | undefined;
    progressStorage?: ProgressStorage | undefined;
  };

/** What a reporter gives back when attached. */
export interface Reporter {
  /** One of the runner's events, in order. */
  handle(name: ReportedEvent, detail: unknown): void;
  detach(): void;
}

const EVENTS = ['quiz-start', 'quiz-answer', 'quiz-complete'] as const;
export type ReportedEvent = (typeof EVENTS)[number];

const KINDS = ['scorm', 'xapi'] as const;
type Kind = (typeof KINDS)[number];

export class ReportController implements ReactiveController {
  readonly #host: ReportHost;
  /** The settings the current reporter was attached with. */
  #settings = '';
  #reporter: Reporter | undefined;
  /** Events seen before the reporter was there. */
  #held: [ReportedEvent, unknown][] = [];

  constructor(host: ReportHost) {
    this.#host = host;
    host.addController(this);
    for (const name of EVENTS) {
      host.addEventListener(name, (e) => {
        // Only the runner's own events: a card in its slot reports nothing to the LMS.
        if (e.target !== host || !this.#settings) return;
        if (this.#reporter) this.#reporter.handle(name, (e as CustomEvent).detail);
        else this.#held.push([name, (e as CustomEvent).detail]);
      });
    }
  }

  hostUpdated(): void {
    const h = this.#host;
    const kind = h.report?.trim().toLowerCase() ?? '';
    const settings = h.isConnected && kind ? JSON.stringify([kind, h.xapiEndpoint, h.xapiAuth, h.xapiActor]) : '';
    if (settings === this.#settings) return;
    this.#stop();
    this.#settings = settings;
    if (!settings) return;
    if (!KINDS.includes(kind as Kind)) {
      fire(h, 'quiz-error', {
        message: `report="${h.report}" is not a way of reporting quizkit knows (it knows: scorm, xapi).`,
        source: 'report',
      });
      return;
    }
    const load = kind === 'scorm' ? loadChunk('scorm', h.loadTimeout) : loadChunk('xapi', h.loadTimeout);
    load.then(
      (module) => {
        if (this.#settings !== settings) return;
        const reporter = (this.#reporter = module.attach(h));
        for (const [name, detail] of this.#held.splice(0)) reporter.handle(name, detail);
      },
      (e: Error) => {
        if (this.#settings === settings) fire(h, 'quiz-error', { message: `Results cannot be reported (${e.message}).`, source: kind });
      },
    );
  }

  hostDisconnected(): void {
    this.#stop();
    this.#settings = '';
  }

  #stop(): void {
    this.#reporter?.detach();
    this.#reporter = undefined;
    this.#held = [];
  }
}
