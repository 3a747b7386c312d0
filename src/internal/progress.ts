// One progress store per bank id per page, on localStorage when the browser allows it.

import { ProgressStore, type Lock, type Scheduler } from '../core/progress-store.js';
import { loadChunk, type ChunkModule } from './lazy.js';
import type { Bank } from '../data/types.js';
import type { ProgressStorage } from '../data/progress-storage.js';

const stores = new Map<string, ProgressStore>();

/** localStorage, or undefined where reading it throws (sandboxed iframes, blocked cookies). */
function localStore(): Storage | undefined {
  // No window at all (Node, SSR): nothing to keep progress in, and nothing to warn about.
  if (typeof window === 'undefined') return undefined;
  try {
    return window.localStorage;
  } catch {
    console.warn('quizkit: localStorage is blocked here; progress is kept for this page view only.');
    return undefined;
  }
}

/** FSRS, fetched the first time something needs due dates; synchronous once it is here, so a replay of many reviews does not wait on each. */
let loaded: ChunkModule<'scheduler'> | undefined;
const fsrs: Scheduler = (card, rating, now) =>
  loaded ? loaded.review(card, rating, now) : loadChunk('scheduler').then((m) => (loaded = m).review(card, rating, now));

/** Web Locks where the browser has them (secure contexts), so that tabs take turns to write. */
function webLock(): Lock | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (name, task) => locks.request(name, task) : undefined;
}

let listening = false;

/**
 * Another tab of the same site saved progress: take it in, so that this tab neither shows stale
 * counts nor overwrites what was learned there; and a closing page, which may never be granted the
 * lock, writes what is left without it. Installed with the first store, not at import, so that
 * importing the kit where there is no window (Node, SSR) does not throw.
 */
function listenToOtherTabs(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('storage', (e) => {
    // No key: storage was cleared, which every store must hear of.
    for (const store of e.key === null ? stores.values() : [stores.get(e.key)]) store?.reload();
  });
  window.addEventListener('pagehide', () => [...stores.values(), ...adaptedStores].forEach((s) => s.flush()));
}

const keyOf = (bank: Bank): string => `quizkit:${bank.id ?? bank.title}`;

/** The page's shared store for `bank` (keyed by its id, or its title when it has none). */
export function progressFor(bank: Bank): ProgressStore {
  listenToOtherTabs();
  const key = keyOf(bank);
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new ProgressStore(key, localStore(), undefined, fsrs, webLock())));
  return store;
}

/** Stores on a page's own storage adapters: one per adapter and bank, shared like the default ones. */
let adapted = new WeakMap<ProgressStorage, Map<string, Promise<ProgressStore>>>();
const adaptedStores = new Set<ProgressStore>();

/**
 * The store for `bank` on `adapter` once the adapter has been read (the default store without
 * one). No lock: the adapter, not this page, decides between writers; the store still merges
 * what `subscribe` brings in.
 */
export function openProgress(bank: Bank, adapter?: ProgressStorage): ProgressStore | Promise<ProgressStore> {
  if (!adapter) return progressFor(bank);
  listenToOtherTabs();
  const key = keyOf(bank);
  const byKey = adapted.get(adapter) ?? new Map<string, Promise<ProgressStore>>();
  adapted.set(adapter, byKey);
  let store = byKey.get(key);
  if (!store) {
    // The adapter's view is code only pages with their own storage need: loaded with the first one.
    store = loadChunk('progress storage').then(
      ({ openAdapter }) =>
        openAdapter(adapter, key, bank, (storage) => {
          const s = new ProgressStore(key, storage, undefined, fsrs);
          adaptedStores.add(s);
          return s;
        }),
      (e: Error) => {
        console.warn(`quizkit: ${e.message}; progress is kept for this page view only.`);
        return new ProgressStore(key, undefined, undefined, fsrs);
      },
    );
    byKey.set(key, store);
  }
  return store;
}

/** Forgets the page's stores as a page that goes away does (tests use it to simulate a fresh page; data in storage stays). */
export function forgetProgressStores(): void {
  [...stores.values(), ...adaptedStores].forEach((s) => {
    s.flush();
    s.retire();
  });
  stores.clear();
  adaptedStores.clear();
  adapted = new WeakMap();
}
