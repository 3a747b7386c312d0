// The learner's progress per bank (answers, review schedule, unfinished runs), kept in
// Storage when it works and in memory when it does not. Never throws: corrupt or foreign
// data is ignored with a console warning. The schedule comes from an injected scheduler
// (FSRS, loaded lazily), so this module stays small and tests can pin the clock.

import type { Question } from '../data/types.js';
import type { StoredCard } from './fsrs.js';
import { isRating, type Rating } from './rating.js';

export const PROGRESS_VERSION = 1;

export interface QuestionProgress {
  /** Times answered or rated. */
  seen: number;
  /** Times answered right (quiz) or rated good or easy (practice). */
  correct: number;
  /** When last answered, ms since epoch. */
  last: number;
  /** When next due for review, ms since epoch. */
  due: number;
  rating?: Rating;
  /** The scheduler's state for this question (FSRS memory model). */
  card?: StoredCard;
}

/** Computes the next review: the FSRS card after a rating, sync or async. */
export type Scheduler = (card: StoredCard | undefined, rating: Rating, now: number) => StoredCard | Promise<StoredCard>;

export interface TopicStats {
  total: number;
  answered: number;
  correct: number;
  /** Due for review by the end of today (local time). */
  due: number;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

interface Saved {
  v: number;
  q: Record<string, QuestionProgress>;
  runs: Record<string, unknown>;
}

const isProgress = (v: unknown): v is QuestionProgress => {
  const p = v as QuestionProgress;
  return typeof p === 'object' && p !== null && [p.seen, p.correct, p.last, p.due].every(Number.isFinite) &&
    (p.rating === undefined || isRating(p.rating));
};

const warn = (message: string): void => console.warn(`quizkit: progress ${message}`);

export class ProgressStore {
  /** False when nothing can be saved (no storage, blocked, full, or newer data to protect). */
  persistent: boolean;
  /** Grows on every change, so that views can cache what they derive from the store. */
  version = 0;

  readonly #key: string;
  readonly #storage: StorageLike | undefined;
  readonly #now: () => number;
  readonly #schedule: Scheduler | undefined;
  #data: Saved = { v: PROGRESS_VERSION, q: {}, runs: {} };
  readonly #listeners = new Set<() => void>();

  constructor(key: string, storage: StorageLike | undefined, now = (): number => Date.now(), schedule?: Scheduler) {
    this.#key = key;
    this.#storage = storage;
    this.#now = now;
    this.#schedule = schedule;
    this.persistent = !!storage;
    this.#read();
  }

  #read(): void {
    let raw: string | null = null;
    try {
      raw = this.#storage?.getItem(this.#key) ?? null;
    } catch (e) {
      this.persistent = false;
      warn(`cannot be read (${(e as Error).message}); keeping it in memory.`);
    }
    if (raw === null) return;
    let saved: Partial<Saved>;
    try {
      saved = JSON.parse(raw) as Partial<Saved>;
    } catch {
      warn(`under "${this.#key}" is not JSON; starting afresh.`);
      return;
    }
    if (typeof saved !== 'object' || saved === null || typeof saved.v !== 'number') {
      warn(`under "${this.#key}" is not quizkit data; starting afresh.`);
      return;
    }
    if (saved.v > PROGRESS_VERSION) {
      // A newer quizkit wrote it: use nothing, and overwrite nothing.
      this.persistent = false;
      warn(`under "${this.#key}" is from a newer version (${saved.v}); it is left untouched.`);
      return;
    }
    if (saved.v < PROGRESS_VERSION) warn(`under "${this.#key}" is from an old version; starting afresh.`);
    else {
      const q = typeof saved.q === 'object' && saved.q ? saved.q : {};
      for (const [id, p] of Object.entries(q)) if (isProgress(p)) this.#data.q[id] = p;
      if (typeof saved.runs === 'object' && saved.runs) this.#data.runs = saved.runs;
    }
  }

  #write(): void {
    this.version++;
    if (this.persistent) {
      try {
        this.#storage!.setItem(this.#key, JSON.stringify(this.#data));
      } catch (e) {
        this.persistent = false;
        warn(`cannot be saved (${(e as Error).message}); keeping it in memory.`);
      }
    }
    for (const listener of this.#listeners) listener();
  }

  /** Reads the stored progress again (another tab saved), then tells the subscribers. */
  reload(): void {
    this.#data = { v: PROGRESS_VERSION, q: {}, runs: {} };
    this.#read();
    this.version++;
    for (const listener of this.#listeners) listener();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get(id: string): QuestionProgress | undefined {
    return this.#data.q[id];
  }

  /**
   * Records an answer or rating and schedules the next review. Resolves once saved; if the
   * scheduler cannot load, the answer is still saved, due again in ten minutes or a day.
   */
  async record(id: string, correct: boolean, rating: Rating): Promise<QuestionProgress> {
    const now = this.#now();
    let card: StoredCard | undefined;
    try {
      card = await this.#schedule?.(this.#data.q[id]?.card, rating, now);
    } catch (e) {
      warn(`scheduling failed (${(e as Error).message}); the answer is saved with a simple schedule.`);
    }
    const before = this.#data.q[id];
    const progress: QuestionProgress = {
      seen: (before?.seen ?? 0) + 1,
      correct: (before?.correct ?? 0) + (correct ? 1 : 0),
      last: now,
      due: card?.due ?? now + (rating === 'again' ? 600_000 : 86_400_000),
      rating,
    };
    if (card) progress.card = card;
    this.#data.q[id] = progress;
    this.#write();
    return progress;
  }

  /** Counts for a set of questions: how many answered, answered right, and due by the end of today. */
  stats(questions: readonly Question[]): TopicStats {
    const now = new Date(this.#now()).setHours(24, 0, 0, 0);
    const stats: TopicStats = { total: questions.length, answered: 0, correct: 0, due: 0 };
    for (const q of questions) {
      const p = this.#data.q[q.id];
      if (!p) continue;
      stats.answered++;
      if (p.rating === 'good' || p.rating === 'easy') stats.correct++;
      if (p.due < now) stats.due++;
    }
    return stats;
  }

  loadRun(key: string): unknown {
    return this.#data.runs[key];
  }

  saveRun(key: string, run: unknown): void {
    this.#data.runs[key] = run;
    this.#write();
  }

  clearRun(key: string): void {
    if (!(key in this.#data.runs)) return;
    delete this.#data.runs[key];
    this.#write();
  }
}
