// A bank's fetch started before its loader (load.ts, a lazy chunk) has arrived, so that the two
// download together: an element starts it, and load.ts takes it over as its own fetch.

/** A fetch in flight, with the means to give up on it. */
export interface BankFetch {
  readonly response: Promise<Response>;
  readonly abort: AbortController;
}

/** Fetches started ahead and not taken yet, by absolute URL. */
const ahead = new Map<string, BankFetch>();

/** Starts fetching the bank at absolute `url`, unless a fetch of it started ahead is still waiting. */
export function fetchAhead(url: string): void {
  if (ahead.has(url)) return;
  const abort = new AbortController();
  const response = fetch(url, { signal: abort.signal });
  // Whoever takes the fetch reports its failure; a fetch nobody takes has nobody to tell.
  response.catch(() => {});
  ahead.set(url, { response, abort });
}

/** The fetch of `url` started ahead, if one waits: the first to ask takes it over. */
export function takeFetch(url: string): BankFetch | undefined {
  const taken = ahead.get(url);
  ahead.delete(url);
  return taken;
}

/**
 * Gives up the fetch of `url` started ahead if nobody took it: its loader failed to arrive, or the
 * bank was loaded already. A later load then fetches afresh rather than reusing a stale answer.
 */
export const dropFetch = (url: string): void => takeFetch(url)?.abort.abort();
