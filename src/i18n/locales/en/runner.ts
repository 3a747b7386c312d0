// English: <quiz-runner>'s messages: start and question screens, and the modes.
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

type Count = { count: number };
type Of = { current: number; total: number };
type Reason = { reason: string };

import type { interview } from './interview.js';
import { shared } from './shared.js';

export const runner = {
  'mode.quiz': 'Quiz',
  'mode.practice': 'Flashcards',
  'mode.interview': 'Mock interview',
  'runner.loading': 'Loading quiz…',
  'runner.unavailable': 'Quiz unavailable.',
  'runner.unavailableFromProvider': 'Quiz unavailable: its question bank could not be loaded.',
  'runner.questionCount': ({ count }: Count, t: Tools) => t.plural(count, { one: '# question', other: '# questions' }),
  'runner.allTopics': 'all topics',
  'runner.unknownTopics': (
    { attribute, unknown, count, bank, topics }: { attribute: string; unknown: string; count: number; bank: string; topics: string },
    t: Tools,
  ) =>
    t.plural(count, {
      one: `topics="${attribute}": ${unknown} is not a topic of the bank "${bank}". Its topics are: ${topics}.`,
      other: `topics="${attribute}": ${unknown} are not topics of the bank "${bank}". Its topics are: ${topics}.`,
    }),
  'runner.noQuizQuestions': 'No question in these topics has an auto-graded check: choose other topics.',
  'runner.noQuestions': 'No question in these topics has content: choose other topics.',
  'runner.unfinished': ({ answered, total }: { answered: number; total: number }, t: Tools) =>
    `You have an unfinished run: ${t.n(answered)} of ${t.n(total)} answered.`,
  'runner.resume': 'Resume',
  'runner.startOver': 'Start over',
  'runner.start': 'Start',
  'runner.progress': ({ current, total }: Of, t: Tools) => `Question ${t.n(current)} of ${t.n(total)}`,
  'runner.progressAnnounce': ({ current, total }: Of, t: Tools) => `Question ${t.n(current)} of ${t.n(total)}.`,
  'runner.settingsChanged': 'The quiz settings changed. This run carries on;',
  'runner.restartNew': 'Restart with new settings',
  'runner.settingsChangedAnnounce': 'The quiz settings changed. This run carries on; you can restart with the new settings.',
  'runner.questionsChanged': 'The quiz questions changed. This run carries on;',
  'runner.restartNewQuestions': 'Restart with new questions',
  'runner.questionsChangedAnnounce': 'The quiz questions changed. This run carries on; you can restart with the new questions.',
  'runner.nav': 'Questions',
  'runner.back': 'Back',
  'runner.next': 'Next',
  'runner.finish': 'Finish',
  'runner.skip': 'Skip',
  'runner.skipAndFinish': 'Skip and finish',
  'runner.finished': ({ score, total, percent, passed }: { score: number; total: number; percent: number; passed: boolean }, t: Tools) =>
    `Finished: ${t.n(score)} of ${t.n(total)}, ${t.pct(percent)}. ${passed ? 'Passed.' : 'Not passed yet.'}`,
  'runner.preparingResults': 'Preparing your results…',
  'runner.resultsUnavailable': 'Results unavailable.',
  'runner.summaryFailed': ({ reason }: Reason) => `Your results could not be shown (${reason}). They were reported in quiz-complete.`,
};

/** The ids a runner carries the English of. */
export const runnerEnglish = { ...shared, ...runner };

/**
 * The ids of the runner's and its summary's messages whose English is in the interview report's
 * chunk (./interview.ts), which only interview runs load: the runner names them to the translator
 * (knownElsewhere), so that a page's `strings` for them are not taken for misspelt ids.
 */
export const interviewIds = [
  'summary.interviewHeading',
  'summary.percentKeyPoints',
  'summary.answeredOf',
  'summary.totalTime',
  'summary.keyPoints',
  'summary.missedPoints',
  'summary.practiseWeakest',
  'summary.copyReport',
  'summary.printReport',
  'summary.copyFailed',
  'summary.copyBlocked',
  'runner.reportCopied',
] as const satisfies readonly (keyof typeof interview)[];
