// English: the runner's summary screen's messages (in its lazy chunk).
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

type Count = { count: number };

import { cardEnglish } from './card.js';
import { runner } from './runner.js';

export const summary = {
  'summary.heading': 'Your result',
  'summary.interviewHeading': 'Interview report',
  'summary.score': ({ score, total }: { score: number; total: number }, t: Tools) => `${t.n(score)} of ${t.n(total)}`,
  'summary.percentKeyPoints': ({ percent }: { percent: number }, t: Tools) => `${t.pct(percent)} of key points`,
  'summary.passed': 'Passed',
  'summary.notPassed': 'Not passed yet',
  'summary.passMark': ({ percent }: { percent: number }, t: Tools) => `pass mark ${t.pct(percent)}`,
  'summary.answeredOf': ({ answered, total }: { answered: number; total: number }, t: Tools) =>
    `${t.n(answered)} of ${t.n(total)} answered`,
  'summary.totalTime': ({ duration }: { duration: string }) => `total time ${duration}`,
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
  'summary.keyPoints': ({ score, total }: { score: number; total: number }, t: Tools) =>
    t.plural(total, { one: `${t.n(score)} of # key point`, other: `${t.n(score)} of # key points` }),
  'summary.missedPoints': 'Missed:',
  'summary.yourAnswer': 'Your answer:',
  'summary.skipped': 'Skipped',
  'summary.rated': ({ rating }: { rating: string }) => `Rated ${rating}`,
  'summary.ratedWrote': ({ rating, response }: { rating: string; response: string }) => `Rated ${rating}; you wrote: ${response}`,
  'summary.explanation': 'Explanation',
  'summary.practiseWeakest': ({ topic }: { topic: string }) => `Practise the weakest topic: ${topic}`,
  'summary.retryMissed': ({ count }: Count, t: Tools) => `Retry missed (${t.n(count)})`,
  'summary.restart': 'Restart',
  'summary.copyReport': 'Copy report',
  'summary.printReport': 'Print report',
  'summary.copyFailed': 'The report could not be prepared for copying: print it instead, or reload the page and try again.',
  'summary.copyBlocked': 'Copying is blocked here: select this text and copy it.',
};

/** The ids the summary carries the English of: its own, and the runner's and cards' it shows again (all loaded before it). */
export const summaryEnglish = { ...cardEnglish, ...runner, ...summary };
