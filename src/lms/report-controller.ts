// Connects a <quiz-runner report="scorm|xapi"> to its LMS reporter: loads the reporter's code
// when the attribute asks for it, attaches it, and detaches it when the settings change or the
// runner leaves the page. The reporters only listen to the runner's public events.

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

const KINDS = ['scorm', 'xapi'] as const;
type Kind = (typeof KINDS)[number];

export class ReportController implements ReactiveController {
  readonly #host: ReportHost;
  /** The settings the current reporter was attached with. */
  #settings = '';
  #detach: (() => void) | undefined;

  constructor(host: ReportHost) {
    this.#host = host;
    host.addController(this);
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
      fire(h, 'quiz-error', { message: `report="${h.report}" is not a way of reporting quizkit knows (it knows: scorm, xapi).`, source: 'report' });
      return;
    }
    const load = kind === 'scorm' ? loadChunk('scorm', h.loadTimeout) : loadChunk('xapi', h.loadTimeout);
    load.then(
      (reporter) => {
        if (this.#settings === settings) this.#detach = reporter.attach(h);
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
    this.#detach?.();
    this.#detach = undefined;
  }
}
