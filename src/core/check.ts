// Grades a question's auto-graded check: which choices were right to pick, and the score.

import type { Check } from '../data/types.js';

/** How one choice turned out once checked. */
export type ChoiceOutcome = 'picked-correct' | 'picked-wrong' | 'missed-correct' | 'skipped-wrong';

export interface CheckResult {
  correct: boolean;
  score: number;
  maxScore: number;
  outcomes: ChoiceOutcome[];
}

/** More than one correct choice: the learner picks every one that applies. */
export const isMultipleChoice = (check: Check): boolean => check.choices.filter((c) => c.correct === true).length > 1;

/**
 * Grades the picked choice indexes. All-or-nothing: the answer is correct when exactly the
 * correct choices are picked (one point), as in most interview screens; partial credit
 * would reward ticking every box.
 */
export function gradeCheck(check: Check, picked: readonly number[]): CheckResult {
  const set = new Set(picked);
  const outcomes = check.choices.map((choice, i): ChoiceOutcome => {
    const isCorrect = choice.correct === true;
    if (set.has(i)) return isCorrect ? 'picked-correct' : 'picked-wrong';
    return isCorrect ? 'missed-correct' : 'skipped-wrong';
  });
  const correct = outcomes.every((o) => o === 'picked-correct' || o === 'skipped-wrong');
  return { correct, score: correct ? 1 : 0, maxScore: 1, outcomes };
}
