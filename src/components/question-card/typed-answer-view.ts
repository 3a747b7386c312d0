// The practice and interview body of <quiz-question-card>: a typed answer, then the model answer, key points and feedback on it.

import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerFeedback } from '../../core/grader.js';
import { RATINGS, type Rating } from '../../core/rating.js';
import type { Question } from '../../data/types.js';
import type { CardIds } from '../../i18n/locales/en/card.js';
import type { Translate } from '../../i18n/translate.js';
import { heading } from '../shared/heading.js';
import { markdown, markdownInline } from '../shared/markdown.js';
import type { FeedbackView } from './feedback-view.js';

/** The answer's state the typed answer and its feedback show. */
export interface TypedAnswerState {
  typed: string;
  revealed: boolean;
  /** The answer is being graded. */
  grading: boolean;
  feedback: AnswerFeedback | undefined;
  rating: Rating | undefined;
  notice: string;
  /** `feedback` as the card shows it (verdict, claims to check, per key point), once its code has loaded. */
  feedbackView(bankLang: string | undefined): FeedbackView | undefined;
}

export interface TypedAnswerOptions {
  /** Prefix of the ids of this card, unique on the page. */
  uid: string;
  /** Level of the answer's heading ("Feedback" or "Model answer"); the headings under it use the next level. */
  level: number;
  interview: boolean;
  /** The interview countdown (rendered by its own lazily loaded view), once it has loaded. */
  timer: unknown;
  /** The card's messages. */
  t: Translate<CardIds>;
  /** The bank's language, for `lang` on bank text. */
  bankLang: string | undefined;
}

export interface TypedAnswerActions {
  input(text: string): void;
  /** "Show answer" (practice) or "Submit answer" (interview). */
  reveal(): Promise<void>;
  rate(rating: Rating): void;
}

/** The key points; once the feedback shows, with what it said about each and the verdict above them. */
function renderKeyPoints(
  q: Question,
  state: TypedAnswerState,
  level: number,
  t: Translate<CardIds>,
  bankLang: string | undefined,
): unknown {
  if (!q.keyPoints?.length) return nothing;
  const feedback = state.feedbackView(bankLang);
  return html`
    ${heading('points-heading', t('card.keyPoints'), level + 1, 'sub')}
    ${state.grading ? html`<p class="muted">${t('card.checking')}</p>` : nothing}
    ${feedback?.summary ?? nothing}
    <ul class="list points" part="key-points" aria-labelledby="points-heading">
      ${q.keyPoints.map((kp, i) => {
        const point = feedback?.point(i);
        return html`<li>
          ${point?.mark ?? html`<span class="mark" aria-hidden="true">•</span>`}
          <span>
            ${point?.label ?? nothing}
            <span lang=${bankLang ?? nothing} dir="auto">${markdownInline(kp.point)}</span>
            ${point?.said ?? nothing}
          </span>
        </li>`;
      })}
    </ul>`;
}

function renderRating(state: TypedAnswerState & TypedAnswerActions, t: Translate<CardIds>): TemplateResult {
  return html`<fieldset part="rating">
    <legend>${t('rating.question')}</legend>
    <div class="actions">
      ${RATINGS.map(
        (r) => html`<button part="button" aria-pressed=${state.rating === r ? 'true' : 'false'} @click=${() => state.rate(r)}>
          ${t(`rating.${r}`)}
        </button>`,
      )}
    </div>
  </fieldset>`;
}

export function renderTypedAnswer(
  q: Question,
  state: TypedAnswerState & TypedAnswerActions,
  { uid, level, interview, timer, t, bankLang }: TypedAnswerOptions,
): TemplateResult {
  const { revealed } = state;
  const bl = bankLang ?? nothing;
  // The outline follows the panel: its heading ("Feedback", or "Model answer" in practice), with
  // "Key points" (and in an interview the model answer) one level under it.
  // The learner may answer in any language: the textarea takes its direction from what is typed.
  return html`
    ${interview && !revealed ? timer : nothing}
    <div>
      <label for="${uid}-answer">${t(interview ? 'card.yourAnswer' : 'card.yourAnswerOptional')}</label>
      <textarea id="${uid}-answer" part="answer-input" dir="auto" .value=${state.typed} @input=${(e: Event) => state.input((e.target as HTMLTextAreaElement).value)}
        ?readonly=${interview && revealed}></textarea>
    </div>
    ${state.notice ? html`<p class="notice" role="alert">${state.notice}</p>` : nothing}
    ${
      revealed
        ? html`<section class="panel" part="answer" aria-labelledby="answer-heading" aria-busy=${state.grading}>
            ${heading('answer-heading', t(interview ? 'card.feedback' : 'common.modelAnswer'), level, 'sub')}
            ${interview ? renderKeyPoints(q, state, level, t, bankLang) : nothing}
            ${interview ? heading('model-heading', t('common.modelAnswer'), level + 1, 'sub') : nothing}
            ${q.answer ? html`<div lang=${bl} dir="auto">${markdown(q.answer)}</div>` : html`<p>${t('card.noModelAnswer')}</p>`}
            ${interview ? nothing : renderKeyPoints(q, state, level, t, bankLang)}
          </section>
          ${interview ? nothing : renderRating(state, t)}`
        : html`<div class="actions">
          <button class="primary" part="button" @click=${() => void state.reveal()}>${t(interview ? 'card.submit' : 'card.showAnswer')}</button>
        </div>`
    }
  `;
}
