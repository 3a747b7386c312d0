// English: <quiz-bank>'s messages.
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import { shared } from './shared.js';

export const bank = {
  'bank.unavailable': 'Questions unavailable.',
};

/** The ids a <quiz-bank> carries the English of. */
export const bankEnglish = { ...shared, ...bank };
