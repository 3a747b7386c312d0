// Moodle GIFT to a quizkit bank, through gift-pegjs; every question that cannot become a quizkit
// question is reported with its line, never dropped silently. Loaded lazily by convert.ts.

// The default import (module.exports) works wherever this CommonJS package is bundled or served:
// Node, rollup's commonjs plugin, Vite, and the dev server's esbuild (which gives no named exports).
import gift, { type GIFTQuestion, type TextChoice, type TextFormat } from 'gift-pegjs';
import type { Bank, BankProblem, Choice, Question, Topic } from '../types.js';
import type { ConvertResult } from './convert.js';
import { escapeInline, htmlToMarkdown } from './html-text.js';
import { slug } from './slug.js';

/** The topic of questions that come before any `$CATEGORY:`, as Moodle files them in a default category. */
const DEFAULT_TOPIC: Topic = { id: 'general', title: 'General' };

interface Block {
  text: string;
  /** 1-based line of the block's first line in the file. */
  line: number;
}

/**
 * GIFT questions are separated by blank lines (Moodle splits files the same way). Parsing block
 * by block gives each question its line (gift-pegjs reports none) and lets one broken question
 * be reported without hiding the problems of the others. Blocks of only comments are skipped.
 */
function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: string[] = [];
  let start = 0;
  const flush = (): void => {
    const firstCode = current.findIndex((l) => !/^\s*(\/\/.*)?$/.test(l));
    if (firstCode >= 0) result.push({ text: current.slice(firstCode).join('\n'), line: start + firstCode + 1 });
    current = [];
  };
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (line.trim() === '') {
      flush();
      start = i + 1;
    } else {
      current.push(line);
    }
  });
  flush();
  return result;
}

/** Category paths look like `$course$/top/ML/Evaluation`: the context and `top` are Moodle's, not topics. */
function categoryTopic(path: string): Topic {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p && !/^\$\w+\$$/.test(p) && p !== 'top');
  const title = parts.at(-1) ?? path.trim();
  return { id: slug(parts.join(' ')) || 'general', title: title || 'General' };
}

export function giftToBank(text: string, title = 'GIFT questions'): ConvertResult {
  const problems: BankProblem[] = [];
  const at = (line: number, message: string, severity: BankProblem['severity'] = 'error'): void => {
    problems.push({ path: `line ${line}`, message, severity });
  };
  const warned = new Set<string>();
  const warnOnce = (line: number, message: string): void => {
    if (!warned.has(`${line} ${message}`)) at(line, message, 'warning');
    warned.add(`${line} ${message}`);
  };
  const topics: Topic[] = [];
  const questions: Question[] = [];
  const ids = new Set<string>();
  let topic: Topic | undefined;

  const plain = (value: TextFormat | null | undefined, line: number): string | undefined => {
    if (!value || value.text.trim() === '') return undefined;
    // `[plain]` text is shown as written: what the Markdown subset would read as markup is escaped.
    if (value.format === 'plain') return escapeInline(value.text.trim());
    if (value.format !== 'html') return value.text.trim();
    // Bank text is shown as text with a small Markdown subset, never as HTML: Moodle's HTML
    // (every question written in its editor) becomes that subset.
    if (/<img\b/i.test(value.text)) warnOnce(line, 'an image is not shown: its alt text is, where it has one');
    return htmlToMarkdown(value.text) || undefined;
  };

  const add = (item: GIFTQuestion, line: number): void => {
    const kind = item.type;
    if (kind === 'Category') {
      const found = categoryTopic(item.title);
      topic = topics.find((t) => t.id === found.id);
      if (!topic) topics.push((topic = found));
      return;
    }
    const name = item.title?.trim() || undefined;
    const label = name ? `"${name}"` : 'this question';
    if (kind === 'Description') {
      at(line, `${label} is a description, not a question; skipped`, 'warning');
      return;
    }
    if (kind === 'Numerical' || kind === 'Matching' || kind === 'Short' || item.hasEmbeddedAnswers) {
      const what =
        kind === 'Numerical'
          ? 'numerical answers'
          : kind === 'Matching'
            ? 'matching pairs'
            : kind === 'Short'
              ? 'short typed answers'
              : 'answers embedded in its text';
      at(line, `${label} is a question with ${what}, which quizkit cannot run; skipped`, 'warning');
      return;
    }
    const prompt = plain(item.stem, line);
    if (!prompt) {
      at(line, `${label} has no question text`);
      return;
    }
    let id = slug(name ?? prompt.split(/\s+/).slice(0, 8).join(' ')) || 'question';
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      at(line, `the id "${id}" is taken by an earlier question; this one is "${id}-${n}"`, 'warning');
      id = `${id}-${n}`;
    }
    ids.add(id);
    if (!topic) topics.push((topic = DEFAULT_TOPIC));
    const question: Question = { id, topic: topic.id, prompt };
    const explanation = plain(item.globalFeedback, line);

    if (kind === 'Essay') {
      // An essay has no key to grade: it becomes a practice and interview question, and its
      // general feedback the model answer.
      if (explanation) question.answer = explanation;
    } else if (kind === 'TF') {
      // Moodle's order: the first `#` feedback is for a wrong answer, the second for a right one
      // (gift-pegjs names them trueFeedback and falseFeedback whatever the key is).
      const wrong = plain(item.trueFeedback, line);
      const right = plain(item.falseFeedback, line);
      const choice = (value: boolean): Choice => {
        const correct = value === item.isTrue;
        const feedback = correct ? right : wrong;
        return { text: value ? 'True' : 'False', correct, ...(feedback ? { feedback } : {}) };
      };
      question.check = { choices: [choice(true), choice(false)], ...(explanation ? { explanation } : {}) };
    } else {
      const choices = item.choices.map((c: TextChoice): Choice => {
        // `~%50%` partial credit: every choice with a positive weight is one of the right answers.
        const correct = c.weight === null ? c.isCorrect : c.weight > 0;
        const feedback = plain(c.feedback, line);
        return { text: plain(c.text, line) ?? '', correct, ...(feedback ? { feedback } : {}) };
      });
      if (!choices.some((c) => c.correct)) {
        at(line, `${label} has no right answer (a choice with "=" or a positive "%" weight)`);
        return;
      }
      question.check = { choices, ...(explanation ? { explanation } : {}) };
    }
    questions.push(question);
  };

  // A byte order mark (Windows editors save one) marks the encoding, not the first question's text.
  for (const block of blocks(text.replace(/^\uFEFF/, ''))) {
    let items: GIFTQuestion[];
    try {
      items = gift.parse(block.text);
    } catch (e) {
      const error = e as { message?: string; location?: { start: { line: number } } };
      at(block.line + (error.location ? error.location.start.line - 1 : 0), `not valid GIFT: ${error.message ?? String(e)}`);
      continue;
    }
    for (const item of items) add(item, block.line);
  }

  if (questions.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({ path: 'line 1', message: 'the file has no question quizkit can run', severity: 'error' });
  }
  const bank: Bank = { title, topics: topics.filter((t) => questions.some((q) => q.topic === t.id)), questions };
  return { bank, problems };
}
