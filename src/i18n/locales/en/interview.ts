// English: the interview report's parts of the runner's summary (in their lazy chunk, which only
// interview runs load). Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

export const interview = {
  'summary.interviewHeading': 'Interview report',
  'summary.percentKeyPoints': ({ percent }: { percent: number }, t: Tools) => `${t.pct(percent)} of key points`,
  'summary.answeredOf': ({ answered, total }: { answered: number; total: number }, t: Tools) =>
    `${t.n(answered)} of ${t.n(total)} answered`,
  'summary.totalTime': ({ duration }: { duration: string }) => `total time ${duration}`,
  'summary.keyPoints': ({ score, total }: { score: number; total: number }, t: Tools) =>
    t.plural(total, { one: `${t.n(score)} of # key point`, other: `${t.n(score)} of # key points` }),
  'summary.missedPoints': 'Missed:',
  'summary.practiseWeakest': ({ topic }: { topic: string }) => `Practise the weakest topic: ${topic}`,
  'summary.copyReport': 'Copy report',
  'summary.printReport': 'Print report',
  'summary.copyFailed': 'The report could not be prepared for copying: print it instead, or reload the page and try again.',
  'summary.copyBlocked': 'Copying is blocked here: select this text and copy it.',
  'runner.reportCopied': 'Report copied.',
};
