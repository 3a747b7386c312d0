// What changed in a progress store since a view last looked, from the store's journal: lets a
// picker's counts and a runner's plan update in proportion to what changed, not to the bank.

import type { ProgressStore } from './progress-store.js';

/**
 * The ids of the questions whose progress changed in `store` since `version` (empty when only
 * unfinished runs did), or undefined when that is not known: anything may have changed, or
 * `version` is too old.
 */
export function changedSince(store: ProgressStore, version: number): Set<string> | undefined {
  if (version === store.version) return new Set();
  const journal = store.journal;
  const first = journal[0];
  if (!first || version < first.version - 1 || version > store.version) return undefined;
  const ids = new Set<string>();
  for (const entry of journal) {
    if (entry.version <= version) continue;
    if (!entry.ids) return undefined;
    for (const id of entry.ids) ids.add(id);
  }
  return ids;
}
