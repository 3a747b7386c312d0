// What a finished run means for the learner: time taken, the weakest topic, what to retry.
// Apart from run.ts so that it loads with the summary screen, not with every page.

import type { QuizCompleteDetail } from './model.js';
import { points, type Run } from './run.js';

/** A duration for people: `45 s`, `3 min 5 s`. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The topic with the lowest score share in a summary (the first of equals), if any. */
export function weakestTopic(summary: QuizCompleteDetail): string | undefined {
  let weakest: string | undefined;
  let lowest = Infinity;
  for (const [topic, t] of Object.entries(summary.byTopic)) {
    const share = t.score / (t.maxScore || 1);
    if (share < lowest) [weakest, lowest] = [topic, share];
  }
  return weakest;
}

/** The questions to retry: answered wrong, rated again or hard, or skipped. */
export const missed = (run: Run): string[] => run.ids.filter((id) => points(run.answers[id]) < 1);
