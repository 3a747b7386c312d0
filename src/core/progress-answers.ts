// Answers in the progress store: how the card (the one writer of answers) records one, saved at
// once as a pending review. Pages without a card (a picker alone) never download it.

import type { Change, ProgressStore, QuestionProgress, PendingReview } from './progress-store.js';
import { RATINGS, type Rating } from './rating.js';

/**
 * The schedule used until the scheduler's is written (and for good if it never is): tomorrow,
 * which is what FSRS, day-based, gives a wrong answer, and no later than it gives a right one.
 * So it is a lower bound: a question it puts after a moment is not due before it either.
 */
const simpleDue = (at: number): number => at + 86_400_000;

/** This page's share of answer stamps: random per page, then a counter, so that no two answers share one. */
const page = Math.random().toString(36).slice(2, 8);
let answers = 0;

/** An answer to `id` at `at` as a change; applying it again (same stamp) changes nothing. */
function answer(id: string, stamp: string, at: number, correct: boolean, rating: Rating): Change {
  return {
    id,
    at,
    apply({ q, stamps: allStamps }) {
      const p = q.get(id);
      const stamps = allStamps.get(id) ?? new Map<string, number>();
      if (stamps.has(stamp)) return false;
      const next: QuestionProgress = { seen: (p?.seen ?? 0) + 1, correct: (p?.correct ?? 0) + (correct ? 1 : 0), last: at, due: 0 };
      if (p && p.last > at) {
        // A later answer is already there: this one only counts.
        Object.assign(next, { last: p.last, due: p.due });
        if (p.rating) next.rating = p.rating;
      } else {
        next.due = simpleDue(at);
        next.rating = rating;
      }
      // The card stays the one before this answer: it is what the scheduler starts from. An answer
      // older than the card came too late to be replayed: it only counts.
      if (p?.card) next.card = p.card;
      const pending = p?.pending ?? [];
      if (at > (p?.card?.last_review ?? -Infinity)) {
        const i = pending.findIndex(([when]) => when > at);
        const review: PendingReview = [at, RATINGS.indexOf(rating)];
        next.pending = i === -1 ? [...pending, review] : [...pending.slice(0, i), review, ...pending.slice(i)];
      } else if (pending.length) next.pending = pending;
      q.set(id, next);
      allStamps.set(id, stamps.set(stamp, at));
      return true;
    },
  };
}

/**
 * Records an answer or rating in `store`, saved at once as a pending review: no scheduler is
 * needed (see progress-schedule.ts). Resolves with the question's progress.
 */
export async function record(store: ProgressStore, id: string, correct: boolean, rating: Rating): Promise<QuestionProgress> {
  const stamp = `${page}${(answers++).toString(36)}`;
  store.change(answer(id, stamp, store.now(), correct, rating));
  return store.get(id)!;
}
