// A page's own progress storage (its server, an LMS): the adapter interface, and the view of an
// adapter that the progress store reads and writes as it reads and writes localStorage.

import type { Bank } from './types.js';

/**
 * Where elements keep the learner's progress instead of `localStorage`: set it as the
 * `progressStorage` property of a `<quiz-bank>`, `<quiz-runner>`, `<quiz-topic-picker>` or
 * `<quiz-question-card>`. The progress of one bank is one text under one key
 * (`quizkit:<bank id>`); store it as it is. Each method may return a value or a promise.
 *
 * - `get(key, bank)`: the text last stored under `key`, or `null`/`undefined` for none.
 *   Read once, when the element's bank is ready. If it fails, progress is kept for this page
 *   view only (nothing is written over what could not be read).
 * - `set(key, value, bank)`: store `value`. Called after every change; a failure is warned about
 *   and the next change tries again with everything. On `pagehide` it is called once more if
 *   something is unsaved: use `fetch(…, { keepalive: true })` or `navigator.sendBeacon` there.
 * - `subscribe(key, listener)` (optional): call `listener(text)` when the progress changed
 *   elsewhere (another device, another tab); return a function that stops it. The text is
 *   merged with what this page has, as for two tabs.
 *
 * Text that is not quizkit progress is ignored with a console warning, as in `localStorage`.
 */
export interface ProgressStorage {
  get(key: string, bank: Bank): unknown;
  set(key: string, value: string, bank: Bank): unknown;
  subscribe?(key: string, listener: (value: string | null) => void): () => void;
}

const warn = (key: string, message: string): void => console.warn(`quizkit: progress storage under "${key}" ${message}`);

/** What an adapter gave as text: strings as they are, objects as JSON, anything else ignored. */
function asText(key: string, value: unknown): string | null {
  if (value === null || value === undefined || typeof value === 'string') return value ?? null;
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      /* a cycle, say: not progress */
    }
  }
  warn(key, `gave ${typeof value} instead of text; it is ignored.`);
  return null;
}

/**
 * An adapter seen as synchronous `Storage`: reads come from what the adapter last gave or was
 * given, writes go to the adapter in the background. The progress store already merges
 * whatever storage holds at write time, so late answers from `subscribe` merge like another
 * tab's writes.
 */
export class AdapterStorage {
  #value: string | null = null;
  #failing = false;
  /** Settles when the adapter has taken the last write (tests, and pages that wait before leaving). */
  written: Promise<void> = Promise.resolve();

  constructor(
    readonly adapter: ProgressStorage,
    readonly key: string,
    readonly bank: Bank,
  ) {}

  /** Reads the adapter once; false when it could not be read (the store then keeps progress in memory). */
  async open(): Promise<boolean> {
    try {
      this.#value = asText(this.key, await this.adapter.get(this.key, this.bank));
      return true;
    } catch (e) {
      warn(this.key, `cannot be read (${(e as Error)?.message ?? e}); progress is kept for this page view only.`);
      return false;
    }
  }

  /** Takes a value the adapter announced (its `subscribe`). */
  receive(value: unknown): void {
    this.#value = asText(this.key, value);
  }

  getItem(): string | null {
    return this.#value;
  }

  setItem(_key: string, value: string): void {
    this.#value = value;
    const report = (e: unknown): void => {
      // Once per failing spell: a server that is down would otherwise warn on every answer.
      if (!this.#failing) warn(this.key, `cannot be saved (${(e as Error)?.message ?? e}); the next change tries again.`);
      this.#failing = true;
    };
    try {
      this.written = Promise.resolve(this.adapter.set(this.key, value, this.bank)).then(() => {
        this.#failing = false;
      }, report);
    } catch (e) {
      report(e);
    }
  }
}

/**
 * Reads `adapter` for `key` once, then makes the store on it with `open` (given the adapter as
 * Storage, or undefined when it could not be read: the store then keeps progress in memory) and
 * passes it what the adapter's `subscribe` announces. The store comes from the caller, as this
 * layer imports nothing from core/.
 */
export async function openAdapter<S extends { reload(): void }>(
  adapter: ProgressStorage,
  key: string,
  bank: Bank,
  open: (storage: AdapterStorage | undefined) => S,
): Promise<S> {
  const storage = new AdapterStorage(adapter, key, bank);
  const readable = await storage.open();
  const store = open(readable ? storage : undefined);
  if (readable) {
    adapter.subscribe?.(key, (value) => {
      storage.receive(value);
      store.reload();
    });
  }
  return store;
}
