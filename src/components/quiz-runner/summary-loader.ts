// Brings in the runner's summary screen (<quiz-run-summary>, a chunk of its own) with the kit's one
// failure policy: "Preparing your results…" meanwhile; if its code fails, an alert with Retry and quiz-error.

import type { Translate } from '../../i18n/translate.js';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fire } from '../../events.js';
import { loadChunk } from '../../internal/lazy.js';
import { alert } from '../shared/states.js';

type Host = ReactiveControllerHost & HTMLElement & { loadTimeout: number | undefined; renderRoot: ParentNode };

/** Whether the summary's code is here; one load at a time, forgotten when it fails so that Retry tries again. */
let loaded = false;
let loading: Promise<unknown> | undefined;
const load = (timeout: number | undefined): Promise<unknown> =>
  (loading ??= loadChunk('summary', timeout).then(
    () => (loaded = true),
    (e: Error) => {
      loading = undefined;
      throw e;
    },
  ));

export class SummaryLoader implements ReactiveController {
  readonly #host: Host;
  #error = '';
  /** Whether the run's questions are here (the code's own flag is `loaded`). */
  #ready = false;
  #questions: () => Promise<unknown> | undefined = () => undefined;
  /** What to focus after the next update: focus leaves a button that went away for what replaced it. */
  #focus: string | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Fetches the code early (a run started, so it may end); a failure is reported once the summary is due. */
  prefetch(): void {
    load(this.#host.loadTimeout).catch(() => {});
  }

  /**
   * The run is over: loads the summary's code and `questions` (the run's questions, which a bank
   * that loads them one by one may not all have yet), or says what could not load.
   */
  show(questions: () => Promise<unknown> | undefined = this.#questions): void {
    this.#questions = questions;
    const waiting = questions();
    this.#error = '';
    this.#ready = !waiting;
    this.#refocus(loaded && !waiting ? undefined : '#summary-loading');
    // Once here, the summary takes focus itself.
    Promise.all([load(this.#host.loadTimeout), waiting]).then(
      () => {
        this.#ready = true;
        this.#host.requestUpdate();
      },
      (e: Error) => {
        this.#error = e.message;
        fire(this.#host, 'quiz-error', {
          message: `Your results could not be shown (${e.message}). They were reported in quiz-complete.`,
          source: 'summary',
        });
        this.#refocus('[part=error] button');
      },
    );
  }

  /** `summary()`, or what stands for it (in `t`'s language) while its code loads or after it failed. */
  render(
    summary: () => TemplateResult,
    t: Translate<'runner.resultsUnavailable' | 'runner.summaryFailed' | 'runner.preparingResults' | 'common.retry'>,
  ): TemplateResult {
    if (this.#error)
      return alert(
        t('runner.resultsUnavailable'),
        t('runner.summaryFailed', { reason: this.#error }),
        () => this.show(),
        t('common.retry'),
      );
    if (!loaded || !this.#ready) return html`<p id="summary-loading" aria-busy="true" tabindex="-1">${t('runner.preparingResults')}</p>`;
    return summary();
  }

  hostUpdated(): void {
    if (this.#focus) this.#host.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  #refocus(selector: string | undefined): void {
    this.#focus = selector;
    this.#host.requestUpdate();
  }
}
