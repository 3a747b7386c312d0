// Bank data to a load result: parses, validates (errors refuse the bank, warnings are reported)
// and indexes it. A chunk of its own in the CDN build: only pages with a bank from `src` or an
// inline script need the validator (the bundled bank is validated when it is built).

import { loadConverter } from './formats/convert.js';
import { indexBank, replaceQuestion } from './index-bank.js';
import type { TextFormat } from './load.js';
import type { Bank, BankProblem, BankResult, IndexedBank, LazyQuestions, Question } from './types.js';
import { formatProblem, validateBank, validateOutline, validateQuestion } from './validate.js';

const fail = (message: string, source: string, problems?: BankProblem[]): BankResult => ({
  ok: false,
  error: problems ? { message, source, problems } : { message, source },
});

/**
 * Validates already parsed data; `source` names where it came from in messages. A bank whose
 * only problems are warnings (fields this version does not know) loads; the warnings are in the
 * result and logged with `console.warn`.
 */
export const parseBank = (data: unknown, source: string): BankResult => checked(data, source, validateBank(data));

/** "The question bank from … is not valid: <the first error> (and 2 more problems)". */
function notValid(source: string, errors: BankProblem[]): string {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `The question bank from ${source} is not valid: ${formatProblem(errors[0]!)}${more}`;
}

const errorsIn = (problems: BankProblem[]): BankProblem[] => problems.filter((p) => p.severity === 'error');

/** Warns of what this version ignores, once per load (loads of one URL are shared, so once per page). */
const warn = (source: string, problems: BankProblem[]): void =>
  console.warn(`quizkit: the question bank from ${source} loaded with warnings:\n${problems.map(formatProblem).join('\n')}`);

/** A load result for `data` with the problems found in it; `index` makes the bank's tables. */
function checked(data: unknown, source: string, problems: BankProblem[], index = indexBank): BankResult {
  const errors = errorsIn(problems);
  if (errors.length > 0) return fail(notValid(source, errors), source, problems);
  const bank = index(data as Bank, source);
  if (problems.length === 0) return { ok: true, bank };
  warn(source, problems);
  return { ok: true, bank, warnings: problems };
}

/** How many items `list` has, 0 when it is not a list (a question's content is not checked yet). */
const lengthOf = (list: unknown): number => (Array.isArray(list) ? list.length : 0);

/**
 * `bank` (its outline valid: see validateOutline) indexed with its questions in outline, each
 * completed, that is checked in full, when first used: a question that breaks the format is then
 * refused with the same message a whole bank would be, naming its path.
 */
function indexOnUse(bank: Bank, source: string): IndexedBank {
  const questions = bank.questions;
  const outline = questions.map(({ id, topic, difficulty, prompt }): Question => ({
    id,
    topic,
    prompt,
    ...(difficulty && { difficulty }),
  }));
  const indexed = indexBank({ ...bank, questions: outline }, source);
  const position = new Map(questions.map((q, i) => [q.id, i]));
  const topicIds = new Set(indexed.topicsById.keys());
  const complete = new Set<string>();
  const lazy: LazyQuestions = {
    source,
    counts: new Map(questions.map((q) => [q.id, { choices: lengthOf(q.check?.choices), keyPoints: lengthOf(q.keyPoints) }])),
    has: (id) => complete.has(id),
    load(id) {
      const i = position.get(id);
      if (i === undefined) return Promise.reject(new Error(`the question bank from ${source} has no question "${id}"`));
      if (!complete.has(id)) {
        const problems = validateQuestion(questions[i], `questions[${i}]`, topicIds);
        const errors = errorsIn(problems);
        if (errors.length > 0) return Promise.reject(Object.assign(new Error(notValid(source, errors)), { name: 'InvalidQuestionError' }));
        if (problems.length > 0) warn(source, problems);
        replaceQuestion(indexed, questions[i]!);
        complete.add(id);
      }
      return Promise.resolve(indexed.questionsById.get(id)!);
    },
  };
  indexed.lazy = lazy;
  return indexed;
}

/**
 * As parseBank, for a page: checks the bank's outline up front (validateOutline) and each question
 * in full as it is first shown (IndexedBank.lazy), so that a bank of 10,000 questions is not read
 * to the last string before anything shows.
 */
export const parseBankOnUse = (data: unknown, source: string): BankResult => checked(data, source, validateOutline(data), indexOnUse);

/**
 * Parses bank JSON text; `source` names where it came from in messages. With `onUse`, its
 * questions are checked as they are first used (see parseBankOnUse).
 */
export function parseBankText(text: string, source: string, onUse = false): BankResult {
  let data: unknown;
  try {
    // JSON.parse refuses a byte order mark, which marks the encoding (Windows editors save one).
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`The question bank from ${source} is not valid JSON: ${(e as Error).message}`, source);
  }
  return onUse ? parseBankOnUse(data, source) : parseBank(data, source);
}

/** Bank text in `format` to a load result; Markdown and GIFT load their parser first (within `seconds`). */
export async function parseBankTextAs(
  text: string,
  format: TextFormat,
  source: string,
  seconds?: number,
  onUse = false,
): Promise<BankResult> {
  // Markdown and GIFT banks are checked whole: their parser has just read every line of them.
  if (format === 'json') return parseBankText(text, source, onUse);
  try {
    const { bank, problems } = (await loadConverter(format, seconds))(text);
    // As convertBank() does: what a parser makes must itself be a valid bank.
    return checked(bank, source, bank ? [...problems, ...validateBank(bank)] : problems);
  } catch (e) {
    // The parser did not load (or, a bug, threw).
    return fail(`Could not load the question bank from ${source}: ${(e as Error).message}`, source);
  }
}
