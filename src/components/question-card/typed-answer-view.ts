// The practice and interview body of <quiz-question-card>: a typed answer, then the model answer, key points and feedback on it.

import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerFeedback } from '../../core/grader.js';
import { ratingLabel, RATINGS, type Rating } from '../../core/rating.js';
import type { Question } from '../../data/types.js';
import { heading } from '../shared/heading.js';
import { markdown, markdownInline } from '../shared/markdown.js';

/** The answer's state the typed answer and its feedback show. */
export interface TypedAnswerState {
  typed: string;
  revealed: boolean;
  /** The answer is being graded. */
  grading: boolean;
  feedback: AnswerFeedback | undefined;
  rating: Rating | undefined;
  notice: string;
}

export interface TypedAnswerOptions {
  /** Prefix of the ids of this card, unique on the page. */
  uid: string;
  /** Level of the answer's heading ("Feedback" or "Model answer"); the headings under it use the next level. */
  level: number;
  interview: boolean;
  /** The interview countdown (rendered by its own lazily loaded view), once it has loaded. */
  timer: unknown;
}

export interface TypedAnswerActions {
  input(text: string): void;
  /** "Show answer" (practice) or "Submit answer" (interview). */
  reveal(): Promise<void>;
  rate(rating: Rating): void;
}

const said = (label: string, words: string[]): TemplateResult =>
  html`<span class="matched muted">${label}: ${words.map((w, k) => html`${k ? ', ' : ''}<mark>${w}</mark>`)}</span>`;

function renderKeyPoints(q: Question, state: TypedAnswerState, level: number): unknown {
  if (!q.keyPoints?.length) return nothing;
  const fb = state.feedback;
  return html`
    ${heading('points-heading', 'Key points', level + 1, 'sub')}
    ${state.grading ? html`<p class="muted">Checking your answer…</p>` : nothing}
    ${
      fb
        ? html`<p part="verdict">${fb.verdict}</p>
          ${fb.fallback ? html`<p class="notice" role="alert">Offline feedback: ${fb.fallback}.</p>` : nothing}
          ${renderIssues(fb)}`
        : nothing
    }
    <ul class="list points" part="key-points" aria-labelledby="points-heading">
      ${q.keyPoints.map((kp, i) => {
        const point = fb?.points[i];
        return html`<li>
          ${
            point
              ? html`<span class="mark ${point.covered ? 'ok' : 'bad'}" aria-hidden="true">${point.covered ? '✓' : '✗'}</span>`
              : html`<span class="mark" aria-hidden="true">•</span>`
          }
          <span>
            ${point ? html`<span class="visually-hidden">${point.covered ? 'Covered: ' : 'Missed: '}</span>` : nothing}
            ${markdownInline(kp.point)}
            ${point?.covered ? said('You said', point.evidence) : point?.denied.length ? said('Looked denied', point.denied) : nothing}
          </span>
        </li>`;
      })}
    </ul>`;
}

/** Claims that look wrong (a listed misconception, a swapped subject), each with the learner's words. */
function renderIssues(fb: AnswerFeedback): unknown {
  if (!fb.issues.length) return nothing;
  return html`<ul class="list issues" part="issues" aria-label="Claims to check">
    ${fb.issues.map(
      (issue) => html`<li><span class="mark bad" aria-hidden="true">!</span>
      <span>${issue.message} <span class="matched muted">You said: <mark>${issue.evidence}</mark></span></span></li>`,
    )}
  </ul>`;
}

function renderRating(state: TypedAnswerState & TypedAnswerActions): TemplateResult {
  return html`<fieldset part="rating">
    <legend>How well did you know this?</legend>
    <div class="actions">
      ${RATINGS.map(
        (r) => html`<button part="button" aria-pressed=${state.rating === r ? 'true' : 'false'} @click=${() => state.rate(r)}>
          ${ratingLabel(r)}
        </button>`,
      )}
    </div>
  </fieldset>`;
}

export function renderTypedAnswer(
  q: Question,
  state: TypedAnswerState & TypedAnswerActions,
  { uid, level, interview, timer }: TypedAnswerOptions,
): TemplateResult {
  const { revealed } = state;
  // The outline follows the panel: its heading ("Feedback", or "Model answer" in practice), with
  // "Key points" (and in an interview the model answer) one level under it.
  return html`
    ${interview && !revealed ? timer : nothing}
    <div>
      <label for="${uid}-answer">Your answer${interview ? '' : ' (optional)'}</label>
      <textarea id="${uid}-answer" part="answer-input" .value=${state.typed} @input=${(e: Event) => state.input((e.target as HTMLTextAreaElement).value)}
        ?readonly=${interview && revealed}></textarea>
    </div>
    ${state.notice ? html`<p class="notice" role="alert">${state.notice}</p>` : nothing}
    ${
      revealed
        ? html`<section class="panel" part="answer" aria-labelledby="answer-heading" aria-busy=${state.grading}>
            ${heading('answer-heading', interview ? 'Feedback' : 'Model answer', level, 'sub')}
            ${interview ? renderKeyPoints(q, state, level) : nothing}
            ${interview ? heading('model-heading', 'Model answer', level + 1, 'sub') : nothing}
            ${q.answer ? markdown(q.answer) : html`<p>This question has no model answer yet.</p>`}
            ${interview ? nothing : renderKeyPoints(q, state, level)}
          </section>
          ${interview ? nothing : renderRating(state)}`
        : html`<div class="actions">
          <button class="primary" part="button" @click=${() => void state.reveal()}>${interview ? 'Submit answer' : 'Show answer'}</button>
        </div>`
    }
  `;
}
