// quizkit/data: the bank and grading API without elements or DOM access, for Node, SSR and
// authors' build scripts (importing it defines no element and touches no browser global).

import { gradeAnswer as gradeKeyPoints, type AnswerFeedback } from './core/grader.js';
import type { Question } from './data/types.js';

export { loadBank, parseBank, parseBankText } from './data/load.js';
export type { LoadOptions } from './data/load.js';
export { formatProblem, validateBank } from './data/validate.js';
export type { Bank, BankProblem, BankResult, Check, Choice, Difficulty, IndexedBank, KeyPoint, Question, Topic } from './data/types.js';
export type { AnswerFeedback, PointFeedback } from './core/grader.js';

/**
 * Offline feedback on a typed answer to `question`: which of its key points the answer covers,
 * with the words that matched, a score (one point per key point) and a one-line verdict. A
 * question without key points has nothing to cover: the score is 0 of 0.
 */
export function gradeAnswer(answer: string, question: Pick<Question, 'keyPoints'>): AnswerFeedback {
  return gradeKeyPoints(answer, question.keyPoints ?? []);
}
