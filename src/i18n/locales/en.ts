// The English messages: built into every element, the fallback of every other locale, and the
// definition of the message ids and their parameters (see ../README.md).

import type { Tools } from '../messages.js';

type Count = { count: number };
type Of = { current: number; total: number };
type Reason = { reason: string };

export const en = {
  // Shared by the elements
  'common.retry': 'Retry',
  'common.modelAnswer': 'Model answer',
  'common.allTopics': 'All topics',
  /** Joins items that carry markup (highlighted words), where a list format cannot be used. */
  'common.comma': ', ',
  /** Joins longer items (chosen answers, missed key points). */
  'common.semicolon': '; ',

  // Modes, ratings and difficulty as shown on screen
  'mode.quiz': 'Quiz',
  'mode.practice': 'Flashcards',
  'mode.interview': 'Mock interview',
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

  // <quiz-bank>
  'bank.unavailable': 'Questions unavailable.',

  // <quiz-question-card>
  'card.loading': 'Loading question…',
  'card.unavailable': 'Question unavailable.',
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
  'card.offlineFeedbackUsed': ({ reason }: Reason) => `Offline feedback was used: ${reason}`,
  'card.feedbackFailed': ({ reason }: Reason) =>
    `Feedback on your answer could not load (${reason}); compare it with the model answer.`,
  'card.countdownFailed': ({ reason }: Reason) => `The countdown could not load (${reason}); take the time you need.`,
  'card.rated': ({ rating }: { rating: string }) => `Rated ${rating}.`,

  // The auto-graded check (quiz mode)
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

  // The interview countdown
  'countdown.timeLeft': 'Time left:',
  'countdown.timeUp': 'Time is up: finish your answer and submit it.',
  'countdown.timeUpAnnounce': 'Time is up. Nothing is submitted for you: finish your answer and press Submit.',
  'countdown.secondsLeft': ({ count }: Count, t: Tools) => t.plural(count, { one: '# second left.', other: '# seconds left.' }),

  // Offline feedback on a typed answer (the grader's verdict, rebuilt from its numbers)
  'feedback.noAnswer': 'No answer typed.',
  'feedback.covers': ({ covered, total }: { covered: number; total: number }, t: Tools) =>
    covered
      ? t.plural(total, { one: `it covers ${t.n(covered)} of # key idea`, other: `it covers ${t.n(covered)} of # key ideas` })
      : t.plural(total, { one: 'it covers none of the # key idea', other: 'it covers none of the # key ideas' }),
  'feedback.claimsWrong': ({ count }: Count, t: Tools) => t.plural(count, { one: 'one claim looks wrong', other: '# claims look wrong' }),
  'feedback.ideasDenied': ({ count }: Count, t: Tools) =>
    t.plural(count, { one: 'one idea you mentioned looked denied', other: '# ideas you mentioned looked denied' }),
  'feedback.keywordList': ({ detail }: { detail: string }) => `A list of keywords: ${detail}. Explain each idea in a sentence for full credit.`,
  'feedback.checkClaims': ({ detail }: { detail: string }) => `Check your claims: ${detail}.`,
  'feedback.strong': ({ detail }: { detail: string }) => `Strong answer: ${detail}.`,
  'feedback.good': ({ detail }: { detail: string }) => `Good answer: ${detail}.`,
  'feedback.partial': ({ detail }: { detail: string }) => `Partial answer: ${detail}.`,
  'feedback.offTarget': ({ detail }: { detail: string }) => `Off target: ${detail}.`,
  'feedback.swapped': ({ said, wrong, right }: { said: string; wrong: string; right: string }) =>
    `"${said}" was said of ${wrong}, but it holds for ${right}.`,
  /** A feedback service's score when it gave no comment. */
  'feedback.remoteScore': ({ percent }: { percent: number }, t: Tools) => `Score: ${t.pct(percent)}.`,

  // <quiz-topic-picker>
  'picker.loading': 'Loading topics…',
  'picker.unavailable': 'Topics unavailable.',
  'picker.unavailableFromProvider': 'Topics unavailable: its question bank could not be loaded.',
  'picker.label': 'Topics',
  'picker.hintMultiple': 'Pick any; none picked means all topics.',
  'picker.questions': ({ count }: Count, t: Tools) => t.plural(count, { one: '# question', other: '# questions' }),
  'picker.answered': ({ count }: Count, t: Tools) => `${t.n(count)} answered`,
  'picker.right': ({ count }: Count, t: Tools) => `${t.n(count)} right`,
  'picker.due': ({ count }: Count, t: Tools) => `${t.n(count)} due today`,
  'picker.notConnected': 'Not connected.',
  'picker.noRunner': ({ id }: { id: string }) => `for="${id}": there is no <quiz-runner id="${id}"> on this page.`,

  // <quiz-runner>: start and question screens
  'runner.loading': 'Loading quiz…',
  'runner.unavailable': 'Quiz unavailable.',
  'runner.unavailableFromProvider': 'Quiz unavailable: its question bank could not be loaded.',
  'runner.questionCount': ({ count }: Count, t: Tools) => t.plural(count, { one: '# question', other: '# questions' }),
  'runner.allTopics': 'all topics',
  'runner.unknownTopics': ({ attribute, unknown, count, bank, topics }: { attribute: string; unknown: string; count: number; bank: string; topics: string }, t: Tools) =>
    t.plural(count, {
      one: `topics="${attribute}": ${unknown} is not a topic of the bank "${bank}". Its topics are: ${topics}.`,
      other: `topics="${attribute}": ${unknown} are not topics of the bank "${bank}". Its topics are: ${topics}.`,
    }),
  'runner.noQuizQuestions': 'No question in these topics has an auto-graded check: choose other topics.',
  'runner.noQuestions': 'No question in these topics has content: choose other topics.',
  'runner.unfinished': ({ answered, total }: { answered: number; total: number }, t: Tools) =>
    `You have an unfinished run: ${t.n(answered)} of ${t.n(total)} answered.`,
  'runner.resume': 'Resume',
  'runner.startOver': 'Start over',
  'runner.start': 'Start',
  'runner.progress': ({ current, total }: Of, t: Tools) => `Question ${t.n(current)} of ${t.n(total)}`,
  'runner.progressAnnounce': ({ current, total }: Of, t: Tools) => `Question ${t.n(current)} of ${t.n(total)}.`,
  'runner.settingsChanged': 'The quiz settings changed. This run carries on;',
  'runner.restartNew': 'Restart with new settings',
  'runner.settingsChangedAnnounce': 'The quiz settings changed. This run carries on; you can restart with the new settings.',
  'runner.nav': 'Questions',
  'runner.back': 'Back',
  'runner.next': 'Next',
  'runner.finish': 'Finish',
  'runner.skip': 'Skip',
  'runner.skipAndFinish': 'Skip and finish',
  'runner.finished': ({ score, total, percent, passed }: { score: number; total: number; percent: number; passed: boolean }, t: Tools) =>
    `Finished: ${t.n(score)} of ${t.n(total)}, ${t.pct(percent)}. ${passed ? 'Passed.' : 'Not passed yet.'}`,
  'runner.preparingResults': 'Preparing your results…',
  'runner.resultsUnavailable': 'Results unavailable.',
  'runner.summaryFailed': ({ reason }: Reason) => `Your results could not be shown (${reason}). They were reported in quiz-complete.`,
  'runner.reportCopied': 'Report copied.',
  'runner.reportFailed': 'The report could not be prepared for copying.',

  // <quiz-runner>: the summary
  'summary.heading': 'Your result',
  'summary.interviewHeading': 'Interview report',
  'summary.score': ({ score, total }: { score: number; total: number }, t: Tools) => `${t.n(score)} of ${t.n(total)}`,
  'summary.percentKeyPoints': ({ percent }: { percent: number }, t: Tools) => `${t.pct(percent)} of key points`,
  'summary.passed': 'Passed',
  'summary.notPassed': 'Not passed yet',
  'summary.passMark': ({ percent }: { percent: number }, t: Tools) => `pass mark ${t.pct(percent)}`,
  'summary.answeredOf': ({ answered, total }: { answered: number; total: number }, t: Tools) => `${t.n(answered)} of ${t.n(total)} answered`,
  'summary.totalTime': ({ duration }: { duration: string }) => `total time ${duration}`,
  'summary.byTopic': 'Score by topic',
  'summary.chartLabel': ({ scores }: { scores: string }) => `Score by topic: ${scores}`,
  'summary.chartItem': ({ topic, percent }: { topic: string; percent: number }, t: Tools) => `${topic} ${t.pct(percent)}`,
  'summary.showTable': 'Show as a table',
  'summary.tableLabel': 'Score by topic, as a table',
  'summary.colTopic': 'Topic',
  'summary.colScore': 'Score',
  'summary.colAnswered': 'Answered',
  'summary.scoreCell': ({ score, total, percent }: { score: number; total: number; percent: number }, t: Tools) =>
    `${t.n(score)} of ${t.n(total)} (${t.pct(percent)})`,
  'summary.answeredCell': ({ answered, total }: { answered: number; total: number }, t: Tools) => `${t.n(answered)} of ${t.n(total)}`,
  'summary.answers': 'Your answers',
  'summary.right': '(right)',
  'summary.missed': '(missed)',
  'summary.keyPoints': ({ score, total }: { score: number; total: number }, t: Tools) =>
    t.plural(total, { one: `${t.n(score)} of # key point`, other: `${t.n(score)} of # key points` }),
  'summary.missedPoints': 'Missed:',
  'summary.yourAnswer': 'Your answer:',
  'summary.skipped': 'Skipped',
  'summary.rated': ({ rating }: { rating: string }) => `Rated ${rating}`,
  'summary.ratedWrote': ({ rating, response }: { rating: string; response: string }) => `Rated ${rating}; you wrote: ${response}`,
  'summary.explanation': 'Explanation',
  'summary.practiseWeakest': ({ topic }: { topic: string }) => `Practise the weakest topic: ${topic}`,
  'summary.retryMissed': ({ count }: Count, t: Tools) => `Retry missed (${t.n(count)})`,
  'summary.restart': 'Restart',
  'summary.copyReport': 'Copy report',
  'summary.printReport': 'Print report',
  'summary.copyFailed': 'The report could not be prepared for copying: print it instead, or reload the page and try again.',
  'summary.copyBlocked': 'Copying is blocked here: select this text and copy it.',

  // The report copied as text (interview and every other mode)
  'report.titleQuiz': ({ bank, date }: { bank: string; date: string }) => `${bank}: quiz report, ${date}`,
  'report.titlePractice': ({ bank, date }: { bank: string; date: string }) => `${bank}: flashcard practice report, ${date}`,
  'report.titleInterview': ({ bank, date }: { bank: string; date: string }) => `${bank}: mock interview report, ${date}`,
  'report.score': ({ percent, score, total, pass, passed }: { percent: number; score: number; total: number; pass: number; passed: boolean }, t: Tools) =>
    `Score: ${t.pct(percent)} (${t.n(score)} of ${t.n(total)}); pass mark ${t.pct(pass)}: ${passed ? 'passed' : 'not passed yet'}`,
  'report.scoreKeyPoints': ({ percent, score, total, pass, passed }: { percent: number; score: number; total: number; pass: number; passed: boolean }, t: Tools) =>
    `Score: ${t.pct(percent)} of key points (${t.n(score)} of ${t.n(total)}); pass mark ${t.pct(pass)}: ${passed ? 'passed' : 'not passed yet'}`,
  'report.answered': ({ answered, total, duration }: { answered: number; total: number; duration: string }, t: Tools) =>
    `Answered: ${t.n(answered)} of ${t.n(total)}; total time: ${duration}`,
  'report.byTopic': 'By topic',
  'report.topic': ({ topic, percent, answered, total }: { topic: string; percent: number; answered: number; total: number }, t: Tools) =>
    `- ${topic}: ${t.pct(percent)} (${t.n(answered)} of ${t.n(total)} answered)`,
  'report.questions': 'Questions',
  'report.skipped': 'Skipped',
  'report.right': ({ choices }: { choices: string }) => `Right: ${choices}`,
  'report.wrong': ({ choices }: { choices: string }) => `Wrong: ${choices}`,
  'report.rated': ({ rating }: { rating: string }) => `Rated ${rating}`,
  'report.missed': ({ points }: { points: string }) => `Missed: ${points}`,
  'report.yourAnswer': ({ answer }: { answer: string }) => `Your answer: ${answer}`,
};
