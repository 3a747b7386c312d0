// The interview report's parts of the runner's summary: key points covered and missed, the
// weakest topic, copy and print. A chunk of its own that only interview runs load (with the
// summary, when the run starts): a quiz or flashcard page never downloads it.

import { html, nothing, type TemplateResult } from 'lit';
import type { ReportTranslate } from '../../core/report.js';
import type { Run } from '../../core/run.js';
import type { IndexedBank, Question } from '../../data/types.js';
import type { QuizAnswerDetail, QuizCompleteDetail } from '../../events.js';
import { interview } from '../../i18n/locales/en/interview.js';
import type { report } from '../../i18n/locales/en/report.js';
import type { EnglishPart } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/translate.js';
import { loadChunk } from '../../internal/lazy.js';
import { markdownInline } from '../shared/markdown.js';

/** The interview report's English, for the summary's translator (its own English does not carry it). */
export const interviewEnglish = interview;

type T = Translate<keyof typeof interview | 'common.semicolon'>;

/** The score line's text: the share of key points, and after the pass mark, how many were answered in what `duration`. */
export const score = (t: T, r: QuizCompleteDetail, run: Run, duration: string): { score: string; details: string } => ({
  score: t('summary.percentKeyPoints', { percent: r.percent }),
  details: `${t('summary.answeredOf', { answered: r.answers.length, total: run.ids.length })}\u00a0· ${t('summary.totalTime', { duration })}`,
});

/** Under an answer: how many key points it covered, and which it missed (bank text, in the bank's language `bl`). */
export function keyPoints(q: Question, answer: QuizAnswerDetail | undefined, t: T, bl: string | typeof nothing): TemplateResult {
  if (!answer) return html``;
  const missed = answer.points ? (q.keyPoints ?? []).filter((_, k) => !answer.points![k]) : [];
  const sep = t('common.semicolon');
  return html`<p>${t('summary.keyPoints', { score: answer.score, total: answer.maxScore })}</p>${
    missed.length
      ? html`<p>${t('summary.missedPoints')} <span lang=${bl} dir="auto">${missed.map((kp, k) => html`${k ? sep : ''}${markdownInline(kp.point)}`)}</span></p>`
      : nothing
  }`;
}

/**
 * Copies the report, as text in the summary's language (`translate` makes its translator from
 * the report's English; `lang` is its tag), to the clipboard. Resolves with '' once copied, or
 * with the text when the clipboard refused it (to show for copying by hand); rejects when the
 * report could not be made (its code did not load).
 */
export async function copyReport(
  bank: IndexedBank,
  run: Run,
  r: QuizCompleteDetail,
  pass: number,
  translate: (english: EnglishPart<keyof typeof interview | keyof typeof report>) => ReportTranslate,
  lang: string,
): Promise<string> {
  const { reportText, reportEnglish } = await loadChunk('report');
  const text = reportText(bank, run, r, pass, translate({ ...interview, ...reportEnglish }), lang);
  try {
    await navigator.clipboard.writeText(text);
    return '';
  } catch {
    return text;
  }
}

/** The report's buttons: copy it as text, print it. */
export const actions = (t: T, copy: () => void, print: () => void): TemplateResult =>
  html`<button part="button" @click=${copy}>${t('summary.copyReport')}</button>
    <button part="button" @click=${print}>${t('summary.printReport')}</button>`;

/**
 * What copying left to show: `text` to copy by hand where the clipboard refused it, or an alert
 * where the report could not be made ('').
 */
export const copied = (t: T, text: string | undefined): TemplateResult | typeof nothing =>
  text === ''
    ? html`<p class="error" role="alert">${t('summary.copyFailed')}</p>`
    : text !== undefined
      ? html`<div>
          <label for="report-text">${t('summary.copyBlocked')}</label>
          <textarea id="report-text" readonly rows="8" dir="auto" .value=${text}></textarea>
        </div>`
      : nothing;
