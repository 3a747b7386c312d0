// A quiz run as plain data: which questions, where the learner is, what they answered,
// and the summary at the end. Saved as is, so an unfinished run survives a reload.

import type { IndexedBank, Question } from '../data/types.js';
import { isQuizMode as isMode, type QuizAnswerDetail, type QuizCompleteDetail, type QuizMode, type TopicResult } from './model.js';
import { isRating, isSuccess } from './rating.js';

export interface Run {
  v: 1;
  mode: QuizMode;
  topics: string[];
  ids: string[];
  index: number;
  /** Keyed by question id, on a null-prototype object: no id can clash with Object's names. */
  answers: Record<string, QuizAnswerDetail>;
  startedAt: number;
  finishedAt?: number;
}

/** An empty answers object: no prototype, so `answers.constructor` is undefined like any unanswered id. */
const noAnswers = (): Record<string, QuizAnswerDetail> => Object.create(null) as Record<string, QuizAnswerDetail>;

export const newRun = (mode: QuizMode, topics: string[], ids: string[], now: number): Run =>
  ({ v: 1, mode, topics, ids, index: 0, answers: noAnswers(), startedAt: now });

/** `run` with `answer` recorded (replacing any earlier answer to the same question). */
export const withAnswer = (run: Run, answer: QuizAnswerDetail): Run =>
  ({ ...run, answers: Object.assign(noAnswers(), run.answers, { [answer.questionId]: answer }) });

/**
 * One question's points, out of 1: quiz, right or wrong; practice, rated good or easy;
 * interview, the share of key points covered.
 */
export function points(answer: QuizAnswerDetail | undefined): number {
  if (!answer) return 0;
  if (answer.mode === 'practice') return isSuccess(answer.rating) ? 1 : 0;
  return answer.maxScore > 0 ? answer.score / answer.maxScore : 0;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isFinite(v) && (v as number) >= 0;

/** Whether a stored answer to `q` has the shape the cards and the summary rely on, field by field. */
function isAnswer(a: unknown, q: Question): a is QuizAnswerDetail {
  if (!isObject(a) || a.questionId !== q.id || !isMode(a.mode)) return false;
  if (!isCount(a.score) || !isCount(a.maxScore) || a.score > a.maxScore || !isCount(a.elapsedMs)) return false;
  const choices = q.check?.choices.length ?? 0;
  const response = a.response;
  if (typeof response !== 'string' && !(Array.isArray(response) && response.every((c) => Number.isInteger(c) && c >= 0 && c < choices))) return false;
  if (a.correct !== undefined && typeof a.correct !== 'boolean') return false;
  if (a.rating !== undefined && !isRating(a.rating)) return false;
  return a.points === undefined || (Array.isArray(a.points) && a.points.every((p) => typeof p === 'boolean'));
}

/**
 * A run read back from storage, if it is one and still fits the bank; else undefined. Answers
 * of the wrong shape are left out (the question shows unanswered), with one warning naming them.
 */
export function restoreRun(data: unknown, bank: IndexedBank): Run | undefined {
  if (!isObject(data) || data.v !== 1 || !isMode(data.mode)) return undefined;
  const { ids, index, startedAt, answers } = data;
  if (!Array.isArray(ids) || ids.length === 0) return undefined;
  if (!ids.every((id): id is string => typeof id === 'string' && bank.questionsById.has(id))) return undefined;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) > ids.length) return undefined;
  if (!isObject(answers) || !Number.isFinite(startedAt)) return undefined;
  const run = newRun(data.mode, [], [...ids], startedAt as number);
  run.index = index as number;
  if (Array.isArray(data.topics) && data.topics.every((t) => typeof t === 'string')) run.topics = [...(data.topics as string[])];
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const q = ids.includes(id) ? bank.questionsById.get(id) : undefined;
    if (q && isAnswer(answer, q)) run.answers[id] = answer;
    else dropped.push(JSON.stringify(id.slice(0, 40)));
  }
  if (dropped.length) {
    const names = dropped.length > 3 ? `${dropped.slice(0, 3).join(', ')} and ${dropped.length - 3} more` : dropped.join(', ');
    console.warn(`quizkit: the saved run's answers to ${names} are not in the expected shape; those questions show unanswered.`);
  }
  return run;
}

/** The summary a finished run reports (and `quiz-complete` carries). */
export function summarise(run: Run, bank: IndexedBank, passPercent: number, now: number): QuizCompleteDetail {
  // A Map, then an object with own properties: a topic id such as "__proto__" stays a topic.
  const byTopic = new Map<string, TopicResult>();
  let score = 0;
  for (const id of run.ids) {
    const topic = bank.questionsById.get(id)?.topic ?? '';
    const answer = run.answers[id];
    let t = byTopic.get(topic);
    if (!t) byTopic.set(topic, (t = { score: 0, maxScore: 0, answered: 0, total: 0 }));
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
    byTopic: Object.fromEntries(byTopic),
  };
}
