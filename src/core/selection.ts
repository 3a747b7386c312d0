// Chooses a run's questions: filter by topic and mode, due cards first, seeded shuffle.
// Integer-only PRNG, so the same seed gives the same order in every browser.

import type { Question } from '../data/types.js';

/** A seed from a number or any string (FNV-1a), as a 32-bit unsigned integer. */
export function seedFrom(seed: string | number): number {
  if (typeof seed === 'number' && Number.isFinite(seed)) return seed >>> 0;
  let h = 0x811c9dc5;
  for (const ch of String(seed)) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small, fast PRNG with good statistical quality for shuffling. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface SelectOptions {
  /** Topic ids; empty means every topic. */
  topics: readonly string[];
  /** At most this many questions; 0 or less means all. */
  count: number;
  mode: 'quiz' | 'practice' | 'interview';
  shuffle: boolean;
  seed: number;
  /** Practice: when each question is next due (ms since epoch); unseen questions have none. */
  dueAt?: (id: string) => number | undefined;
  now?: number;
  /**
   * A bank whose questions load one by one (see IndexedBank.lazy): what its index says of each
   * question's check and key points, which its entries do not hold yet.
   */
  counts?: ReadonlyMap<string, { choices: number; keyPoints: number }>;
}

/**
 * The question ids for a run, in order. Quiz mode uses only questions with a check, interview
 * mode only questions with key points.
 * Practice serves due cards first (most overdue first), then unseen ones, then the rest by due
 * date; shuffling applies within each of those groups. One pass over the bank: O(n log n).
 */
export function selectQuestions(questions: readonly Question[], options: SelectOptions): string[] {
  const topics = new Set(options.topics);
  // Quiz mode needs a check; interview mode needs key points to give feedback on.
  const counts = options.counts;
  const usable = (q: Question): unknown =>
    options.mode === 'quiz'
      ? (q.check ?? counts?.get(q.id)?.choices)
      : options.mode === 'interview'
        ? (q.keyPoints?.length ?? counts?.get(q.id)?.keyPoints)
        : true;
  let pool = questions.filter((q) => (topics.size === 0 || topics.has(q.topic)) && usable(q));
  const rand = random(options.seed);
  if (options.shuffle) pool = shuffled(pool, rand);
  const dueAt = options.dueAt;
  if (options.mode === 'practice' && dueAt) {
    const now = options.now ?? Date.now();
    const rank = (q: Question): number => {
      const due = dueAt(q.id);
      return due === undefined ? 1 : due <= now ? 0 : 2;
    };
    const keyed = pool.map((q, i) => ({ q, i, rank: rank(q), due: dueAt(q.id) ?? 0 }));
    keyed.sort((a, b) => a.rank - b.rank || (a.rank !== 1 ? a.due - b.due : 0) || a.i - b.i);
    pool = keyed.map((k) => k.q);
  }
  const ids = pool.map((q) => q.id);
  return options.count > 0 ? ids.slice(0, options.count) : ids;
}
