// Loads a bank from a URL, an inline <script> (JSON, Markdown or GIFT) or the bundled bank;
// returns a result instead of throwing, and shares one load per URL across the page. In the CDN
// build it is a lazy chunk with the parser (elements on the bundled bank never load it), which
// an element loads alongside its bank's fetch (fetch-ahead.ts).

import { DEFAULT_LOAD_TIMEOUT, loadChunk, loadTimeout } from '../internal/lazy.js';
import { takeFetch } from './fetch-ahead.js';
import type { BankFormat } from './formats/convert.js';
import { FILE_PAGE_PROBLEM, onFilePage } from './load-failure.js';
import { parseBank, parseBankTextAs } from './parse.js';
import type { BankResult } from './types.js';

/** A failed load, as parse.ts makes it. */
const fail = (message: string, source: string): BankResult => ({ ok: false, error: { message, source } });

/** The format of bank text. */
export type TextFormat = BankFormat | 'json';

/**
 * The format of a bank file: by its extension (`.md`, `.markdown`, `.gift`), else by its
 * Content-Type (`text/markdown`, `text/gift`, also with `x-`), else JSON.
 */
export function formatOf(url: string, contentType?: string | null): TextFormat {
  const [, extension] = /\.(md|markdown|gift|json)$/i.exec(url.split(/[?#]/)[0]!) ?? [];
  const [, type] = /\/(?:x-)?(markdown|gift)\b/i.exec(contentType ?? '') ?? [];
  const format = (extension ?? type ?? 'json').toLowerCase();
  return format === 'md' ? 'markdown' : (format as TextFormat);
}

/**
 * Fetches a bank, or takes over its fetch if an element started it ahead; a server that does not
 * answer, or stalls mid-body, is given up on after `seconds`.
 */
async function fetchBank(url: string, seconds: number, onUse: boolean): Promise<BankResult> {
  const problem = `Could not load the question bank from ${url}:`;
  const started = takeFetch(url);
  const abort = started?.abort ?? new AbortController();
  const timer = setTimeout(() => abort.abort(), seconds * 1000);
  try {
    const response = await (started?.response ?? fetch(url, { signal: abort.signal }));
    if (!response.ok) {
      return fail(`${problem} the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, url);
    }
    const text = await response.text();
    const format = formatOf(url, response.headers.get('content-type'));
    const result = await parseBankTextAs(text, format, url, seconds, onUse);
    // Read as JSON (for want of a name or type that says otherwise) and it is not: say what it looks like.
    const start = text.trimStart();
    const looks = start.startsWith('#') ? 'Markdown' : !start.startsWith('{') && /::|\{\s*[=~]/.test(start) ? 'GIFT' : undefined;
    if (!result.ok && format === 'json' && looks)
      result.error.message += ` It looks like ${looks}: name the file .${looks === 'GIFT' ? 'gift' : 'md'}, or serve it as text/${looks.toLowerCase()}.`;
    return result;
  } catch (e) {
    if (abort.signal.aborted) return fail(`${problem} no answer within ${seconds} s`, url);
    if (onFilePage()) return fail(`${problem} ${FILE_PAGE_PROBLEM}`, url);
    // Browsers say only "Failed to fetch", for a server that is down and for one on another site
    // that does not let this page read it (CORS) alike: name the second where it can be the cause.
    // (In Node there is no page, and no CORS.)
    const page = globalThis.location;
    const cors = !!page && new URL(url, page.href).origin !== page.origin;
    return fail(`${problem} network error (${(e as Error).message})${cors ? `; ${CORS_PROBLEM}` : ''}`, url);
  } finally {
    clearTimeout(timer);
  }
}

/** What to check when a bank on another site fails to load. */
const CORS_PROBLEM =
  "its server is down, or does not let other sites read it: it must send Access-Control-Allow-Origin (CORS) for this page's origin";

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
      return parseBank((await loadChunk('bundled bank', timeoutSeconds)).default, 'the bundled bank');
    } catch (e) {
      return fail(`Could not load the bundled question bank: ${(e as Error).message}`, 'bundled');
    }
  });

/**
 * An inline `<script type="application/json">` (or `text/markdown`, `text/gift`), typed by what
 * is read from it, so that the declarations need no DOM typings in a Node project.
 */
interface InlineBankScript {
  readonly textContent: string | null;
  readonly type?: string;
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
  /**
   * Check each question in full when it is first used (`bank.lazy.load(id)`) rather than the
   * whole bank up front; the bank's outline (fields, topics, question ids, topics and prompts) is
   * still checked at once. Elements load banks this way; a JSON bank only (Markdown and GIFT are
   * checked whole as they are converted).
   */
  validateOnUse?: boolean | undefined;
}

/**
 * Loads a bank and never throws, nor waits forever (see LoadOptions):
 * - `loadBank(url)` fetches JSON (one request per absolute URL, shared by the page); in Node,
 *   where there is no page to resolve a relative URL against, give an absolute one;
 * - `loadBank(url)` of a `.md` or `.gift` file (or one served as `text/markdown`, `text/gift`)
 *   converts it (see convertBank), and so does `loadBank(script)` of a
 *   `<script type="text/markdown">` or `<script type="text/gift">`;
 * - `loadBank(scriptElement)` reads an inline `<script type="application/json">`;
 * - `loadBank()` loads the bundled ML interview bank.
 */
export function loadBank(from?: string | URL | InlineBankScript, options: LoadOptions = {}): Promise<BankResult> {
  const seconds = loadTimeout(options.timeout);
  const onUse = options.validateOnUse === true;
  if (from === undefined) return loadBundledBank(seconds);
  if (typeof from !== 'string' && !(from instanceof URL)) {
    const type = from.type || 'application/json';
    return parseBankTextAs(from.textContent ?? '', formatOf('', type), `an inline <script type="${type}">`, seconds, onUse);
  }
  let url: string;
  try {
    url = new URL(from, baseURI()).href;
  } catch {
    return Promise.resolve(fail(`"${String(from)}" is not a valid URL for a question bank`, String(from)));
  }
  // A bank checked on use is another result than one checked whole: loads share only with their kind.
  return shared(onUse ? `on use:${url}` : url, () => fetchBank(url, seconds, onUse));
}
