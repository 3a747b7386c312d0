// The runner's summary screen — score, chart per topic, every answer, and the interview
// report's actions. A chunk of its own: the runner fetches it when a run starts, so pages
// only download it for runs that can end.

import { html, nothing, svg, type TemplateResult } from 'lit';
import { ratingLabel } from '../../core/rating.js';
import { duration, missed, weakestTopic } from '../../core/results.js';
import { points, type Run } from '../../core/run.js';
import type { IndexedBank, Question } from '../../data/types.js';
import type { QuizAnswerDetail, QuizCompleteDetail, QuizMode } from '../../events.js';
import { markdown, markdownInline } from '../shared/markdown.js';
import { loadChunk } from '../../internal/lazy.js';

/** What the summary needs from its runner. */
export interface SummaryContext {
  bank: IndexedBank;
  run: Run;
  result: QuizCompleteDetail;
  pass: number;
  level: number;
  /** The report text, when the clipboard refused it and it is shown for copying by hand. */
  copied: string | undefined;
  heading(id: string, text: unknown, level: number): TemplateResult;
  start(ids?: string[], mode?: QuizMode): void;
  /** Tells screen readers; shows `text` for copying by hand when `manual`. */
  copiedReport(text: string, manual: boolean): void;
}

function renderChart(bank: IndexedBank, r: QuizCompleteDetail): TemplateResult {
  const rows = Object.entries(r.byTopic).map(([id, t]) => ({
    title: bank.topicsById.get(id)?.title ?? id,
    percent: Math.round((t.score / (t.maxScore || 1)) * 100),
    t,
  }));
  const label = `Score by topic: ${rows.map((row) => `${row.title} ${row.percent}%`).join(', ')}`;
  return html`<figure>
    <svg part="chart" role="img" aria-label=${label} viewBox="0 0 320 ${rows.length * 44}" width="100%">
      ${rows.map(
        (row, i) => svg`<text x="0" y=${i * 44 + 14} class="label">${row.title}</text>
          <rect x="0" y=${i * 44 + 20} width="260" height="14" rx="3" class="track"></rect>
          <rect x="0" y=${i * 44 + 20} width=${row.percent * 2.6} height="14" rx="3" class="bar"></rect>
          <text x="266" y=${i * 44 + 32} class="value">${row.percent}%</text>`,
      )}
    </svg>
    <figcaption class="visually-hidden">Score by topic</figcaption>
    <details>
      <summary>Show as a table</summary>
      <div class="table-scroll" role="region" aria-label="Score by topic, as a table" tabindex="0">
      <table>
        <thead><tr><th scope="col">Topic</th><th scope="col">Score</th><th scope="col">Answered</th></tr></thead>
        <tbody>
          ${rows.map((row) => html`<tr><th scope="row">${row.title}</th><td>${row.t.score} of ${row.t.maxScore} (${row.percent}%)</td>
            <td>${row.t.answered} of ${row.t.total}</td></tr>`)}
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
      ${explanation
        ? html`<details><summary>${mode === 'quiz' ? 'Explanation' : 'Model answer'}</summary>${markdown(explanation)}</details>`
        : nothing}
    </div>
  </li>`;
}

/** Copies the report as text; where the clipboard is blocked, hands the text back for copying by hand. */
async function copy(c: SummaryContext): Promise<void> {
  let text = '';
  try {
    text = (await loadChunk('report')).reportText(c.bank, c.run, c.result, c.pass);
    await navigator.clipboard.writeText(text);
    c.copiedReport(text, false);
  } catch {
    c.copiedReport(text, true);
  }
}

/** Opens every explanation under `root`, so that a printed report shows them. */
export const openDetails = (root: ParentNode): void => root.querySelectorAll('details').forEach((d) => (d.open = true));

export function renderSummary(c: SummaryContext): TemplateResult {
  const { bank, run, result: r } = c;
  const retry = missed(run);
  const interview = run.mode === 'interview';
  const weakest = interview ? weakestTopic(r) : undefined;
  const weakIds = weakest ? (bank.questionsByTopic.get(weakest) ?? []).map((q) => q.id) : [];
  return html`<section part="summary" aria-labelledby="summary-heading">
    ${c.heading('summary-heading', interview ? 'Interview report' : 'Your result', c.level)}
    <p class="score" part="score">
      <strong>${interview ? `${r.percent}% of key points` : `${r.score} of ${r.maxScore}`}</strong>${interview ? nothing : ` (${r.percent}%)`} ·
      <span class=${r.passed ? 'ok' : 'bad'}>${r.passed ? 'Passed' : 'Not passed yet'}</span>
      <span class="muted">· pass mark ${c.pass}% · ${interview ? `${r.answers.length} of ${run.ids.length} answered · total time ` : ''}${duration(r.durationMs)}</span>
    </p>
    ${renderChart(bank, r)}
    ${c.heading('answers-heading', 'Your answers', c.level + 1)}
    <ol class="list answers" part="answers" aria-labelledby="answers-heading">
      ${run.ids.map((id) => renderAnswer(bank.questionsById.get(id)!, run.answers[id], run.mode))}
    </ol>
    <div class="actions" part="report-actions">
      ${weakIds.length
        ? html`<button class="primary" part="button" @click=${() => c.start(weakIds, 'practice')}>
            Practise the weakest topic: ${bank.topicsById.get(weakest!)?.title}</button>`
        : nothing}
      ${retry.length
        ? html`<button class=${interview ? '' : 'primary'} part="button" @click=${() => c.start(retry, run.mode)}>Retry missed (${retry.length})</button>`
        : nothing}
      <button part="button" @click=${() => c.start()}>Restart</button>
      ${interview
        ? html`<button part="button" @click=${() => copy(c)}>Copy report</button>
            <button part="button" @click=${(e: Event) => (openDetails((e.target as Element).getRootNode() as ShadowRoot), print())}>Print report</button>`
        : nothing}
    </div>
    ${c.copied === ''
      ? html`<p class="error" role="alert">The report could not be prepared for copying: print it instead, or reload the page and try again.</p>`
      : c.copied !== undefined
      ? html`<div>
          <label for="report-text">Copying is blocked here: select this text and copy it.</label>
          <textarea id="report-text" readonly rows="8" .value=${c.copied}></textarea>
        </div>`
      : nothing}
  </section>`;
}
