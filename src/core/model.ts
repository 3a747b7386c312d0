// The kit's data model: modes, answers, runs' results. Plain types that core modules compute
// with; the public events (events.ts) carry them as their details.

import type { Rating } from './rating.js';

/** How a question is used: an auto-graded check, a flashcard, or a typed answer with feedback. */
export type QuizMode = 'quiz' | 'practice' | 'interview';

/** Every mode, in the order the kit offers them. */
export const QUIZ_MODES: readonly QuizMode[] = ['quiz', 'practice', 'interview'];

export const isQuizMode = (v: unknown): v is QuizMode => QUIZ_MODES.includes(v as QuizMode);

/**
 * An element's `mode` as given (`mode="Quiz"`, a framework's property): a mode in any case and
 * spacing, as HTML reads its own enumerated attributes; anything else is `fallback`, with a
 * console warning, so that a run is never saved or reported under a mode that does not exist.
 */
export function toQuizMode(value: unknown, fallback: QuizMode): QuizMode {
  const mode = `${value}`.trim().toLowerCase();
  if (isQuizMode(mode)) return mode;
  console.warn(`quizkit: there is no mode "${value}"; using ${fallback}.`);
  return fallback;
}

/** What each mode is called on screen. */
export const MODE_LABELS: Readonly<Record<QuizMode, string>> = { quiz: 'Quiz', practice: 'Flashcards', interview: 'Mock interview' };

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
