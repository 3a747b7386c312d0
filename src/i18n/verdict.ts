// The one-line verdict on a typed answer in the learner's language, rebuilt from the numbers the
// grader (core/grader.ts, English only) returns with its feedback. It and its English
// (./locales/en/feedback.ts) are in the card's lazy answer feedback chunk
// (components/question-card/feedback-view.ts): a card that grades nothing needs neither.

import type { AnswerFeedback } from '../core/grader.js';
import { GOOD_SHARE } from '../core/rating.js';
import { feedback as feedbackEnglish } from './locales/en/feedback.js';
import type { Translate } from './translate.js';

export { feedbackEnglish };

/** The messages a verdict is written with. */
export type VerdictIds = keyof typeof feedbackEnglish | 'common.semicolon';

/**
 * The text core/remote-feedback.ts writes when a feedback service gave a score but no comment,
 * and core/outcome.ts for a saved answer's recorded score (the offline grader never writes it).
 */
const REMOTE_SCORE = /^Score: (\d+)%\.$/;

/**
 * The verdict of `feedback` in `t`'s language: the same judgement as the grader's English
 * verdict ("Good answer: it covers 2 of 3 key ideas; one claim looks wrong."), from the same
 * rules. A feedback service's own comment is the service's words and is kept as it is.
 * `typed` is the learner's answer (an empty one gets "No answer typed.").
 */
export function verdictText(t: Translate<VerdictIds>, feedback: AnswerFeedback, typed: string): string {
  const score = REMOTE_SCORE.exec(feedback.verdict);
  if (score) return t('feedback.remoteScore', { percent: Number(score[1]) });
  if (feedback.remote) return feedback.verdict;
  if (!typed.trim()) return t('feedback.noAnswer');
  const total = feedback.maxScore;
  // The grader counts a point as denied when the learner's words for it were all denied.
  const denied = feedback.points.filter((p) => !p.covered && p.denied.length > 0).length;
  const detail = [
    t('feedback.covers', { covered: feedback.covered, total }),
    ...(feedback.issues.length ? [t('feedback.claimsWrong', { count: feedback.issues.length })] : []),
    ...(denied ? [t('feedback.ideasDenied', { count: denied })] : []),
  ].join(t('common.semicolon'));
  if (feedback.keywordList) return t('feedback.keywordList', { detail });
  if (feedback.issues.length) return t('feedback.checkClaims', { detail });
  const share = total ? feedback.score / total : 0;
  if (share === 1) return t('feedback.strong', { detail });
  if (share >= GOOD_SHARE) return t('feedback.good', { detail });
  return share > 0 ? t('feedback.partial', { detail }) : t('feedback.offTarget', { detail });
}
