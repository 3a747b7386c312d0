// A finished run as plain text, for "Copy report": what a learner would paste into notes or
// send to a mentor, in the learner's language. Loaded only when the report is copied.

import type { IndexedBank } from '../data/types.js';
import { formatDate, formatDuration } from '../i18n/format-time.js';
import { report } from '../i18n/locales/en/report.js';
import type { Translate } from '../i18n/translate.js';
import type { QuizCompleteDetail } from './model.js';
import { markdownToText } from './plain-text.js';
import type { Run } from './run.js';

/** The report's English, for the summary's translator (its own English does not carry it). */
export const reportEnglish = report;

/** The messages a report is written with (its key-points line is the summary's); `lang` is the BCP 47 tag of that language (for dates and durations). */
export type ReportTranslate = Translate<
  keyof typeof report | 'summary.keyPoints' | 'rating.again' | 'rating.hard' | 'rating.good' | 'rating.easy' | 'common.semicolon'
>;

const TITLES = { quiz: 'report.titleQuiz', practice: 'report.titlePractice', interview: 'report.titleInterview' } as const;

/**
 * The report as text in `t`'s language (`lang` its tag). The date is `date` in the learner's own
 * time zone (not UTC, which is already tomorrow on an evening in Samoa), as Intl.DateTimeFormat
 * writes it for `lang`.
 */
export function reportText(
  bank: IndexedBank,
  run: Run,
  summary: QuizCompleteDetail,
  pass: number,
  t: ReportTranslate,
  lang = 'en',
  date = new Date(),
): string {
  const interview = run.mode === 'interview';
  const score = { percent: summary.percent, score: summary.score, total: summary.maxScore, pass, passed: summary.passed };
  const sep = t('common.semicolon');
  const lines = [
    t(TITLES[run.mode], { bank: bank.bank.title, date: formatDate(lang, date) }),
    t(interview ? 'report.scoreKeyPoints' : 'report.score', score),
    t('report.answered', { answered: summary.answers.length, total: run.ids.length, duration: formatDuration(lang, summary.durationMs) }),
    '',
    t('report.byTopic'),
  ];
  for (const [id, r] of Object.entries(summary.byTopic)) {
    const topic = bank.topicsById.get(id)?.title ?? id;
    lines.push(
      t('report.topic', { topic, percent: Math.round((r.score / (r.maxScore || 1)) * 100), answered: r.answered, total: r.total }),
    );
  }
  lines.push('', t('report.questions'));
  run.ids.forEach((id, i) => {
    const q = bank.questionsById.get(id)!;
    const a = run.answers[id];
    lines.push(`${i + 1}. ${markdownToText(q.prompt)}`);
    if (!a) return void lines.push(`   ${t('report.skipped')}`);
    if (Array.isArray(a.response)) {
      const choices = a.response.map((c) => markdownToText(q.check?.choices[c]?.text ?? '')).join(sep);
      lines.push(`   ${t(a.correct ? 'report.right' : 'report.wrong', { choices })}`);
    } else if (a.rating) {
      lines.push(`   ${t('report.rated', { rating: t(`rating.${a.rating}`) })}`);
    } else {
      lines.push(`   ${t('summary.keyPoints', { score: a.score, total: a.maxScore })}`);
      const missed = (q.keyPoints ?? []).filter((_, k) => a.points && !a.points[k]).map((kp) => markdownToText(kp.point));
      if (missed.length) lines.push(`   ${t('report.missed', { points: missed.join(sep) })}`);
      lines.push(`   ${t('report.yourAnswer', { answer: a.response.replace(/\s+/g, ' ').trim() })}`);
    }
  });
  return lines.join('\n');
}
