// quizkit/data: the bank and grading API without elements or DOM access, for Node, SSR and
// authors' build scripts (importing it defines no element and touches no browser global).

export { convertBank, type BankFormat, type ConvertOptions, type ConvertResult } from './data/formats/convert.js';
export { bankToMarkdown } from './data/formats/to-markdown.js';
export { gradeAnswer } from './core/grader.js';
export { loadBank } from './data/load.js';
export { parseBank, parseBankText } from './data/parse.js';
export type { LoadOptions } from './data/load.js';
export { formatProblem, validateBank } from './data/validate.js';
export type { Bank, BankProblem, BankResult, Check, Choice, Difficulty, IndexedBank, KeyPoint, Question, Topic } from './data/types.js';
export type { AnswerFeedback, GradableQuestion, GradeOptions, PointFeedback } from './core/grader.js';
