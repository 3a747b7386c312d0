// Feedback on a typed answer for an element: from the page's feedback service when the element
// has one (falling back to offline feedback, with a note, when the service fails), else offline.
// Failures are reported as the element's quiz-error; an AbortSignal stops a grading nobody needs.
// Part of the card's lazy feedback chunk (components/question-card/feedback-view.ts).

import type { AnswerFeedback } from '../core/grader.js';
import { isGradable } from '../core/outcome.js';
import type { FeedbackProvider } from '../core/remote-feedback.js';
import type { Question } from '../data/types.js';
import { fire } from '../events.js';
import { loadChunk } from '../internal/lazy.js';

/** The element graded for: its feedback settings (the card's attributes), read when a grading starts. */
export interface GradingHost extends EventTarget {
  feedbackProvider: FeedbackProvider | undefined;
  feedbackEndpoint: string | undefined;
  feedbackCredentials: RequestCredentials | undefined;
  /** Seconds to wait for the service (`feedback-timeout`). */
  feedbackTimeout: number | undefined;
  /** Seconds to wait for the code loaded on demand (`load-timeout`). */
  loadTimeout: number | undefined;
}

/** What a grading came to. */
export interface Graded {
  /** Undefined when nothing could grade the answer (or the grading was aborted). */
  feedback: AnswerFeedback | undefined;
  /** Why there is no feedback: the grader's code could not load (the reason, for the card's message). Already reported as quiz-error. */
  problem?: string;
}

export interface GradingOptions {
  /** Ask the page's service, when the host has one (default); false grades offline only. */
  remote?: boolean;
  /** The bank's language, for the offline grader. */
  language?: string | undefined;
  /** Aborted when nobody needs the result any more: the service is told to stop, and nothing is reported or graded. */
  signal?: AbortSignal;
}

/**
 * Grades `text` as an answer to `question`, for `host`: by the page's service, else (or when it
 * fails) offline. Resolves to the feedback, or to why there is none; never rejects.
 */
export async function gradeTypedAnswer(host: GradingHost, question: Question, text: string, options: GradingOptions = {}): Promise<Graded> {
  const { remote = true, language, signal } = options;
  if (!isGradable(question, text)) return { feedback: undefined };
  let fallback: string | undefined;
  if (remote && (host.feedbackProvider || host.feedbackEndpoint)) {
    try {
      const { endpointProvider, requestFeedback } = await loadChunk('feedback client', host.loadTimeout);
      const provider = host.feedbackProvider ?? endpointProvider(host.feedbackEndpoint ?? '', host.feedbackCredentials);
      const result = await requestFeedback(provider, question, text, host.feedbackTimeout, signal);
      if (typeof result !== 'string') return { feedback: result };
      fallback = result;
    } catch (e) {
      // The service cannot be asked without its client: offline feedback, as when it fails.
      fallback = (e as Error).message;
    }
    // Stopped because nobody needs the reply any more: nothing failed, and nothing to grade.
    if (signal?.aborted) return { feedback: undefined };
    fire(host, 'quiz-error', { message: `Offline feedback was used: ${fallback}`, source: host.feedbackEndpoint ?? 'feedbackProvider' });
  }
  try {
    const { gradeAnswer } = await loadChunk('grader', host.loadTimeout);
    return { feedback: { ...gradeAnswer(text, question, { language }), ...(fallback && { fallback }) } };
  } catch (e) {
    const reason = (e as Error).message;
    fire(host, 'quiz-error', {
      message: `Feedback on your answer could not load (${reason}); compare it with the model answer.`,
      source: 'grader',
    });
    return { feedback: undefined, problem: reason };
  }
}
