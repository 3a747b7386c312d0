import { expect } from '@open-wc/testing';
import { ratingForCheck, ratingForScore } from '../../src/core/scheduler.js';
import { duration, missed, weakestTopic } from '../../src/core/results.js';
import { newRun, points, restoreRun, summarise } from '../../src/core/run.js';
import { indexBank } from '../../src/data/load.js';
import type { QuizAnswerDetail } from '../../src/events.js';

const bank = indexBank(
  {
    title: 'T',
    topics: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }],
    questions: [{ id: 'q1', topic: 'a', prompt: '1' }, { id: 'q2', topic: 'a', prompt: '2' }, { id: 'q3', topic: 'b', prompt: '3' }],
  },
  'test',
);
const quiz = (questionId: string, correct: boolean): QuizAnswerDetail =>
  ({ questionId, mode: 'quiz', correct, score: correct ? 1 : 0, maxScore: 1, response: [0], elapsedMs: 5 });

describe('runs', () => {
  it('scores quiz, practice and interview answers out of 1 each', () => {
    expect(points(undefined)).to.equal(0);
    expect(points(quiz('q1', true))).to.equal(1);
    expect(points(quiz('q1', false))).to.equal(0);
    const practice = { questionId: 'q', mode: 'practice', score: 0, maxScore: 3, response: '', elapsedMs: 1 } as const;
    expect(points({ ...practice, rating: 'good' })).to.equal(1);
    expect(points({ ...practice, rating: 'hard' })).to.equal(0);
    expect(points({ ...practice, mode: 'interview', score: 2, maxScore: 4 })).to.equal(0.5);
  });

  it('summarises a run: score, percent, pass mark, duration, answers and per-topic results', () => {
    const run = { ...newRun('quiz', [], ['q1', 'q2', 'q3'], 1000), answers: { q1: quiz('q1', true), q3: quiz('q3', false) }, finishedAt: 61_000 };
    const summary = summarise(run, bank, 30, 99_999);
    expect(summary).to.deep.equal({
      score: 1,
      maxScore: 3,
      percent: 33,
      passed: true,
      durationMs: 60_000,
      answers: [quiz('q1', true), quiz('q3', false)],
      byTopic: { a: { score: 1, maxScore: 2, answered: 1, total: 2 }, b: { score: 0, maxScore: 1, answered: 1, total: 1 } },
    });
    expect(summarise(run, bank, 34, 0).passed).to.equal(false);
    expect(missed(run)).to.deep.equal(['q2', 'q3']);
  });

  it('names the weakest topic and says how long a run took', () => {
    const run = { ...newRun('quiz', [], ['q1', 'q2', 'q3'], 0), answers: { q1: quiz('q1', true), q3: quiz('q3', false) }, finishedAt: 1 };
    expect(weakestTopic(summarise(run, bank, 50, 0))).to.equal('b');
    expect(weakestTopic({ ...summarise(run, bank, 50, 0), byTopic: {} })).to.equal(undefined);
    expect([duration(0), duration(45_400), duration(185_000)]).to.deep.equal(['0 s', '45 s', '3 min 5 s']);
  });

  it('restores only a saved run that still fits the bank', () => {
    const run = newRun('quiz', ['a'], ['q1', 'q2'], 5);
    expect(restoreRun(JSON.parse(JSON.stringify(run)), bank)).to.deep.equal(run);
    expect(restoreRun({ ...run, ids: ['q1', 'gone'] }, bank)).to.equal(undefined);
    expect(restoreRun({ ...run, index: 7 }, bank)).to.equal(undefined);
    expect(restoreRun({ ...run, v: 2 }, bank)).to.equal(undefined);
    expect(restoreRun('run', bank)).to.equal(undefined);
    expect(restoreRun({ ...run, ids: [] }, bank)).to.equal(undefined);
  });
});

describe('ratings for the scheduler', () => {
  it('maps quiz results and interview scores to ratings', () => {
    expect(ratingForCheck(true)).to.equal('good');
    expect(ratingForCheck(false)).to.equal('again');
    expect([1, 0.75, 0.6, 0.5, 0.1, 0].map(ratingForScore)).to.deep.equal(['easy', 'good', 'good', 'hard', 'hard', 'again']);
  });
});
