// React components for the quizkit elements (`quizkit/react`), made with @lit/react: props are set
// as element properties (arrays, functions and objects arrive intact) and each event the element
// fires is an `on…` prop typed with its detail. Importing this module also defines the elements.
//
// Written by hand because no maintained generator makes @lit/react wrappers from
// custom-elements.json; test/types/react-wrappers.ts fails the type check when an element or an
// event in the manifest has no wrapper prop here, or a detail type differs.

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { QuizQuestionCard as QuizQuestionCardElement } from './components/question-card/question-card.js';
import { QuizBank as QuizBankElement } from './components/quiz-bank/quiz-bank.js';
import { QuizRunner as QuizRunnerElement } from './components/quiz-runner/quiz-runner.js';
import { QuizTopicPicker as QuizTopicPickerElement } from './components/topic-picker/topic-picker.js';
import type { QuizEventMap } from './events.js';

/** The React prop for a kit event, typed with the event's detail. */
const event = <K extends keyof QuizEventMap>(name: K): EventName<QuizEventMap[K]> => name as EventName<QuizEventMap[K]>;

const onQuizAnswer = event('quiz-answer');
const onQuizError = event('quiz-error');

/** `<quiz-question-card>`: one question as a flashcard, an auto-graded check or a mock-interview answer. */
export const QuizQuestionCard = createComponent({
  react: React,
  tagName: 'quiz-question-card',
  elementClass: QuizQuestionCardElement,
  displayName: 'QuizQuestionCard',
  events: { onQuizAnswer, onQuizError },
});

/** `<quiz-topic-picker>`: the bank's topics with counts and progress; drives a runner or links to pages. */
export const QuizTopicPicker = createComponent({
  react: React,
  tagName: 'quiz-topic-picker',
  elementClass: QuizTopicPickerElement,
  displayName: 'QuizTopicPicker',
  events: { onQuizTopicsChange: event('quiz-topics-change'), onQuizError },
});

/** `<quiz-runner>`: a whole session with progress, navigation and a summary. */
export const QuizRunner = createComponent({
  react: React,
  tagName: 'quiz-runner',
  elementClass: QuizRunnerElement,
  displayName: 'QuizRunner',
  events: { onQuizStart: event('quiz-start'), onQuizAnswer, onQuizComplete: event('quiz-complete'), onQuizError },
});

/** `<quiz-bank>`: shares one bank and one progress store with the elements inside it. */
export const QuizBank = createComponent({
  react: React,
  tagName: 'quiz-bank',
  elementClass: QuizBankElement,
  displayName: 'QuizBank',
  events: { onQuizError },
});

export type { QuizAnswerDetail, QuizCompleteDetail, QuizErrorDetail, QuizMode, QuizStartDetail, QuizTopicsChangeDetail } from './events.js';
