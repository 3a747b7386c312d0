// <quiz-run-summary>: the runner's summary screen (score, chart per topic, every answer), an
// internal element in a chunk of its own: the runner fetches it when a run starts, so pages only
// download it for runs that can end. An interview's report (key points, copy and print) is a
// chunk of its own again (interview-report.ts), which the runner hands in with `interview`.

import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { missed, weakestTopic } from '../../core/results.js';
import { LocalizeController } from '../../controllers/localize.js';
import { points, type Run } from '../../core/run.js';
import type { IndexedBank, Question } from '../../data/types.js';
import { canDefine } from '../../define.js';
import { fire, type QuizAnswerDetail, type QuizCompleteDetail, type QuizMode } from '../../events.js';
import { formatDuration } from '../../i18n/format-time.js';
import { summaryEnglish } from '../../i18n/locales/en/summary.js';
import type { Strings } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/translate.js';
import { markdown, markdownInline } from '../shared/markdown.js';
import { heading } from '../shared/heading.js';
import type * as InterviewReport from './interview-report.js';
import { summaryStyles } from './run-summary.styles.js';

/** What a `restart` event asks of the runner: a run on `ids` (by default its planned questions) in `mode`. */
export interface RestartDetail {
  ids?: string[];
  mode?: QuizMode;
}

type T = Translate<keyof typeof summaryEnglish>;
/** The summary's messages and, in an interview run, the report's. */
type InterviewT = Translate<keyof typeof summaryEnglish | keyof typeof InterviewReport.interviewEnglish>;

/**
 * The score per topic as a bar chart: each topic's title above its bar, the percentage after the
 * bar. In HTML rather than SVG, so that a long title wraps instead of being cut off, the text
 * keeps the page's size at any width, and the layout mirrors right to left by itself. Screen
 * readers get one label with every score (and the table below).
 */
