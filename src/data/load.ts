// Loads a bank from a URL, an inline <script type="application/json"> or the bundled bank;
// returns a result instead of throwing, and shares one load per URL across the page.

import { DEFAULT_LOAD_TIMEOUT, loadChunk, loadTimeout } from '../internal/lazy.js';
import { FILE_PAGE_PROBLEM, onFilePage } from './load-failure.js';
import type { Bank, BankProblem, BankResult, IndexedBank, Question } from './types.js';
import { formatProblem, validateBank } from './validate.js';

/** Builds the lookup tables once per bank. */
export function indexBank(bank: Bank, source: string): IndexedBank {
  const questionsById = new Map<string, Question>();
  const questionsByTopic = new Map<string, Question[]>(bank.topics.map((t) => [t.id, []]));
  for (const q of bank.questions) {
    questionsById.set(q.id, q);
    questionsByTopic.get(q.topic)?.push(q);
  }
  return { bank, source, questionsById, topicsById: new Map(bank.topics.map((t) => [t.id, t])), questionsByTopic };
}

const fail = (message: string, source: string, problems?: BankProblem[]): BankResult => ({
  ok: false,
  error: problems ? { message, source, problems } : { message, source },
});

/**
 * Validates already parsed data; `source` names where it came from in messages. A bank whose
 * only problems are warnings (fields this version does not know) loads; the warnings are in the
 * result and logged with `console.warn`.
 */
export function parseBank(data: unknown, source: string): BankResult {
  const problems = validateBank(data);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    return fail(`The question bank from ${source} is not valid: ${formatProblem(errors[0]!)}${more}`, source, problems);
  }
  const bank = indexBank(data as Bank, source);
  if (problems.length === 0) return { ok: true, bank };
  // Once per load: loads of one URL are shared, so a page with many elements warns once.
  console.warn(`quizkit: the question bank from ${source} loaded with warnings:\n${problems.map(formatProblem).join('\n')}`);
  return { ok: true, bank, warnings: problems };
}

/** Parses bank JSON text; `source` names where it came from in messages. */
export function parseBankText(text: string, source: string): BankResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`The question bank from ${source} is not valid JSON: ${(e as Error).message}`, source);
  }
  return parseBank(data, source);
}

/** Fetches a bank; a server that does not answer, or stalls mid-body, is given up on after `seconds`. */
async function fetchBank(url: string, seconds: number): Promise<BankResult> {
  const problem = `Could not load the question bank from ${url}:`;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), seconds * 1000);
  try {
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok) {
      return fail(`${problem} the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, url);
    }
    return parseBankText(await response.text(), url);
  } catch (e) {
    if (abort.signal.aborted) return fail(`${problem} no answer within ${seconds} s`, url);
    return fail(`${problem} ${onFilePage() ? FILE_PAGE_PROBLEM : `network error (${(e as Error).message})`}`, url);
  } finally {
    clearTimeout(timer);
  }
}

const loads = new Map<string, Promise<BankResult>>();

/** Loads once per key; failures are forgotten so that a later element may try again. */
function shared(key: string, load: () => Promise<BankResult>): Promise<BankResult> {
  let pending = loads.get(key);
  if (!pending) {
    pending = load().then((result) => {
      if (!result.ok) loads.delete(key);
      return result;
    });
    loads.set(key, pending);
  }
  return pending;
}

/** The bundled ML interview bank: a separate module, fetched only when first asked for. */
export const loadBundledBank = (timeoutSeconds: number = DEFAULT_LOAD_TIMEOUT): Promise<BankResult> =>
  shared('bundled', async () => {
    try {
      const module = await loadChunk('bundled bank', timeoutSeconds);
      return parseBank(module.default, 'the bundled bank');
    } catch (e) {
      return fail(`Could not load the bundled question bank: ${(e as Error).message}`, 'bundled');
    }
  });

/**
 * An inline `<script type="application/json">`, typed by the one thing read from it, so that
 * the declarations need no DOM typings in a Node project.
 */
interface InlineBankScript {
  readonly textContent: string | null;
}

/** The page's base URL; none outside a browser (Node, SSR), where a relative URL is not valid. */
const baseURI = (): string | undefined => (typeof document === 'undefined' ? undefined : document.baseURI);

/** How long to wait for a bank. */
export interface LoadOptions {
  /**
   * Seconds to wait for the bank (default 15) before giving up with an error. Loads of one URL
   * are shared, so the first caller's timeout applies to the others waiting for it.
   */
  timeout?: number | undefined;
}

/**
 * Loads a bank and never throws, nor waits forever (see LoadOptions):
 * - `loadBank(url)` fetches JSON (one request per absolute URL, shared by the page); in Node,
 *   where there is no page to resolve a relative URL against, give an absolute one;
 * - `loadBank(scriptElement)` reads an inline `<script type="application/json">`;
 * - `loadBank()` loads the bundled ML interview bank.
 */
export function loadBank(from?: string | URL | InlineBankScript, options: LoadOptions = {}): Promise<BankResult> {
  const seconds = loadTimeout(options.timeout);
  if (from === undefined) return loadBundledBank(seconds);
  if (typeof from !== 'string' && !(from instanceof URL)) {
    return Promise.resolve(parseBankText(from.textContent ?? '', 'an inline <script type="application/json">'));
  }
  let url: string;
  try {
    url = new URL(from, baseURI()).href;
  } catch {
    return Promise.resolve(fail(`"${String(from)}" is not a valid URL for a question bank`, String(from)));
  }
  return shared(url, () => fetchBank(url, seconds));
}
