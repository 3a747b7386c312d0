// The kit's events: names, detail types and one way to fire them (bubbling, composed).

import type { QuizAnswerDetail, QuizCompleteDetail, QuizStartDetail } from './core/model.js';

// The details of the run's events are the core model's own types.
export type { QuizAnswerDetail, QuizCompleteDetail, QuizMode, QuizStartDetail, TopicResult } from './core/model.js';

export interface QuizTopicsChangeDetail {
  topics: string[];
}

export interface QuizErrorDetail {
  message: string;
  /** Where the problem is: a bank URL, `inline`, `bundled`, or the element's attribute. */
  source: string;
}

export interface QuizEventMap {
  'quiz-answer': CustomEvent<QuizAnswerDetail>;
  'quiz-start': CustomEvent<QuizStartDetail>;
  'quiz-complete': CustomEvent<QuizCompleteDetail>;
  'quiz-topics-change': CustomEvent<QuizTopicsChangeDetail>;
  'quiz-error': CustomEvent<QuizErrorDetail>;
}

type DetailOf<K extends keyof QuizEventMap> = QuizEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a bubbling, composed kit event from `target`. */
export function fire<K extends keyof QuizEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends QuizEventMap {}
}
