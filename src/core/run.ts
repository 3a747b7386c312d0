// A quiz run as plain data: which questions, where the learner is, what they answered, the
// summary at the end, and under which key and for how long it is saved (an unfinished run
// survives a reload; reading it back is restore.ts, loaded only when there is one).

import { runner } from '../i18n/locales/en/runner.js';
import { translator, type Translate } from '../i18n/translate.js';
import type { IndexedBank } from '../data/types.js';
import type { QuizAnswerDetail, QuizCompleteDetail, QuizMode, TopicResult } from './model.js';
import { isSuccess } from './rating.js';

/** Whether `v` is a plain object (not null, not an array): what stored data must be to be read. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Run {
  v: 1;
  mode: QuizMode;
  topics: string[];
  ids: string[];
  index: number;
  /** Keyed by question id, on a null-prototype object: no id can clash with Object's names. */
  answers: Record<string, QuizAnswerDetail>;
  /**
   * What the learner has typed and not yet submitted, by question id (null prototype too): a
   * reload or a look at another question loses none of it. An answer replaces its draft.
   */
  drafts?: Record<string, string>;
  startedAt: number;
  finishedAt?: number;
  /** When it was last saved: a run left alone for RUN_EXPIRY_MS is dropped from storage. */
  savedAt?: number;
}

/** What decides a run's questions, each named once: a change of any applies from the next run. */
export const RUN_SETTINGS = ['mode', 'topics', 'count', 'shuffle', 'seed'] as const;

/** A runner's settings as a run uses them (`topics` parsed into ids). */
export interface RunSettings {
  mode: QuizMode;
  topics: string[];
  count: number;
  shuffle: boolean;
  seed: string | undefined;
}

/** The settings as one string: a saved run is offered again only under the same settings. */
export const settingsKey = ({ mode, topics, count, shuffle, seed }: RunSettings): string =>
  [mode, topics.join(), count, shuffle ? (seed ?? '*') : ''].join('|');

/**
 * The start of every storage key of the runner with `id` on the page at `path`. A runner without
 * an id has none of its own: runners without ids share '' and are told apart by their settings.
 */
export const runOwner = (path: string, id: string): string => `run:${path}#${encodeURIComponent(id)}|`;

/**
 * Where a runner's unfinished run is saved, in the progress store of its bank: per page, per
 * runner id, per settings. It does not depend on where the runner is on the page, so a run
 * survives markup added before it; two runners with the same settings on one page need ids.
 */
export const runStorageKey = (path: string, id: string, settings: RunSettings): string => runOwner(path, id) + settingsKey(settings);

/** How long a saved run is kept without being saved again: a learner back after a month starts afresh. */
export const RUN_EXPIRY_MS = 30 * 86_400_000;

/** Whether saved run data is older than RUN_EXPIRY_MS, or has no time at all (no run can be resumed from it). */
export function runExpired(data: unknown, now: number): boolean {
  const at = isObject(data) ? (data.savedAt ?? data.startedAt) : undefined;
  return !(Number.isFinite(at) && (at as number) > now - RUN_EXPIRY_MS);
}

/** The messages settingsProblem writes in a learner's language. */
export type ProblemTranslate = Translate<'runner.unknownTopics' | 'runner.noQuizQuestions' | 'runner.noQuestions'>;

/** The runner's messages in English, for quiz-error (made once, when first needed). */
let english: ProblemTranslate | undefined;

/**
 * What is wrong with the settings for `bank`, if anything: unknown topics, or no question to ask
 * (`planned` is 0). In English (for quiz-error), or in `t`'s language (for the learner).
 */
export function settingsProblem(
  settings: RunSettings,
  bank: IndexedBank,
  planned: number,
  t: ProblemTranslate = (english ??= translator('en', runner)),
): string | undefined {
  const { topics } = settings;
  const unknown = topics.filter((t) => !bank.topicsById.has(t));
  if (unknown.length) {
    const list = (ids: string[]): string => ids.map((id) => `"${id}"`).join(', ');
    return t('runner.unknownTopics', {
      attribute: topics.join(','),
      unknown: list(unknown),
      count: unknown.length,
      bank: bank.bank.title,
      topics: bank.bank.topics.map((topic) => topic.id).join(', '),
    });
  }
  if (planned === 0) return t(settings.mode === 'quiz' ? 'runner.noQuizQuestions' : 'runner.noQuestions');
  return undefined;
}

/** An empty object by question id: no prototype, so `answers.constructor` is undefined like any unanswered id. */
const byId = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export const newRun = (mode: QuizMode, topics: string[], ids: string[], now: number): Run => ({
  v: 1,
  mode,
  topics,
  ids,
  index: 0,
  answers: byId(),
  startedAt: now,
});

/** `run` with `answer` recorded (replacing any earlier answer to the same question, and its draft). */
export const withAnswer = (run: Run, answer: QuizAnswerDetail): Run => ({
  ...withDraft(run, answer.questionId, ''),
  answers: Object.assign(byId<QuizAnswerDetail>(), run.answers, { [answer.questionId]: answer }),
});

/** `run` with `text` as what is typed for question `id` (none when empty). */
export function withDraft(run: Run, id: string, text: string): Run {
  const drafts = Object.assign(byId<string>(), run.drafts, { [id]: text });
  if (!text) delete drafts[id];
  return { ...run, drafts };
}

/**
 * One question's points, out of 1: quiz, right or wrong; practice, rated good or easy;
 * interview, the share of key points covered.
 */
export function points(answer: QuizAnswerDetail | undefined): number {
  if (!answer) return 0;
  if (answer.mode === 'practice') return isSuccess(answer.rating) ? 1 : 0;
  return answer.maxScore > 0 ? answer.score / answer.maxScore : 0;
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
