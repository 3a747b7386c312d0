// Unfinished runs in the progress store, saved per run key (core/run.ts: runStorageKey): only
// runners save and restore them. The store keeps and merges them for every page.

import type { Change, ProgressStore } from './progress-store.js';

/** Saving `run` under `key` (clearing it when undefined) as a change: the last write of a key wins. */
const runChange = (key: string, run: unknown): Change => ({
  apply({ runs }) {
    if (run === undefined) return runs.delete(key);
    runs.set(key, run);
    return true;
  },
});

/** The keys of the saved unfinished runs (so that a runner can clear the runs it left). */
export const runKeys = (store: ProgressStore): string[] => [...store.runs.keys()];

export const loadRun = (store: ProgressStore, key: string): unknown => store.runs.get(key);

export function saveRun(store: ProgressStore, key: string, run: unknown): void {
  store.change(runChange(key, run));
}

export function clearRun(store: ProgressStore, key: string): void {
  store.change(runChange(key, undefined));
}
