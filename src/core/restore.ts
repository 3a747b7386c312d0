// Reads an unfinished run back from storage, checking it field by field against the bank: a
// chunk of its own (loaded when a runner finds a saved run), since most page views have none.

import type { IndexedBank, Question } from '../data/types.js';
import { isQuizMode as isMode, type QuizAnswerDetail } from './model.js';
import { isRating } from './rating.js';
import { isObject, newRun, type Run } from './run.js';

const isCount = (v: unknown): v is number => Number.isFinite(v) && (v as number) >= 0;

/** Whether a stored answer to `q` has the shape the cards and the summary rely on, field by field. */
function isAnswer(a: unknown, q: Question, bank: IndexedBank): a is QuizAnswerDetail {
  if (!isObject(a) || a.questionId !== q.id || !isMode(a.mode)) return false;
  if (!isCount(a.score) || !isCount(a.maxScore) || a.score > a.maxScore || !isCount(a.elapsedMs)) return false;
  // A question not loaded yet (a bank that loads them one by one) has its count in the index.
  const choices = q.check?.choices.length ?? bank.lazy?.counts.get(q.id)?.choices ?? 0;
  const response = a.response;
  if (typeof response !== 'string' && !(Array.isArray(response) && response.every((c) => Number.isInteger(c) && c >= 0 && c < choices)))
    return false;
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
  if (Array.isArray(data.topics) && data.topics.every((t) => typeof t === 'string')) run.topics = [...data.topics];
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const q = ids.includes(id) ? bank.questionsById.get(id) : undefined;
    if (q && isAnswer(answer, q, bank)) run.answers[id] = answer;
    else dropped.push(JSON.stringify(id.slice(0, 40)));
  }
  // What was typed and not yet submitted: text for a question of the run that it does not answer.
  const drafts = Object.entries(isObject(data.drafts) ? data.drafts : {}).filter(
    ([id, text]) => typeof text === 'string' && text && ids.includes(id) && !run.answers[id],
  );
  // On a null prototype, as answers are: no id reads Object's names ("constructor") as a draft.
  if (drafts.length) run.drafts = Object.assign(Object.create(null), Object.fromEntries(drafts));
  if (dropped.length) {
    const names = dropped.length > 3 ? `${dropped.slice(0, 3).join(', ')} and ${dropped.length - 3} more` : dropped.join(', ');
    console.warn(`quizkit: the saved run's answers to ${names} are not in the expected shape; those questions show unanswered.`);
  }
  return run;
}
