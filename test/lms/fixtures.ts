// Test data for the LMS tests: a 60-question bank, and a learner who has answered all of it and
// is most of the way through a run over all of it (the largest suspend_data quizkit writes).

import { runStorageKey } from '../../src/core/run.js';
import type { Bank } from '../../src/data/types.js';

/** 60 questions with ids like the bundled bank's (long slugs), two choices each. */
export function bank60(): Bank {
  const words = [
    'gradient',
    'boosting',
    'precision',
    'recall',
    'regularisation',
    'overfitting',
    'transformer',
    'attention',
    'embedding',
    'dropout',
  ];
  const questions = Array.from({ length: 60 }, (_, i) => ({
    id: `${words[i % 10]}-vs-${words[(i * 3 + 1) % 10]}-${i}`,
    topic: i % 2 ? 'models' : 'metrics',
    prompt: `Question ${i}?`,
    check: { choices: [{ text: 'right', correct: true }, { text: 'wrong' }, { text: 'also right', correct: true }] },
  }));
  return {
    id: 'bank-60',
    title: 'Sixty questions',
    topics: [
      { id: 'metrics', title: 'Metrics' },
      { id: 'models', title: 'Models' },
    ],
    questions,
  };
}

/** What the progress store writes for `bank` after a long course: every question answered, scheduled, and a run of all of it 59 answers in. */
export function largestProgress(bank: Bank, now = Date.UTC(2026, 10, 26, 9)): string {
  let t = now - 60 * 86_400_000;
  const q: Record<string, unknown> = {};
  bank.questions.forEach(({ id }, i) => {
    t += 86_400_000 + i * 37_123;
    const due = t + (3 + (i % 40)) * 86_400_000 + 17;
    q[id] = {
      seen: 12 + (i % 7),
      correct: 9 + (i % 3),
      last: t,
      due,
      rating: ['again', 'hard', 'good', 'easy'][i % 4],
      card: {
        due,
        stability: 12.3456 + i * 3.21,
        difficulty: 1 + (i % 9) + 0.123456,
        elapsed_days: 31,
        scheduled_days: 3 + (i % 40),
        learning_steps: 0,
        reps: 12,
        lapses: i % 4,
        state: 2,
        last_review: t,
      },
    };
  });
  const ids = bank.questions.map((x) => x.id);
  const answers = Object.fromEntries(
    ids.slice(0, 59).map((id, i) => [
      id,
      {
        questionId: id,
        mode: 'quiz',
        correct: i % 3 !== 0,
        score: i % 3 ? 1 : 0,
        maxScore: 1,
        response: i % 5 ? [0] : [0, 2],
        elapsedMs: 8_000 + i * 777,
      },
    ]),
  );
  const run = { v: 1, mode: 'quiz', topics: ['metrics', 'models'], ids, index: 59, answers, startedAt: now - 3_600_000 };
  return JSON.stringify({
    v: 1,
    q,
    runs: {
      [runStorageKey(location.pathname, '', { mode: 'quiz', topics: ['metrics', 'models'], count: 0, shuffle: false, seed: undefined })]:
        run,
    },
    stamps: { [ids[0]!]: { abc1: t } },
  });
}
