// Feedback on a typed answer, as a lazy chunk: grading it (controllers/answer-grading.ts), its
// verdict in the learner's language (i18n/verdict.ts, with its English) and how the card shows
// it. A card loads it as the learner types an answer to grade, or to show a saved answer's
// feedback: a card that grades nothing (a flashcard revealed without typing) never downloads it.

import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerFeedback, PointFeedback } from '../../core/grader.js';
import type { CardIds } from '../../i18n/locales/en/card.js';
import type { Translate } from '../../i18n/translate.js';
import { verdictText, type VerdictIds } from '../../i18n/verdict.js';

export { gradeTypedAnswer, prefetchGradingData } from '../../controllers/answer-grading.js';
export { feedbackEnglish, verdictText } from '../../i18n/verdict.js';

type T = Translate<CardIds | VerdictIds>;

/** What the feedback adds to one key point: a ✓ or ✗, its label for screen readers, and the learner's words for it. */
export interface PointView {
  mark: TemplateResult;
  label: TemplateResult;
  said: unknown;
}

/** The feedback as the card shows it: the verdict and the claims to check above the key points, and each point's part. */
export interface FeedbackView {
  summary: TemplateResult;
  point(index: number): PointView | undefined;
}

/** The learner's own words (as typed: no language of ours, so `dir="auto"`), after a label. */
const said = (label: string, words: string[], t: T): TemplateResult =>
  html`<span class="matched muted">${label} ${words.map((w, k) => html`${k ? t('common.comma') : ''}<mark dir="auto">${w}</mark>`)}</span>`;

/** Claims that look wrong (a listed misconception, a swapped subject), each with the learner's words. */
function renderIssues(fb: AnswerFeedback, t: T, bl: string | typeof nothing): unknown {
  if (!fb.issues.length) return nothing;
  // A misconception's message is bank text. A swapped subject is said in the learner's language,
  // naming the bank's subjects; as the grader's English sentence only when saved without them.
  return html`<ul class="list issues" part="issues" aria-label=${t('card.claimsToCheck')}>
    ${fb.issues.map(
      (issue) => html`<li><span class="mark bad" aria-hidden="true">!</span>
      <span>${
        issue.kind === 'misconception'
          ? html`<span lang=${bl} dir="auto">${issue.message}</span>`
          : issue.subjects
            ? html`<span dir="auto">${t('feedback.swapped', { said: issue.evidence, ...issue.subjects })}</span>`
            : html`<span lang="en" dir="auto">${issue.message}</span>`
      }
        ${said(t('card.youSaid'), [issue.evidence], t)}</span></li>`,
    )}
  </ul>`;
}

function renderPoint(point: PointFeedback, t: T): PointView {
  return {
    mark: html`<span class="mark ${point.covered ? 'ok' : 'bad'}" aria-hidden="true">${point.covered ? '✓' : '✗'}</span>`,
    label: html`<span class="visually-hidden">${t(point.covered ? 'card.pointCovered' : 'card.pointMissed')} </span>`,
    said: point.covered
      ? said(t('card.youSaid'), point.evidence, t)
      : point.denied.length
        ? said(t('card.lookedDenied'), point.denied, t)
        : nothing,
  };
}

/** `fb`, the feedback on `typed`, as the card shows it, in `t`'s language; `bankLang` is the bank's language. */
export function feedbackView(fb: AnswerFeedback, typed: string, t: T, bankLang: string | undefined): FeedbackView {
  const bl = bankLang ?? nothing;
  return {
    summary: html`<p part="verdict">${verdictText(t, fb, typed)}</p>
      ${fb.fallback ? html`<p class="notice" role="alert">${t('card.offlineFeedback', { reason: fb.fallback })}</p>` : nothing}
      ${renderIssues(fb, t, bl)}`,
    point: (index) => {
      const point = fb.points[index];
      return point && renderPoint(point, t);
    },
  };
}
