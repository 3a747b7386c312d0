// A finished run as plain text, for "Copy report": what a learner would paste into notes or
// send to a mentor. Loaded only when the report is copied.

import type { IndexedBank } from '../data/types.js';
import type { QuizCompleteDetail } from './model.js';
import { markdownToText } from './plain-text.js';
import { duration } from './results.js';
import type { Run } from './run.js';

const MODES = { quiz: 'quiz', practice: 'flashcard practice', interview: 'mock interview' };

export function reportText(bank: IndexedBank, run: Run, summary: QuizCompleteDetail, pass: number, date = new Date()): string {
  const interview = run.mode === 'interview';
  const lines = [
    `${bank.bank.title}: ${MODES[run.mode]} report, ${date.toISOString().slice(0, 10)}`,
    `Score: ${summary.percent}%${interview ? ' of key points' : ''} (${summary.score} of ${summary.maxScore}); pass mark ${pass}%: ${summary.passed ? 'passed' : 'not passed yet'}`,
    `Answered: ${summary.answers.length} of ${run.ids.length}; total time: ${duration(summary.durationMs)}`,
    '',
    'By topic',
  ];
  for (const [id, t] of Object.entries(summary.byTopic)) {
    lines.push(
      `- ${bank.topicsById.get(id)?.title ?? id}: ${Math.round((t.score / (t.maxScore || 1)) * 100)}% (${t.answered} of ${t.total} answered)`,
    );
  }
  lines.push('', 'Questions');
  run.ids.forEach((id, i) => {
    const q = bank.questionsById.get(id)!;
    const a = run.answers[id];
    lines.push(`${i + 1}. ${markdownToText(q.prompt)}`);
    if (!a) return void lines.push('   Skipped');
    if (Array.isArray(a.response)) {
      lines.push(
        `   ${a.correct ? 'Right' : 'Wrong'}: ${a.response.map((c) => markdownToText(q.check?.choices[c]?.text ?? '')).join('; ')}`,
      );
    } else if (a.rating) {
      lines.push(`   Rated ${a.rating}`);
    } else {
      lines.push(`   ${a.score} of ${a.maxScore} key points`);
      const missed = (q.keyPoints ?? []).filter((_, k) => a.points && !a.points[k]).map((kp) => markdownToText(kp.point));
      if (missed.length) lines.push(`   Missed: ${missed.join('; ')}`);
      lines.push(`   Your answer: ${a.response.replace(/\s+/g, ' ').trim()}`);
    }
  });
  return lines.join('\n');
}
