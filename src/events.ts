// The kit's events: names, detail types and one way to fire them (bubbling, composed).

import type { Rating } from './core/rating.js';

export type QuizMode = 'quiz' | 'practice' | 'interview';

export interface QuizAnswerDetail {
  questionId: string;
  mode: QuizMode;
  /** Quiz mode: whether the chosen answer was right. */
  correct?: boolean;
  /** Quiz: 1 or 0. Practice and interview: key points covered by the typed answer (interview: as graded). */
  score: number;
  /** Quiz: 1. Practice and interview: the question's number of key points. */
  maxScore: number;
  /** Quiz: the chosen choice indexes. Practice and interview: the typed answer. */
  response: number[] | string;
  /** Practice: the learner's self-rating. */
  rating?: Rating;
  /** Interview: per key point, whether the answer covered it. */
  points?: boolean[];
  /** Time from the question being shown to this answer. */
  elapsedMs: number;
}

export interface QuizStartDetail {
  questionIds: string[];
  mode: QuizMode;
  topics: string[];
  /** The bank the questions come from: its id (its title when it has none) and title. */
  bank: { id: string; title: string };
}

export interface TopicResult {
  score: number;
  maxScore: number;
  answered: number;
  total: number;
}

export interface QuizCompleteDetail {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  durationMs: number;
  answers: QuizAnswerDetail[];
  byTopic: Record<string, TopicResult>;
}

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
