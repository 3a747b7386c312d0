// What an answer counts for: the quiz-answer detail that reports it, whether progress counts it
// as a success and the review rating it earns; and the feedback a saved answer shows again.

import type { Question } from '../data/types.js';
import type { CheckResult } from './check.js';
import type { AnswerFeedback } from './grader.js';
import type { QuizAnswerDetail, QuizMode } from './model.js';
import { GOOD_SHARE, isSuccess, type Rating } from './rating.js';
import { ratingForCheck, ratingForScore } from './scheduler.js';

/** An answer as progress and the page hear of it. */
export interface Outcome {
  detail: QuizAnswerDetail;
  /** Whether progress counts the question as known. */
  success: boolean;
  /** The review rating that schedules the question's next review. */
  rating: Rating;
}

/** Which question was answered, in which mode, and how long after it was shown. */
export interface Answering {
  question: Question;
  mode: QuizMode;
  elapsedMs: number;
}

/** A question without a check, asked in quiz mode, is shown and reported as a flashcard. */
export const answerMode = (mode: QuizMode, q: Question): QuizMode => (mode === 'quiz' && !q.check ? 'practice' : mode);

/** A typed answer gets feedback when it says something and the question has key points to hold it against. */
export const isGradable = (q: Question, text: string): boolean => !!text.trim() && !!q.keyPoints?.length;

type Graded = Omit<QuizAnswerDetail, 'questionId' | 'mode' | 'elapsedMs'>;

const detail = (a: Answering, graded: Graded): QuizAnswerDetail => ({
  questionId: a.question.id,
  mode: answerMode(a.mode, a.question),
  elapsedMs: a.elapsedMs,
  ...graded,
});

/** A checked choice (quiz): right is a success, rated "good"; wrong is rated "again". */
export function checkOutcome(a: Answering, picked: readonly number[], result: CheckResult): Outcome {
  return {
    detail: detail(a, { correct: result.correct, score: result.score, maxScore: result.maxScore, response: [...picked] }),
    success: result.correct,
    rating: ratingForCheck(result.correct),
  };
}

/**
 * A submitted typed answer (interview), scored by its feedback: a success when it covers
 * GOOD_SHARE of the key points, rated by the share covered. Without feedback it scores 0.
 */
export function submittedOutcome(a: Answering, text: string, feedback: AnswerFeedback | undefined): Outcome {
  const maxScore = a.question.keyPoints?.length ?? 0;
  const score = feedback?.score ?? 0;
  const share = score / (maxScore || 1);
  return {
    detail: detail(a, { score, maxScore, response: text, points: feedback?.points.map((p) => p.covered) }),
    success: share >= GOOD_SHARE,
    rating: ratingForScore(share),
  };
}

/** A self-rated flashcard (practice): the learner's rating decides; good or easy is a success. */
export function ratedOutcome(a: Answering, text: string, feedback: AnswerFeedback | undefined, rating: Rating): Outcome {
  return {
    detail: detail(a, { score: feedback?.score ?? 0, maxScore: a.question.keyPoints?.length ?? 0, response: text, rating }),
    success: isSuccess(rating),
    rating,
  };
}

/**
 * The feedback a saved typed answer got, rebuilt from what was recorded: the key points it
 * covered and its score, as the feedback service (or the offline grader) gave them, so that
 * going back to it never grades it again. Undefined when the answer recorded no points (a
 * flashcard) or the question's key points changed since.
 */
export function feedbackFromSaved(q: Question, saved: QuizAnswerDetail): AnswerFeedback | undefined {
  const keyPoints = q.keyPoints ?? [];
  const { points, score } = saved;
  const n = keyPoints.length;
  if (typeof saved.response !== 'string' || !n || points?.length !== n || saved.maxScore !== n) return undefined;
  return {
    points: keyPoints.map((kp, i) => ({ point: kp.point, covered: !!points[i], matched: [], evidence: [], denied: [] })),
    covered: points.filter(Boolean).length,
    score,
    maxScore: n,
    keywordList: false,
    issues: [],
    verdict: `Score: ${Math.round((score / n) * 100)}%.`,
  };
}
