// @lit/context keys: what a <quiz-bank> (or a <quiz-runner>) provides to the elements inside it,
// and the page-wide ContextRoot that answers again those that asked before their provider could.

import { ContextRoot, createContext } from '@lit/context';
import type { ProgressStore } from './core/progress-store.js';
import type { IndexedBank } from './data/types.js';

/** A bank as it loads: elements render a loading, ready or error state from it. */
export type BankState =
  | { status: 'loading' }
  | { status: 'ready'; bank: IndexedBank; store: ProgressStore }
  | { status: 'error'; message: string; source: string };

export const bankContext = createContext<BankState>(Symbol.for('quizkit.bank'));

/** Marks a document that has its ContextRoot; global, so that two copies of the kit share one. */
const HAS_ROOT = Symbol.for('quizkit.contextRoot');

/**
 * Keeps the context requests nobody answered and replays them when a provider announces itself.
 * Elements ask once their providers are defined (and a runner's is there: see consumeBank), so
 * this is the safety net for a provider that answers later still. Called by every element inside
 * a provider before it asks for context: nothing happens at import time, and each document gets
 * one root, whichever copy of the kit gets there first.
 */
export function watchForLateProviders(doc: Document): void {
  const marked = doc as Document & { [HAS_ROOT]?: boolean };
  if (marked[HAS_ROOT] || !doc.documentElement) return;
  marked[HAS_ROOT] = true;
  new ContextRoot().attach(doc.documentElement);
}
