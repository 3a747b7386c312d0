// Feedback on a typed answer for an element: from the page's feedback service when the element
// has one (falling back to offline feedback, with a note, when the service fails), else offline.
// Failures are reported as the element's quiz-error; an AbortSignal stops a grading nobody needs.
// Part of the card's lazy feedback chunk (components/question-card/feedback-view.ts).

import type { AnswerFeedback } from '../core/grader.js';
import { isGradable } from '../core/outcome.js';
import type { FeedbackProvider } from '../core/remote-feedback.js';
import type { Misconception, Question } from '../data/types.js';
import { fire } from '../events.js';
import { loadBankPart, loadChunk } from '../internal/lazy.js';

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

/**
 * What the bundled bank keeps in a question's grading chunk (scripts/split-bank.mjs), since
 * only grading reads it: each key point's keywords, the misconceptions, the other phrasings.
 */
interface GradingData {
  keywords?: string[][];
  misconceptions?: Misconception[];
  variants?: string[];
}

/** Grading chunks asked for, by question id; a failed one is forgotten, so that the next grading asks again. */
const gradingData = new Map<string, Promise<GradingData>>();
/** Question ids whose grading chunk was fetched ahead: once each, however many keys are pressed, even after a failure. */
const fetchedAhead = new Set<string>();

/** Starts fetching question `id`'s grading chunk as the learner types an answer to it (the card calls it on input). */
export function prefetchGradingData(id: string, timeout?: number): void {
  if (fetchedAhead.has(id)) return;
  fetchedAhead.add(id);
  void loadGradingData(id, timeout);
}

/** Question `id`'s grading chunk of the bundled bank. Its failure is handled here: a caller may ignore the promise. */
function loadGradingData(id: string, timeout?: number): Promise<GradingData> {
  let data = gradingData.get(id);
  if (!data) {
    data = loadBankPart('grading', id, timeout) as Promise<GradingData>;
    data.catch(() => gradingData.delete(id));
    gradingData.set(id, data);
  }
  return data;
}

/** Question `q` of the bundled bank with what its grading chunk adds: what the grader reads. */
async function withGradingData(q: Question, timeout?: number): Promise<Question> {
  const { keywords, misconceptions, variants } = await loadGradingData(q.id, timeout);
  return {
    ...q,
    ...(misconceptions && { misconceptions }),
    ...(variants && { variants }),
    ...(q.keyPoints && { keyPoints: q.keyPoints.map((p, i) => (keywords?.[i]?.length ? { ...p, keywords: keywords[i] } : p)) }),
  };
}

export interface GradingOptions {
  /** Ask the page's service, when the host has one (default); false grades offline only. */
  remote?: boolean;
  /** The bank's language, for the offline grader. */
  language?: string | undefined;
  /** Aborted when nobody needs the result any more: the service is told to stop, and nothing is reported or graded. */
  signal?: AbortSignal;
  /** A question of the bundled bank: what grading reads comes in its grading chunk, loaded first. */
  bundled?: boolean;
}

/**
 * Grades `text` as an answer to `question`, for `host`: by the page's service, else (or when it
 * fails) offline. Resolves to the feedback, or to why there is none; never rejects.
 */
export async function gradeTypedAnswer(host: GradingHost, question: Question, text: string, options: GradingOptions = {}): Promise<Graded> {
  const { remote = true, language, signal, bundled } = options;
  if (!isGradable(question, text)) return { feedback: undefined };
  // Why the bundled bank's grading chunk is missing: the page's service can still grade without
  // it (the question as shown); the offline grader cannot.
  let missing: string | undefined;
  if (bundled) {
    try {
      question = await withGradingData(question, host.loadTimeout);
    } catch (e) {
      missing = (e as Error).message;
    }
    if (signal?.aborted) return { feedback: undefined };
  }
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
  if (missing) return failed(host, missing, 'bundled');
  try {
    const { gradeAnswer } = await loadChunk('grader', host.loadTimeout);
    return { feedback: { ...gradeAnswer(text, question, { language }), ...(fallback && { fallback }) } };
  } catch (e) {
    return failed(host, (e as Error).message, 'grader');
  }
}

/** No feedback, because what grading needs could not load (`source`: the grader's code, or the bank's data): said once, as quiz-error. */
function failed(host: GradingHost, reason: string, source: string): Graded {
  fire(host, 'quiz-error', { message: `Feedback on your answer could not load (${reason}); compare it with the model answer.`, source });
  return { feedback: undefined, problem: reason };
}
