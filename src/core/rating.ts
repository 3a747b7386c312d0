// Self-ratings a learner gives a flashcard, in the order they are offered.

export type Rating = 'again' | 'hard' | 'good' | 'easy';

export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

/** "Good" for `good`: ratings are shown capitalised. */
export const ratingLabel = (r: Rating): string => r[0]!.toUpperCase() + r.slice(1);

export const isRating = (v: unknown): v is Rating => RATINGS.includes(v as Rating);

/** Good or easy: the learner knew the answer. Counts as a success in progress and in a run's score. */
export const isSuccess = (r: Rating | undefined): boolean => r === 'good' || r === 'easy';

/** The share of a question's key points an answer must cover to be a good answer (and a success). */
export const GOOD_SHARE = 0.6;
