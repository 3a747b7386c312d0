// Brings in the runner's summary screen (<quiz-run-summary>, a chunk of its own, and for an
// interview the report's parts, another) with the kit's one failure policy: "Preparing your
// results…" meanwhile; if their code fails, an alert with Retry and quiz-error.

import type { Translate } from '../../i18n/translate.js';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fire } from '../../events.js';
import type { QuizMode } from '../../events.js';
import { loadChunk, type ChunkModule } from '../../internal/lazy.js';
import { alert } from '../shared/states.js';

type Host = ReactiveControllerHost & HTMLElement & { loadTimeout: number | undefined; renderRoot: ParentNode };

/** The chunks a summary may need: its own, and an interview's report parts. */
type Part = 'summary' | 'interview report';
/** An interview's report parts, once here. */
export type InterviewReport = ChunkModule<'interview report'>;

/** The chunks that are here; one load of each at a time, forgotten when it fails so that Retry tries again. */
const loaded = new Map<Part, unknown>();
const loading = new Map<Part, Promise<unknown>>();
function loadPart(part: Part, timeout: number | undefined): Promise<unknown> {
  let pending = loading.get(part);
  if (!pending) {
    pending = loadChunk(part, timeout).then(
      (module) => loaded.set(part, module),
      (e: Error) => {
        loading.delete(part);
        throw e;
      },
    );
    loading.set(part, pending);
  }
  return pending;
}

/** The chunks a summary of a run in `mode` needs: an interview's adds the report's parts. */
const partsFor = (mode: QuizMode): Part[] => (mode === 'interview' ? ['summary', 'interview report'] : ['summary']);
/** Loads the summary's code for a run in `mode`, the parts at once, side by side. */
const load = (mode: QuizMode, timeout: number | undefined): Promise<unknown> =>
  Promise.all(partsFor(mode).map((part) => loadPart(part, timeout)));

export class SummaryLoader implements ReactiveController {
  readonly #host: Host;
  #error = '';
  /** Whether the run's questions are here (the code's own flag is `loaded`). */
  #ready = false;
  #questions: () => Promise<unknown> | undefined = () => undefined;
  /** The mode of the run whose summary is due. */
  #mode: QuizMode = 'quiz';
  /** What to focus after the next update: focus leaves a button that went away for what replaced it. */
  #focus: string | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Fetches the code early (a run in `mode` started, so it may end); a failure is reported once the summary is due. */
  prefetch(mode: QuizMode): void {
    load(mode, this.#host.loadTimeout).catch(() => {});
  }

  /** Whether the code of the summary of a run in `mode` is here. */
  #loaded(): boolean {
    return partsFor(this.#mode).every((part) => loaded.has(part));
  }

  /**
   * The run (in `mode`) is over: loads the summary's code and `questions` (the run's questions,
   * which a bank that loads them one by one may not all have yet), or says what could not load.
   */
  show(mode: QuizMode = this.#mode, questions: () => Promise<unknown> | undefined = this.#questions): void {
    this.#mode = mode;
    this.#questions = questions;
    const waiting = questions();
    this.#error = '';
    this.#ready = !waiting;
    this.#refocus(this.#loaded() && !waiting ? undefined : '#summary-loading');
    // Once here, the summary takes focus itself.
    Promise.all([load(mode, this.#host.loadTimeout), waiting]).then(
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

  /**
   * `summary()` (given an interview's report parts, for an interview), or what stands for it (in
   * `t`'s language) while its code loads or after it failed.
   */
  render(
    summary: (interview: InterviewReport | undefined) => TemplateResult,
    t: Translate<'runner.resultsUnavailable' | 'runner.summaryFailed' | 'runner.preparingResults' | 'common.retry'>,
  ): TemplateResult {
    if (this.#error)
      return alert(
        t('runner.resultsUnavailable'),
        t('runner.summaryFailed', { reason: this.#error }),
        () => this.show(),
        t('common.retry'),
      );
    if (!this.#loaded() || !this.#ready)
      return html`<p id="summary-loading" aria-busy="true" tabindex="-1">${t('runner.preparingResults')}</p>`;
    return summary(loaded.get('interview report') as InterviewReport | undefined);
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
