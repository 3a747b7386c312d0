// When a question is next due for review, from the learner's rating: a small SM-2 style rule
// (longer gaps after each success, back to minutes after a lapse).

import type { Rating } from './rating.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Growth of the review gap per rating, and its floor. */
const RULES: Record<Rating, [factor: number, floor: number]> = {
  again: [0, 10 * MINUTE],
  hard: [1.2, DAY],
  good: [2.5, DAY],
  easy: [3.5, 4 * DAY],
};

/**
 * The next due time for a question last reviewed at `last` and due at `due` (both ms since
 * epoch, undefined for a new question), rated `rating` at `now`.
 */
export function nextDue(rating: Rating, now: number, last?: number, due?: number): number {
  const [factor, floor] = RULES[rating];
  const previousGap = last !== undefined && due !== undefined ? Math.max(0, due - last) : 0;
  return now + Math.max(floor, Math.round(previousGap * factor));
}

/** A quiz answer as a rating: right is "good", wrong is "again". */
export const ratingForCheck = (correct: boolean): Rating => (correct ? 'good' : 'again');
