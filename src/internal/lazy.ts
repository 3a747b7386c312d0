// The one place that loads code on demand: every lazy chunk, one timeout and one kind of error.

import { INDEX, questionPart } from '../data/banks/ml-interview/chunks.js';
import { loadFailure } from '../data/load-failure.js';
import { loadTimeout, withTimeout } from './timeout.js';

export { DEFAULT_LOAD_TIMEOUT, loadTimeout, withTimeout } from './timeout.js';

/**
 * Every chunk the kit loads on demand. Each `import()` stays a literal here, so that bundlers see
 * it and split the chunk; nothing else in src/ may call `import()`, but for the bundled bank's
 * generated table of chunks (data/banks/ml-interview/chunks.ts; in the CDN build, chunks-cdn.ts,
 * which names each file after its id), loaded through loadBankPart().
 */
const CHUNKS = {
  countdown: () => import('../components/question-card/countdown-view.js'),
  'feedback client': () => import('../core/remote-feedback.js'),
  grader: () => import('../core/grader.js'),
  'answer feedback': () => import('../components/question-card/feedback-view.js'),
  scheduler: () => import('../core/fsrs.js'),
  'run restore': () => import('../core/restore.js'),
  summary: () => import('../components/quiz-runner/run-summary.js'),
  'interview report': () => import('../components/quiz-runner/interview-report.js'),
  report: () => import('../core/report.js'),
  // What asks an enclosing <quiz-bank> or <quiz-runner> for its bank: only elements inside one need it.
  'bank context': () => import('../controllers/bank-consumer.js'),
  // What a <quiz-runner> hands its bank on with, once an element inside it (a picker) asks.
  'bank provider': () => import('../controllers/bank-provider.js'),
  // Loading, parsing and validating a bank from a URL or an inline script: the bundled bank needs none of it.
  'bank loader': () => import('../data/load.js'),
  'bundled bank': () => import('../data/banks/ml-interview.json') as Promise<{ default: unknown }>,
  'GIFT parser': () => import('../data/formats/gift.js'),
  'Markdown parser': () => import('../data/formats/markdown.js'),
  'progress storage': () => import('../data/progress-storage.js'),
  scorm: () => import('../lms/scorm.js'),
  xapi: () => import('../lms/xapi.js'),
  // UI messages other than English (which is built in), when an element speaks that language.
  'de messages': () => import('../i18n/locales/de.js'),
  'es messages': () => import('../i18n/locales/es.js'),
  'fr messages': () => import('../i18n/locales/fr.js'),
  'ar messages': () => import('../i18n/locales/ar.js'),
};

export type ChunkName = keyof typeof CHUNKS;
export type ChunkModule<K extends ChunkName> = Awaited<ReturnType<(typeof CHUNKS)[K]>>;

/** A chunk that failed to load (network, server, parse error) or did not arrive in time. */
export class ChunkError extends Error {
  constructor(
    readonly chunk: ChunkName | BankPart,
    reason: string,
    what = `the ${chunk} code`,
  ) {
    super(`${what} could not load: ${reason}`);
    this.name = 'ChunkError';
  }
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

/** A part of the bundled bank (split at build time): its index, or one question's chunk, answer chunk or grading chunk. */
export type BankPart = 'index' | 'question' | 'answer' | 'grading';

/**
 * Loads a part of the bundled bank (`id` names the question) with loadChunk's timeout and
 * errors. Ids come from pages, and in the CDN build an id names a file: an id the caller did not
 * find in the bank (`known` false) is refused before any request.
 */
export function loadBankPart(part: BankPart, id = '', timeoutSeconds?: number, known = true): Promise<unknown> {
  const seconds = loadTimeout(timeoutSeconds);
  const what =
    part === 'index'
      ? 'the index of the bundled bank'
      : `${part === 'question' ? '' : `the ${part} of `}question "${id}" of the bundled bank`;
  const chunk = part === 'index' ? INDEX : known ? questionPart(id, part) : undefined;
  if (!chunk) return Promise.reject(new ChunkError(part, 'there is no such question', what));
  const load = chunk().then(
    (module) => module.default,
    (e: unknown) => {
      throw new ChunkError(part, loadFailure(e), what);
    },
  );
  return withTimeout(load, seconds, () => new ChunkError(part, `no answer within ${seconds} s`, what));
}
