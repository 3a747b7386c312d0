// English: the runner's summary screen's messages (in its lazy chunk).
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

type Count = { count: number };

import { cardEnglish } from './card.js';
import { runner } from './runner.js';

export const summary = {
  'summary.heading': 'Your result',
  'summary.score': ({ score, total }: { score: number; total: number }, t: Tools) => `${t.n(score)} of ${t.n(total)}`,
  'summary.passed': 'Passed',
  'summary.notPassed': 'Not passed yet',
  'summary.passMark': ({ percent }: { percent: number }, t: Tools) => `pass mark ${t.pct(percent)}`,
  'summary.byTopic': 'Score by topic',
  'summary.chartLabel': ({ scores }: { scores: string }) => `Score by topic: ${scores}`,
  'summary.chartItem': ({ topic, percent }: { topic: string; percent: number }, t: Tools) => `${topic} ${t.pct(percent)}`,
  'summary.showTable': 'Show as a table',
  'summary.tableLabel': 'Score by topic, as a table',
  'summary.colTopic': 'Topic',
  'summary.colScore': 'Score',
  'summary.colAnswered': 'Answered',
  'summary.scoreCell': ({ score, total, percent }: { score: number; total: number; percent: number }, t: Tools) =>
    `${t.n(score)} of ${t.n(total)} (${t.pct(percent)})`,
  'summary.answeredCell': ({ answered, total }: { answered: number; total: number }, t: Tools) => `${t.n(answered)} of ${t.n(total)}`,
  'summary.answers': 'Your answers',
  'summary.right': '(right)',
  'summary.missed': '(missed)',
  'summary.yourAnswer': 'Your answer:',
  'summary.skipped': 'Skipped',
  'summary.rated': ({ rating }: { rating: string }) => `Rated ${rating}`,
  'summary.ratedWrote': ({ rating, response }: { rating: string; response: string }) => `Rated ${rating}; you wrote: ${response}`,
  'summary.explanation': 'Explanation',
  'summary.retryMissed': ({ count }: Count, t: Tools) => `Retry missed (${t.n(count)})`,
  'summary.restart': 'Restart',
};

/** The ids the summary carries the English of: its own, and the runner's and cards' it shows again (all loaded before it). */
export const summaryEnglish = { ...cardEnglish, ...runner, ...summary };
