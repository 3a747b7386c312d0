// Spaced repetition with FSRS (ts-fsrs): a question's next review from a rating. Loaded lazily,
// the first time a view needs due dates (progress-store.ts: settle), so pages that only show
// and rate questions never download it.

import { createEmptyCard, fsrs, generatorParameters, Rating as Grade, type Card } from 'ts-fsrs';
import type { Rating } from './rating.js';

/** A ts-fsrs card as it is stored: dates as milliseconds since epoch. */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: number;
}

// Day-based, without FSRS's minute-long learning steps: a wrong answer is due tomorrow, a new
// card rated good in three days (within a session, "Retry missed" is the short loop). No fuzz:
// the same history always gives the same schedule, so tests can pin it.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

const GRADES = { again: Grade.Again, hard: Grade.Hard, good: Grade.Good, easy: Grade.Easy } as const;

const toCard = (c: StoredCard): Card => ({
  ...c,
  due: new Date(c.due),
  last_review: c.last_review === undefined ? undefined : new Date(c.last_review),
});

const fromCard = (c: Card): StoredCard => {
  const stored: StoredCard = { ...c, due: c.due.getTime(), last_review: c.last_review?.getTime() };
  if (stored.last_review === undefined) delete stored.last_review;
  return stored;
};

/** The card after a review rated `rating` at `now` (a new card when `card` is undefined). */
export function review(card: StoredCard | undefined, rating: Rating, now: number): StoredCard {
  const at = new Date(now);
  return fromCard(scheduler.next(card ? toCard(card) : createEmptyCard(at), at, GRADES[rating]).card);
}
