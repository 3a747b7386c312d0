// quizkit's public entry: importing it defines every element (once per page) and exports
// their classes, the bank API and the event types.

// Providers first, so that on a page whose markup is already there the elements inside a
// <quiz-bank> find it as they upgrade (a provider defined later is still taken up: see context.ts).
export { QuizBank } from './components/quiz-bank/quiz-bank.js';
export { QuizRunner } from './components/quiz-runner/quiz-runner.js';
export { QuizTopicPicker } from './components/topic-picker/topic-picker.js';
export { QuizQuestionCard } from './components/question-card/question-card.js';
export type { QuizElement } from './components/shared/quiz-element.js';
export { loadBank, loadBundledBank } from './data/load.js';
export { parseBank, parseBankText } from './data/parse.js';
export { indexBank } from './data/index-bank.js';
export type { LoadOptions } from './data/load.js';
export { validateBank, formatProblem } from './data/validate.js';
export type { Bank, BankProblem, BankResult, Check, Choice, Difficulty, IndexedBank, KeyPoint, Question, Topic } from './data/types.js';
export type {
  QuizAnswerDetail,
  QuizCompleteDetail,
  QuizErrorDetail,
  QuizEventMap,
  QuizMode,
  QuizStartDetail,
  QuizTopicsChangeDetail,
  TopicResult,
} from './events.js';
export type { Rating } from './core/rating.js';
export type { TopicList } from './components/shared/list.js';
export type { AnswerFeedback, PointFeedback } from './core/grader.js';
export type { ProgressStore, QuestionProgress, TopicStats } from './core/progress-store.js';
export type { ProgressStorage } from './data/progress-storage.js';
export type { FeedbackProvider, FeedbackRequest, RemoteFeedback } from './core/remote-feedback.js';
