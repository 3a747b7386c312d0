// Shared by the lazy-chunk failure tests of the card: each file fails a different chunk, since
// Chromium remembers a module that failed to load for the life of the page.

import { html, oneEvent } from '@open-wc/testing';
import '../../src/components/question-card/question-card.js';
import type { QuizQuestionCard } from '../../src/components/question-card/question-card.js';
import type { QuizAnswerDetail, QuizErrorDetail } from '../../src/events.js';
import { $, button, mount, SAMPLE, text } from './helpers.js';

export const ANSWER = 'Precision counts false positives among what we flag; recall counts false negatives.';

export const card = (attrs: { timeLimit?: number; endpoint?: string } = {}): Promise<QuizQuestionCard> =>
  mount<QuizQuestionCard>(html`<quiz-question-card src=${SAMPLE} question="precision-vs-recall" mode="interview"
    load-timeout="1" time-limit=${attrs.timeLimit ?? 0} feedback-endpoint=${attrs.endpoint ?? ''}></quiz-question-card>`);

/** Types ANSWER, submits, and gathers what the card reported. */
export async function submit(el: QuizQuestionCard): Promise<{ answer: QuizAnswerDetail; errors: QuizErrorDetail[] }> {
  const errors: QuizErrorDetail[] = [];
  el.addEventListener('quiz-error', (e) => errors.push(e.detail));
  const input = $<HTMLTextAreaElement>(el, 'textarea');
  input.value = ANSWER;
  input.dispatchEvent(new Event('input'));
  const answered = oneEvent(el, 'quiz-answer');
  button(el, 'Submit answer').click();
  const { detail } = await answered;
  await el.updateComplete;
  return { answer: detail, errors };
}

export const status = (el: QuizQuestionCard): string => text($(el, '[role=status]'));
