// The one place that loads code on demand: every lazy chunk, one timeout and one kind of error.

import { loadFailure } from '../data/load-failure.js';

/**
 * Every chunk the kit loads on demand. Each `import()` stays a literal here, so that bundlers see
 * it and split the chunk; nothing else in src/ may call `import()`.
 */
const CHUNKS = {
  countdown: () => import('../controllers/countdown.js'),
  'feedback client': () => import('../core/remote-feedback.js'),
  grader: () => import('../core/grader.js'),
  scheduler: () => import('../core/fsrs.js'),
  summary: () => import('../components/quiz-runner/summary.js'),
  report: () => import('../core/report.js'),
  'bundled bank': () => import('../data/banks/ml-interview.json') as Promise<{ default: unknown }>,
  'progress storage': () => import('../data/progress-storage.js'),
  scorm: () => import('../lms/scorm.js'),
  xapi: () => import('../lms/xapi.js'),
};

export type ChunkName = keyof typeof CHUNKS;
export type ChunkModule<K extends ChunkName> = Awaited<ReturnType<(typeof CHUNKS)[K]>>;

/** Seconds to wait for a chunk or a bank before giving up, unless an element's `load-timeout` says otherwise. */
export const DEFAULT_LOAD_TIMEOUT = 15;

/** `load-timeout` in seconds as given, or the default when it is not a positive number. */
export const loadTimeout = (seconds: number | undefined): number =>
  typeof seconds === 'number' && seconds > 0 && Number.isFinite(seconds) ? seconds : DEFAULT_LOAD_TIMEOUT;

/** A chunk that failed to load (network, server, parse error) or did not arrive in time. */
export class ChunkError extends Error {
  constructor(
    readonly chunk: ChunkName,
    reason: string,
  ) {
    super(`the ${chunk} code could not load: ${reason}`);
    this.name = 'ChunkError';
  }
}

/**
 * Rejects with `reason()` if `promise` has not settled within `seconds`. The work itself goes on
 * (a browser cannot cancel a module fetch); only the wait ends, so that nobody waits forever.
 */
export function withTimeout<T>(promise: Promise<T>, seconds: number | undefined, reason: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(reason()), loadTimeout(seconds) * 1000);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Loads a chunk, or rejects with a ChunkError that names it, within `timeoutSeconds` (by default
 * DEFAULT_LOAD_TIMEOUT). On a page opened from file:// the error says why nothing loads there.
 */
export function loadChunk<K extends ChunkName>(chunk: K, timeoutSeconds?: number): Promise<ChunkModule<K>> {
  const seconds = loadTimeout(timeoutSeconds);
  const load = (CHUNKS[chunk] as () => Promise<ChunkModule<K>>)().catch((e: unknown) => {
    throw new ChunkError(chunk, loadFailure(e));
  });
  return withTimeout(load, seconds, () => new ChunkError(chunk, `no answer within ${seconds} s`));
}
