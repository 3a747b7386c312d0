// A quiz run as plain data: which questions, where the learner is, what they answered,
// and the summary at the end. Saved as is, so an unfinished run survives a reload.

import type { IndexedBank } from '../data/types.js';
import type { QuizAnswerDetail, QuizCompleteDetail, QuizMode, TopicResult } from '../events.js';

export interface Run {
  v: 1;
  mode: QuizMode;
  topics: string[];
  ids: string[];
  index: number;
  answers: Record<string, QuizAnswerDetail>;
  startedAt: number;
  finishedAt?: number;
}

export const newRun = (mode: QuizMode, topics: string[], ids: string[], now: number): Run =>
  ({ v: 1, mode, topics, ids, index: 0, answers: {}, startedAt: now });

/**
 * One question's points, out of 1: quiz, right or wrong; practice, rated good or easy;
 * interview, the share of key points covered.
 */
export function points(answer: QuizAnswerDetail | undefined): number {
  if (!answer) return 0;
  if (answer.mode === 'practice') return answer.rating === 'good' || answer.rating === 'easy' ? 1 : 0;
  return answer.maxScore > 0 ? answer.score / answer.maxScore : 0;
}

/** A run read back from storage, if it is one and still fits the bank; else undefined. */
export function restoreRun(data: unknown, bank: IndexedBank): Run | undefined {
  const run = data as Run;
  if (typeof run !== 'object' || run === null || run.v !== 1 || !Array.isArray(run.ids) || run.ids.length === 0) return undefined;
  if (!run.ids.every((id) => typeof id === 'string' && bank.questionsById.has(id))) return undefined;
  if (!Number.isInteger(run.index) || run.index < 0 || run.index > run.ids.length) return undefined;
  if (typeof run.answers !== 'object' || run.answers === null || !Number.isFinite(run.startedAt)) return undefined;
  return run;
}

/** The summary a finished run reports (and `quiz-complete` carries). */
export function summarise(run: Run, bank: IndexedBank, passPercent: number, now: number): QuizCompleteDetail {
  const byTopic: Record<string, TopicResult> = {};
  let score = 0;
  for (const id of run.ids) {
    const topic = bank.questionsById.get(id)?.topic ?? '';
    const answer = run.answers[id];
    const t = (byTopic[topic] ??= { score: 0, maxScore: 0, answered: 0, total: 0 });
    const p = points(answer);
    t.total++;
    t.maxScore++;
    t.score += p;
    if (answer) t.answered++;
    score += p;
  }
  const maxScore = run.ids.length;
  const percent = maxScore ? Math.round((score / maxScore) * 100) : 0;
  return {
    score: Math.round(score * 100) / 100,
    maxScore,
    percent,
    passed: percent >= passPercent,
    durationMs: Math.max(0, (run.finishedAt ?? now) - run.startedAt),
    answers: run.ids.flatMap((id) => (run.answers[id] ? [run.answers[id]] : [])),
    byTopic,
  };
}