function renderChart(
  bank: IndexedBank,
  r: QuizCompleteDetail,
  tr: T,
  bl: string | typeof nothing,
  pct: (percent: number) => string,
): TemplateResult {
  const rows = Object.entries(r.byTopic).map(([id, t]) => ({
    title: bank.topicsById.get(id)?.title ?? id,
    percent: Math.round((t.score / (t.maxScore || 1)) * 100),
    t,
  }));
  const label = tr('summary.chartLabel', {
    scores: rows.map((row) => tr('summary.chartItem', { topic: row.title, percent: row.percent })).join(tr('common.comma')),
  });
  return html`<figure>
    <div part="chart" class="chart" role="img" aria-label=${label}>
      ${rows.map(
        // The title keeps the bank's direction inside a line in the summary's: it starts where its bar does.
        (row) => html`<span class="label"><span lang=${bl} dir="auto">${row.title}</span></span>
          <progress max="100" .value=${row.percent}></progress><span>${pct(row.percent)}</span>`,
      )}
    </div>
    <figcaption class="visually-hidden">${tr('summary.byTopic')}</figcaption>
    <details>
      <summary>${tr('summary.showTable')}</summary>
      <div class="table-scroll" role="region" aria-label=${tr('summary.tableLabel')} tabindex="0">
      <table>
        <thead><tr><th scope="col">${tr('summary.colTopic')}</th><th scope="col">${tr('summary.colScore')}</th><th scope="col">${tr('summary.colAnswered')}</th></tr></thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr><th scope="row" lang=${bl} dir="auto">${row.title}</th>
            <td>${tr('summary.scoreCell', { score: row.t.score, total: row.t.maxScore, percent: row.percent })}</td>
            <td>${tr('summary.answeredCell', { answered: row.t.answered, total: row.t.total })}</td></tr>`,
          )}
        </tbody>
      </table>
      </div>
    </details>
  </figure>`;
}

function renderAnswer(
  q: Question,
  answer: QuizAnswerDetail | undefined,
  mode: QuizMode,
  t: T,
  bl: string | typeof nothing,
  keyPoints: TemplateResult | typeof nothing,
): TemplateResult {
  const right = points(answer) >= 1;
  const response = answer?.response;
  const sep = t('common.semicolon');
  // Picked choices are bank text (Markdown); what the learner typed is shown as typed.
  const given = !answer
    ? t('summary.skipped')
    : Array.isArray(response)
      ? html`<span lang=${bl} dir="auto">${response.map((i, k) => html`${k ? sep : ''}${markdownInline(q.check?.choices[i]?.text)}`)}</span>`
      : answer.rating
        ? response
          ? t('summary.ratedWrote', { rating: t(`rating.${answer.rating}`), response })
          : t('summary.rated', { rating: t(`rating.${answer.rating}`) })
        : html`<span dir="auto">${response}</span>`;
  const explanation = mode === 'quiz' ? q.check?.explanation : q.answer;
  return html`<li>
    <span class="mark ${right ? 'ok' : 'bad'}" aria-hidden="true">${right ? '✓' : '✗'}</span>
    <div>
      <p class="sub"><span lang=${bl} dir="auto">${markdownInline(q.prompt)}</span><span class="visually-hidden"> ${t(right ? 'summary.right' : 'summary.missed')}</span></p>
      ${keyPoints}
      <p class="muted">${t('summary.yourAnswer')} ${given}</p>
      ${
        explanation
          ? html`<details><summary>${t(mode === 'quiz' ? 'summary.explanation' : 'common.modelAnswer')}</summary><div lang=${bl} dir="auto">${markdown(explanation)}</div></details>`
          : nothing
      }
    </div>
  </li>`;
}

/**
 * A finished run's summary, inside a `<quiz-runner>` only. It renders into the runner's shadow
 * root (it has none of its own), so the runner's theme, parts and focus order apply as to the
 * rest of the runner, and it adds its own styles there. It tells its runner what to do with two events that do not bubble:
 * `restart` (detail: RestartDetail) and `announce` (detail: a message for the runner's live region).
 * It takes focus as it appears, and printing opens every explanation, from the Print button or
 * the browser's own print command.
 *
 * @internal
 */
export class QuizRunSummary extends LitElement {
  static override properties = {
    bank: { attribute: false },
    run: { attribute: false },
    result: { attribute: false },
    pass: { attribute: false },
    level: { attribute: false },
    strings: { attribute: false },
    interview: { attribute: false },
    copied: { state: true },
  };

  /** The bank the run was on. */
  declare bank: IndexedBank;
  declare run: Run;
  declare result: QuizCompleteDetail;
  /** The pass mark, in percent. */
  declare pass: number;
  /** The heading level of the summary's title. */
  declare level: number;
  /** The runner's `strings`. */
  declare strings: Strings | undefined;
  /** An interview run's report parts (their own chunk, which the runner loads with the summary's). */
  declare interview: typeof InterviewReport | undefined;
  /** The report as text when the clipboard refused it, shown for copying by hand ('' when it could not be made). */
  declare private copied: string | undefined;

  /** The runner's language: resolved the same way, from the runner's lang (its ancestor) or the run's bank. */
  readonly #l10n = new LocalizeController(this, { english: summaryEnglish, bankLanguage: () => this.bank?.bank.language });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Rendered into the runner's shadow root, the summary adds its styles to the runner's (once).
    // Every browser Lit 3 supports without polyfills can share a style sheet so.
    const root = this.getRootNode();
    const sheet = summaryStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    window.addEventListener('beforeprint', this.#openDetails);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#openDetails);
  }

  protected override firstUpdated(): void {
    // As each of the runner's screens does, the summary takes focus as it appears: its title.
    this.querySelector<HTMLElement>('#summary-heading')?.focus();
  }

  /** Opens every explanation, so that a printed report shows them. */
  #openDetails = (): void => this.querySelectorAll('details').forEach((d) => (d.open = true));

  #restart(detail: RestartDetail): void {
    this.dispatchEvent(new CustomEvent<RestartDetail>('restart', { detail }));
  }

  /** Copies the report as text; where the clipboard is blocked, shows the text for copying by hand. */
  async #copy(report: typeof InterviewReport, t: InterviewT): Promise<void> {
    let text = '';
    try {
      text = await report.copyReport(this.bank, this.run, this.result, this.pass, (english) => this.#l10n.with(english), this.#l10n.lang);
      if (!text) return void this.dispatchEvent(new CustomEvent('announce', { detail: t('runner.reportCopied') }));
    } catch {
      fire(this, 'quiz-error', { message: 'The report could not be prepared for copying.', source: 'report' });
    }
    this.copied = text;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#report-text')?.focus();
  }

  #print(): void {
    this.#openDetails();
    print();
  }

  override render(): TemplateResult {
    const { bank, run, result: r, level } = this;
    const bl = bank.bank.language ?? nothing;
    const retry = missed(run);
    // An interview's report adds its parts (the runner loads their code with the summary's).
    const report = run.mode === 'interview' ? this.interview : undefined;
    // Without a report, no message of the report's is asked for.
    const t: InterviewT = report ? this.#l10n.with(report.interviewEnglish) : this.#l10n.t;
    const duration = formatDuration(this.#l10n.lang, r.durationMs);
    const score = report?.score(t, r, run, duration);
    const weakest = report && weakestTopic(r);
    const weakIds = weakest ? (bank.questionsByTopic.get(weakest) ?? []).map((q) => q.id) : [];
    return html`<section part="summary" aria-labelledby="summary-heading">
      ${heading('summary-heading', t(report ? 'summary.interviewHeading' : 'summary.heading'), level)}
      <p class="score" part="score">
        <!-- A no-break space before each "·": a line that wraps ends with one rather than starts with it. -->
        <strong>${score?.score ?? t('summary.score', { score: r.score, total: r.maxScore })}</strong>${
          score ? nothing : ` (${this.#l10n.percent(r.percent)})`
        }&nbsp;· <span class=${r.passed ? 'ok' : 'bad'}>${t(r.passed ? 'summary.passed' : 'summary.notPassed')}</span
        ><span class="muted">&nbsp;· ${t('summary.passMark', { percent: this.pass })}&nbsp;· ${score?.details ?? duration}</span>
      </p>
      ${renderChart(bank, r, t, bl, this.#l10n.percent)}
      ${heading('answers-heading', t('summary.answers'), level + 1)}
      <ol class="list answers" part="answers" aria-labelledby="answers-heading">
        ${run.ids.map((id) => {
          const q = bank.questionsById.get(id)!;
          const answer = run.answers[id];
          return renderAnswer(q, answer, run.mode, t, bl, report ? report.keyPoints(q, answer, t, bl) : nothing);
        })}
      </ol>
      <div class="actions" part="report-actions">
        ${
          weakIds.length
            ? html`<button class="primary" part="button" @click=${() => this.#restart({ ids: weakIds, mode: 'practice' })}>
              ${t('summary.practiseWeakest', { topic: bank.topicsById.get(weakest!)?.title ?? weakest! })}</button>`
            : nothing
        }
        ${
          retry.length
            ? html`<button class=${report ? '' : 'primary'} part="button" @click=${() => this.#restart({ ids: retry, mode: run.mode })}>${t('summary.retryMissed', { count: retry.length })}</button>`
            : nothing
        }
        <button part="button" @click=${() => this.#restart({})}>${t('summary.restart')}</button>
        ${
          report
            ? report.actions(
                t,
                () => void this.#copy(report, t),
                () => this.#print(),
              )
            : nothing
        }
      </div>
      ${report ? report.copied(t, this.copied) : nothing}
    </section>`;
  }
}

if (canDefine('quiz-run-summary')) customElements.define('quiz-run-summary', QuizRunSummary);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-run-summary': QuizRunSummary;
  }
}
