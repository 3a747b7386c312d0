// Self-ratings a learner gives a flashcard, in the order they are offered.

export type Rating = 'again' | 'hard' | 'good' | 'easy';

export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

export const RATING_LABELS: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

export const isRating = (v: unknown): v is Rating => RATINGS.includes(v as Rating);
