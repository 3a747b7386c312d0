// How an answer becomes a review rating for the scheduler.

import { GOOD_SHARE, type Rating } from './rating.js';

/** A quiz answer: right is "good", wrong is "again". */
export const ratingForCheck = (correct: boolean): Rating => (correct ? 'good' : 'again');

/**
 * A graded interview answer, from the share of key points covered (0–1): all of them "easy",
 * most (`GOOD_SHARE`) "good", some "hard", none "again".
 */
export const ratingForScore = (share: number): Rating =>
  share >= 1 ? 'easy' : share >= GOOD_SHARE ? 'good' : share > 0 ? 'hard' : 'again';
