// @lit/context keys: what a <quiz-bank> (or a <quiz-runner>) provides to the elements inside it.

import { createContext } from '@lit/context';
import type { ProgressStore } from './core/progress-store.js';
import type { IndexedBank } from './data/types.js';

/** A bank as it loads: elements render a loading, ready or error state from it. */
export type BankState =
  | { status: 'loading' }
  | { status: 'ready'; bank: IndexedBank; store: ProgressStore }
  | { status: 'error'; message: string; source: string };

export const bankContext = createContext<BankState>(Symbol.for('quizkit.bank'));
