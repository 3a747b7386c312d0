import { expect } from '@open-wc/testing';
import { gradeCheck } from '../../src/core/check.js';
import type { AnswerFeedback } from '../../src/core/grader.js';
import { answerMode, checkOutcome, feedbackFromSaved, isGradable, ratedOutcome, submittedOutcome } from '../../src/core/outcome.js';
import type { QuizAnswerDetail } from '../../src/core/model.js';
import type { Question } from '../../src/data/types.js';

const question: Question = {
  id: 'recall',
  topic: 't',
  prompt: 'What is recall?',
  keyPoints: [
    { point: 'Formula', keywords: ['tp'] },
    { point: 'Meaning', keywords: ['found'] },
    { point: 'Trade-off', keywords: ['precision'] },
  ],
  check: { choices: [{ text: 'TP / (TP + FN)', correct: true }, { text: 'TP / (TP + FP)' }] },
};
const flashcard: Question = { id: 'story', topic: 't', prompt: 'Tell a story.' };

/** Offline-grader-shaped feedback covering `covered` of the question's key points. */
const feedback = (covered: boolean[]): AnswerFeedback => ({
  points: covered.map((c, i) => ({ point: `p${i}`, covered: c, matched: [], evidence: [], denied: [] })),
  covered: covered.filter(Boolean).length,
  score: covered.filter(Boolean).length,
  maxScore: covered.length,
  keywordList: false,
  issues: [],
  verdict: 'Graded offline.',
});

const at = (mode: 'quiz' | 'practice' | 'interview', q = question) => ({ question: q, mode, elapsedMs: 1200 });

describe('outcomes', () => {
  it('reports a question without a check, asked in quiz mode, as a flashcard', () => {
    expect(answerMode('quiz', question)).to.equal('quiz');
    expect(answerMode('quiz', flashcard)).to.equal('practice');
    expect(answerMode('interview', flashcard)).to.equal('interview');
  });

  it('grades a typed answer only when it says something and there are key points', () => {
    expect(isGradable(question, 'TP over TP plus FN')).to.equal(true);
    expect(isGradable(question, ' \n ')).to.equal(false);
    expect(isGradable(flashcard, 'A story.')).to.equal(false);
  });

  it('makes a right check a success rated good, and a wrong one "again"', () => {
    const right = checkOutcome(at('quiz'), [0], gradeCheck(question.check!, [0]));
    expect(right).to.deep.equal({
      detail: { questionId: 'recall', mode: 'quiz', elapsedMs: 1200, correct: true, score: 1, maxScore: 1, response: [0] },
      success: true,
      rating: 'good',
    });
    const wrong = checkOutcome(at('quiz'), [1], gradeCheck(question.check!, [1]));
    expect(wrong).to.deep.include({ success: false, rating: 'again' });
    expect(wrong.detail).to.deep.include({ correct: false, score: 0, response: [1] });
  });

  it('copies the picked choices, so later picks do not change a reported answer', () => {
    const picked = [0];
    const { detail } = checkOutcome(at('quiz'), picked, gradeCheck(question.check!, picked));
    picked.push(1);
    expect(detail.response).to.deep.equal([0]);
  });

  it('scores a submitted answer by the key points its feedback covered', () => {
    const all = submittedOutcome(at('interview'), 'text', feedback([true, true, true]));
    expect(all).to.deep.equal({
      detail: {
        questionId: 'recall',
        mode: 'interview',
        elapsedMs: 1200,
        score: 3,
        maxScore: 3,
        response: 'text',
        points: [true, true, true],
      },
      success: true,
      rating: 'easy',
    });
    expect(submittedOutcome(at('interview'), 'text', feedback([true, true, false]))).to.deep.include({ success: true, rating: 'good' });
    expect(submittedOutcome(at('interview'), 'text', feedback([true, false, false]))).to.deep.include({ success: false, rating: 'hard' });
  });

  it('scores a submitted answer without feedback 0, rated "again"', () => {
    const none = submittedOutcome(at('interview'), 'text', undefined);
    expect(none).to.deep.include({ success: false, rating: 'again' });
    expect(none.detail).to.deep.include({ score: 0, maxScore: 3, response: 'text', points: undefined });
  });

  it("lets the learner's own rating decide a flashcard", () => {
    const good = ratedOutcome(at('practice'), 'typed', feedback([true, false, false]), 'good');
    expect(good).to.deep.equal({
      detail: { questionId: 'recall', mode: 'practice', elapsedMs: 1200, score: 1, maxScore: 3, response: 'typed', rating: 'good' },
      success: true,
      rating: 'good',
    });
    expect(ratedOutcome(at('practice'), '', undefined, 'hard')).to.deep.include({ success: false, rating: 'hard' });
  });
});

describe('feedbackFromSaved', () => {
  const saved: QuizAnswerDetail = {
    questionId: 'recall',
    mode: 'interview',
    score: 2,
    maxScore: 3,
    response: 'An answer the offline grader would score 0.',
    points: [true, false, true],
    elapsedMs: 5,
  };

  it('shows the recorded score and points, not a new grade', () => {
    expect(feedbackFromSaved(question, saved)).to.deep.equal({
      points: [
        { point: 'Formula', covered: true, matched: [], evidence: [], denied: [] },
        { point: 'Meaning', covered: false, matched: [], evidence: [], denied: [] },
        { point: 'Trade-off', covered: true, matched: [], evidence: [], denied: [] },
      ],
      covered: 2,
      score: 2,
      maxScore: 3,
      keywordList: false,
      issues: [],
      verdict: 'Score: 67%.',
    });
  });

  it('keeps a service score that is not a whole number of points', () => {
    expect(feedbackFromSaved(question, { ...saved, score: 1.5, points: [false, false, false] })).to.deep.include({
      score: 1.5,
      covered: 0,
      verdict: 'Score: 50%.',
    });
  });

  it('has nothing to show for answers that recorded no points, or whose key points changed', () => {
    expect(feedbackFromSaved(question, { ...saved, mode: 'practice', points: undefined, rating: 'good' })).to.equal(undefined);
    expect(feedbackFromSaved(question, { ...saved, points: [true, false] })).to.equal(undefined);
    expect(feedbackFromSaved(question, { ...saved, maxScore: 4, points: [true, false, true] })).to.equal(undefined);
    expect(feedbackFromSaved(flashcard, { ...saved, questionId: 'story', maxScore: 0, points: [] })).to.equal(undefined);
    expect(feedbackFromSaved(question, { ...saved, response: [0] })).to.equal(undefined);
  });
});
