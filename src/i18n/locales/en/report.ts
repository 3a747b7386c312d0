// English: the copied report's messages (in its lazy chunk).
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

import type { Tools } from '../../messages.js';

export const report = {
  'report.titleQuiz': ({ bank, date }: { bank: string; date: string }) => `${bank}: quiz report, ${date}`,
  'report.titlePractice': ({ bank, date }: { bank: string; date: string }) => `${bank}: flashcard practice report, ${date}`,
  'report.titleInterview': ({ bank, date }: { bank: string; date: string }) => `${bank}: mock interview report, ${date}`,
  'report.score': (
    { percent, score, total, pass, passed }: { percent: number; score: number; total: number; pass: number; passed: boolean },
    t: Tools,
  ) => `Score: ${t.pct(percent)} (${t.n(score)} of ${t.n(total)}); pass mark ${t.pct(pass)}: ${passed ? 'passed' : 'not passed yet'}`,
  'report.scoreKeyPoints': (
    { percent, score, total, pass, passed }: { percent: number; score: number; total: number; pass: number; passed: boolean },
    t: Tools,
  ) =>
    `Score: ${t.pct(percent)} of key points (${t.n(score)} of ${t.n(total)}); pass mark ${t.pct(pass)}: ${passed ? 'passed' : 'not passed yet'}`,
  'report.answered': ({ answered, total, duration }: { answered: number; total: number; duration: string }, t: Tools) =>
    `Answered: ${t.n(answered)} of ${t.n(total)}; total time: ${duration}`,
  'report.byTopic': 'By topic',
  'report.topic': ({ topic, percent, answered, total }: { topic: string; percent: number; answered: number; total: number }, t: Tools) =>
    `- ${topic}: ${t.pct(percent)} (${t.n(answered)} of ${t.n(total)} answered)`,
  'report.questions': 'Questions',
  'report.skipped': 'Skipped',
  'report.right': ({ choices }: { choices: string }) => `Right: ${choices}`,
  'report.wrong': ({ choices }: { choices: string }) => `Wrong: ${choices}`,
  'report.rated': ({ rating }: { rating: string }) => `Rated ${rating}`,
  'report.missed': ({ points }: { points: string }) => `Missed: ${points}`,
  'report.yourAnswer': ({ answer }: { answer: string }) => `Your answer: ${answer}`,
};
