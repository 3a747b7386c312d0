// <quiz-run-summary>: the runner's summary screen (score, chart per topic, every answer, the
// interview report's copy and print), an internal element in a chunk of its own: the runner
// fetches it when a run starts, so pages only download it for runs that can end.

import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { ratingLabel } from '../../core/rating.js';
import { duration, missed, weakestTopic } from '../../core/results.js';
import { points, type Run } from '../../core/run.js';
import type { IndexedBank, Question } from '../../data/types.js';
import { canDefine } from '../../define.js';
import { fire, type QuizAnswerDetail, type QuizCompleteDetail, type QuizMode } from '../../events.js';
import { loadChunk } from '../../internal/lazy.js';
import { markdown, markdownInline } from '../shared/markdown.js';
import { heading } from '../shared/heading.js';
import { summaryStyles } from './run-summary.styles.js';

/** What a `restart` event asks of the runner: a run on `ids` (by default its planned questions) in `mode`. */
export interface RestartDetail {
  ids?: string[];
  mode?: QuizMode;
}

/** The chart's width in SVG units: each topic's title above its bar, the percentage after the bar. */
const CHART_WIDTH = 320;
const BAR_WIDTH = 260;

function renderChart(bank: IndexedBank, r: QuizCompleteDetail, rtl: boolean): TemplateResult {
  const rows = Object.entries(r.byTopic).map(([id, t]) => ({
    title: bank.topicsById.get(id)?.title ?? id,
    percent: Math.round((t.score / (t.maxScore || 1)) * 100),
    t,
  }));
  const label = `Score by topic: ${rows.map((row) => `${row.title} ${row.percent}%`).join(', ')}`;
  // Right to left, the chart is mirrored: bars grow from the right, titles start there. SVG text
  // is anchored at its start, which is its right end in right-to-left text, so mirroring each x
  // keeps the text inside the chart (unmirrored, it would run off the left edge).
  const x = (at: number, width = 0): number => (rtl ? CHART_WIDTH - at - width : at);
  return html`<figure>
    <svg part="chart" role="img" aria-label=${label} viewBox="0 0 ${CHART_WIDTH} ${rows.length * 44}" width="100%"
      direction=${rtl ? 'rtl' : 'ltr'}>
      ${rows.map(
        (row, i) => svg`<text x=${x(0)} y=${i * 44 + 14} class="label">${row.title}</text>
          <rect x=${x(0, BAR_WIDTH)} y=${i * 44 + 20} width=${BAR_WIDTH} height="14" rx="3" class="track"></rect>
          <rect x=${x(0, (row.percent / 100) * BAR_WIDTH)} y=${i * 44 + 20} width=${(row.percent / 100) * BAR_WIDTH} height="14" rx="3" class="bar"></rect>
          <text x=${x(BAR_WIDTH + 6)} y=${i * 44 + 32} class="value">${row.percent}%</text>`,
      )}
    </svg>
    <figcaption class="visually-hidden">Score by topic</figcaption>
    <details>
      <summary>Show as a table</summary>
      <div class="table-scroll" role="region" aria-label="Score by topic, as a table" tabindex="0">
      <table>
        <thead><tr><th scope="col">Topic</th><th scope="col">Score</th><th scope="col">Answered</th></tr></thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr><th scope="row">${row.title}</th><td>${row.t.score} of ${row.t.maxScore} (${row.percent}%)</td>
            <td>${row.t.answered} of ${row.t.total}</td></tr>`,
          )}
        </tbody>
      </table>
      </div>
    </details>
  </figure>`;
}

function renderAnswer(q: Question, answer: QuizAnswerDetail | undefined, mode: QuizMode): TemplateResult {
  const right = points(answer) >= 1;
  const response = answer?.response;
  // Picked choices are bank text (Markdown); what the learner typed is shown as typed.
  const given = !answer
    ? 'Skipped'
    : Array.isArray(response)
      ? response.map((i, k) => html`${k ? '; ' : ''}${markdownInline(q.check?.choices[i]?.text)}`)
      : answer.rating
        ? `Rated ${ratingLabel(answer.rating)}${response ? `; you wrote: ${response}` : ''}`
        : response;
  const explanation = mode === 'quiz' ? q.check?.explanation : q.answer;
  const missedPoints = answer?.points ? (q.keyPoints ?? []).filter((_, k) => !answer.points![k]) : [];
  return html`<li>
    <span class="mark ${right ? 'ok' : 'bad'}" aria-hidden="true">${right ? '✓' : '✗'}</span>
    <div>
      <p class="sub">${markdownInline(q.prompt)}<span class="visually-hidden">${right ? ' (right)' : ' (missed)'}</span></p>
      ${mode === 'interview' && answer ? html`<p>${answer.score} of ${answer.maxScore} key points</p>` : nothing}
      ${missedPoints.length ? html`<p>Missed: ${missedPoints.map((kp, k) => html`${k ? '; ' : ''}${markdownInline(kp.point)}`)}</p>` : nothing}
      <p class="muted">Your answer: ${given}</p>
      ${
        explanation
          ? html`<details><summary>${mode === 'quiz' ? 'Explanation' : 'Model answer'}</summary>${markdown(explanation)}</details>`
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
  /** The report as text when the clipboard refused it, shown for copying by hand ('' when it could not be made). */
  declare private copied: string | undefined;

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
  async #copy(): Promise<void> {
    let text = '';
    try {
      text = (await loadChunk('report')).reportText(this.bank, this.run, this.result, this.pass);
      await navigator.clipboard.writeText(text);
      this.dispatchEvent(new CustomEvent('announce', { detail: 'Report copied.' }));
    } catch {
      if (!text) fire(this, 'quiz-error', { message: 'The report could not be prepared for copying.', source: 'report' });
      this.copied = text;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#report-text')?.focus();
    }
  }

  #print(): void {
    this.#openDetails();
    print();
  }

  override render(): TemplateResult {
    const { bank, run, result: r, level } = this;
    const retry = missed(run);
    const interview = run.mode === 'interview';
    const weakest = interview ? weakestTopic(r) : undefined;
    // The chart takes the direction the summary is in when it renders (dir on the page or element).
    const rtl = this.matches(':dir(rtl)');
    const weakIds = weakest ? (bank.questionsByTopic.get(weakest) ?? []).map((q) => q.id) : [];
    return html`<section part="summary" aria-labelledby="summary-heading">
      ${heading('summary-heading', interview ? 'Interview report' : 'Your result', level)}
      <p class="score" part="score">
        <strong>${interview ? `${r.percent}% of key points` : `${r.score} of ${r.maxScore}`}</strong>${interview ? nothing : ` (${r.percent}%)`} ·
        <span class=${r.passed ? 'ok' : 'bad'}>${r.passed ? 'Passed' : 'Not passed yet'}</span>
        <span class="muted">· pass mark ${this.pass}% · ${interview ? `${r.answers.length} of ${run.ids.length} answered · total time ` : ''}${duration(r.durationMs)}</span>
      </p>
      ${renderChart(bank, r, rtl)}
      ${heading('answers-heading', 'Your answers', level + 1)}
      <ol class="list answers" part="answers" aria-labelledby="answers-heading">
        ${run.ids.map((id) => renderAnswer(bank.questionsById.get(id)!, run.answers[id], run.mode))}
      </ol>
      <div class="actions" part="report-actions">
        ${
          weakIds.length
            ? html`<button class="primary" part="button" @click=${() => this.#restart({ ids: weakIds, mode: 'practice' })}>
              Practise the weakest topic: ${bank.topicsById.get(weakest!)?.title}</button>`
            : nothing
        }
        ${
          retry.length
            ? html`<button class=${interview ? '' : 'primary'} part="button" @click=${() => this.#restart({ ids: retry, mode: run.mode })}>Retry missed (${retry.length})</button>`
            : nothing
        }
        <button part="button" @click=${() => this.#restart({})}>Restart</button>
        ${
          interview
            ? html`<button part="button" @click=${this.#copy}>Copy report</button>
              <button part="button" @click=${this.#print}>Print report</button>`
            : nothing
        }
      </div>
      ${
        this.copied === ''
          ? html`<p class="error" role="alert">The report could not be prepared for copying: print it instead, or reload the page and try again.</p>`
          : this.copied !== undefined
            ? html`<div>
              <label for="report-text">Copying is blocked here: select this text and copy it.</label>
              <textarea id="report-text" readonly rows="8" .value=${this.copied}></textarea>
            </div>`
            : nothing
      }
    </section>`;
  }
}

if (canDefine('quiz-run-summary')) customElements.define('quiz-run-summary', QuizRunSummary);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-run-summary': QuizRunSummary;
  }
}
