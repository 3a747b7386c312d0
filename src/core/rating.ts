// Self-ratings a learner gives a flashcard, in the order they are offered.

export type Rating = 'again' | 'hard' | 'good' | 'easy';

export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

/** "Good" for `good`: ratings are shown capitalised. */
export const ratingLabel = (r: Rating): string => r[0]!.toUpperCase() + r.slice(1);

export const isRating = (v: unknown): v is Rating => RATINGS.includes(v as Rating);
