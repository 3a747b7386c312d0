// English: <quiz-question-card>'s messages: the card, its check, ratings and difficulty. What only
// some cards show has its English in the chunk that shows it: the countdown (./countdown.ts) and
// the verdict on a typed answer (./feedback.ts). Each element's chunk
// carries only its own English; the types of all of them together define the message ids
// (../../messages.ts).

type Reason = { reason: string };

import { shared } from './shared.js';

export const card = {
  'common.modelAnswer': 'Model answer',
  'rating.again': 'Again',
  'rating.hard': 'Hard',
  'rating.good': 'Good',
  'rating.easy': 'Easy',
  'rating.question': 'How well did you know this?',
  'difficulty.easy': 'Easy',
  'difficulty.medium': 'Medium',
  'difficulty.hard': 'Hard',
  /** For screen readers, beside the visible difficulty badge. */
  'difficulty.label': ({ level }: { level: string }) => `Difficulty: ${level}`,
  'card.loading': 'Loading question…',
  'card.unavailable': 'Question unavailable.',
  /** The question's own file could not load, or breaks the bank format; `reason` says which (English). */
  'card.questionFailed': ({ reason }: Reason) => `Could not load the question: ${reason}.`,
  'card.unavailableFromProvider': 'Question unavailable: its question bank could not be loaded.',
  'card.questionMissing': ({ id, bank, source }: { id: string; bank: string; source: string }) =>
    `Question "${id}" is not in the bank "${bank}" from ${source}.`,
  'card.noQuestionChosen': ({ bank }: { bank: string }) =>
    `No question chosen: set the question attribute to a question id of the bank "${bank}".`,
  'card.why': 'Why interviewers ask this',
  'card.noCheck': 'No auto-graded check for this question: here it is as a flashcard.',
  'card.yourAnswer': 'Your answer',
  'card.yourAnswerOptional': 'Your answer (optional)',
  'card.typeFirst': 'Type your answer first.',
  'card.showAnswer': 'Show answer',
  'card.submit': 'Submit answer',
  'card.feedback': 'Feedback',
  'card.keyPoints': 'Key points',
  'card.noModelAnswer': 'This question has no model answer yet.',
  'card.checking': 'Checking your answer…',
  'card.answerShown': 'Answer shown.',
  'card.answerShownVerdict': ({ verdict }: { verdict: string }) => `Answer shown. ${verdict}`,
  'card.answerShownNoFeedback': 'Answer shown. Feedback on your answer is unavailable.',
  'card.pointCovered': 'Covered:',
  'card.pointMissed': 'Missed:',
  'card.youSaid': 'You said:',
  'card.lookedDenied': 'Looked denied:',
  'card.claimsToCheck': 'Claims to check',
  'card.offlineFeedback': ({ reason }: Reason) => `Offline feedback: ${reason}.`,
  'card.feedbackFailed': ({ reason }: Reason) => `Feedback on your answer could not load (${reason}); compare it with the model answer.`,
  'card.countdownFailed': ({ reason }: Reason) => `The countdown could not load (${reason}); take the time you need.`,
  'card.rated': ({ rating }: { rating: string }) => `Rated ${rating}.`,
  'check.chooseOne': 'Choose one answer.',
  'check.chooseAll': 'Choose all that apply.',
  'check.chooseFirst': 'Choose an answer first.',
  'check.chooseAtLeastOne': 'Choose at least one answer first.',
  'check.check': 'Check',
  'check.tryAgain': 'Try again',
  'check.correct': 'Correct',
  'check.wrong': 'Not quite',
  'check.correctAnnounce': 'Correct.',
  'check.wrongAnnounce': 'Not quite.',
  'check.rightChoice': 'Right choice.',
  'check.notThisOne': 'Not this one.',
  'check.alsoRight': 'This one was also right.',
  'check.rightAnswer': 'This was the right answer.',
};

/** The ids a card carries the English of (its own and the shared ones). */
export type CardIds = keyof typeof card | keyof typeof shared;
export const cardEnglish = { ...shared, ...card };
