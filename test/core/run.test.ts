import { expect } from '@open-wc/testing';
import { ratingForCheck, ratingForScore } from '../../src/core/scheduler.js';
import { duration, missed, weakestTopic } from '../../src/core/results.js';
import {
  newRun,
  points,
  RUN_EXPIRY_MS,
  runExpired,
  runOwner,
  runStorageKey,
  settingsKey,
  settingsProblem,
  summarise,
  withAnswer,
  withDraft,
  type RunSettings,
} from '../../src/core/run.js';
import { restoreRun } from '../../src/core/restore.js';
import { indexBank } from '../../src/data/index-bank.js';
import type { QuizAnswerDetail } from '../../src/events.js';
import { captureWarnings } from './warnings.js';

const bank = indexBank(
  {
    title: 'T',
    topics: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ],
    questions: [
      { id: 'q1', topic: 'a', prompt: '1' },
      { id: 'q2', topic: 'a', prompt: '2' },
      { id: 'q3', topic: 'b', prompt: '3' },
    ],
  },
  'test',
);
const quiz = (questionId: string, correct: boolean): QuizAnswerDetail => ({
  questionId,
  mode: 'quiz',
  correct,
  score: correct ? 1 : 0,
  maxScore: 1,
  response: [0],
  elapsedMs: 5,
});

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
    const run = {
      ...newRun('quiz', [], ['q1', 'q2', 'q3'], 1000),
      answers: { q1: quiz('q1', true), q3: quiz('q3', false) },
      finishedAt: 61_000,
    };
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

describe('runs read back from storage', () => {
  const warned = captureWarnings();

  const checked = indexBank(
    {
      title: 'T',
      topics: [{ id: 'a', title: 'A' }],
      questions: [
        { id: 'q1', topic: 'a', prompt: '1', check: { prompt: '1', choices: [{ text: 'x', correct: true }, { text: 'y' }] } },
        { id: 'q2', topic: 'a', prompt: '2' },
        { id: 'q3', topic: 'a', prompt: '3' },
      ],
    },
    'test',
  );
  const typed = (questionId: string, response: unknown): unknown => ({
    questionId,
    mode: 'interview',
    score: 1,
    maxScore: 2,
    response,
    points: [true, false],
    elapsedMs: 5,
  });

  it('drops answers of the wrong shape, field by field, with one warning naming them', () => {
    const good = quiz('q1', true);
    const answers = {
      q1: good,
      q2: typed('q2', 42), // a number where the typed text belongs: threw "s.trim is not a function"
      q3: typed('q3', { text: 'hi' }),
    };
    const run = restoreRun({ ...newRun('interview', ['a'], ['q1', 'q2', 'q3'], 5), answers }, checked);
    expect(run!.answers).to.deep.equal({ q1: good });
    expect(run!.ids).to.deep.equal(['q1', 'q2', 'q3']);
    expect(warned.messages).to.deep.equal([
      'quizkit: the saved run\'s answers to "q2", "q3" are not in the expected shape; those questions show unanswered.',
    ]);
  });

  it('checks every field of an answer', () => {
    const ids = ['q1', 'q2', 'q3'];
    const bad: [string, unknown][] = [
      ['a string', 'answer'],
      ['no question id', { ...quiz('q1', true), questionId: undefined }],
      ['another question', quiz('q2', true)],
      ['an unknown mode', { ...quiz('q1', true), mode: 'exam' }],
      ['a score over the maximum', { ...quiz('q1', true), score: 3 }],
      ['a negative time', { ...quiz('q1', true), elapsedMs: -1 }],
      ['a choice that is not there', { ...quiz('q1', true), response: [2] }],
      ['a choice that is not a number', { ...quiz('q1', true), response: ['0'] }],
      ['correct as text', { ...quiz('q1', true), correct: 'yes' }],
      ['an unknown rating', { ...quiz('q1', true), rating: 'meh' }],
      ['points as numbers', { ...quiz('q1', true), points: [1] }],
    ];
    for (const [what, answer] of bad) {
      const run = restoreRun({ ...newRun('quiz', [], ids, 5), answers: { q1: answer } }, checked);
      expect(run!.answers.q1, what).to.equal(undefined);
    }
    expect(warned.messages).to.have.length(bad.length);
    const unknown = restoreRun({ ...newRun('quiz', [], ids, 5), answers: { gone: quiz('gone', true) } }, checked);
    expect(Object.keys(unknown!.answers)).to.deep.equal([]);
  });

  it('refuses a run whose own fields are of the wrong shape, without throwing', () => {
    const run = newRun('quiz', ['a'], ['q1'], 5);
    for (const data of [
      null,
      4,
      [],
      { ...run, mode: 'exam' },
      { ...run, ids: 'q1' },
      { ...run, ids: [1] },
      { ...run, index: '0' },
      { ...run, answers: [] },
      { ...run, startedAt: 'x' },
    ]) {
      expect(restoreRun(JSON.parse(JSON.stringify(data)), checked)).to.equal(undefined);
    }
    expect(restoreRun({ ...run, topics: 'a' }, checked)!.topics).to.deep.equal([]);
  });

  it('keeps what was typed and not submitted: text, for a question of the run that it does not answer', () => {
    let run = withDraft(withDraft(newRun('interview', [], ['q1', 'q2', 'q3'], 5), 'q2', 'half an answer'), 'q3', 'another');
    run = withAnswer(run, typed('q3', 'the answer') as QuizAnswerDetail);
    expect({ ...run.drafts }).to.deep.equal({ q2: 'half an answer' });
    expect({ ...restoreRun(JSON.parse(JSON.stringify(run)), checked)!.drafts }).to.deep.equal({ q2: 'half an answer' });
    const saved = {
      ...JSON.parse(JSON.stringify(run)),
      drafts: { q1: 42, q2: 'kept', q3: 'answered', gone: 'not in the run', constructor: '' },
    };
    expect({ ...restoreRun(saved, checked)!.drafts }).to.deep.equal({ q2: 'kept' });
    expect(restoreRun({ ...saved, drafts: 'text' }, checked)!.drafts).to.equal(undefined);
    expect(withDraft(run, 'q2', '').drafts).to.deep.equal(Object.create(null));
  });

  it('keeps questions and topics whose ids are names of Object members', () => {
    const names = ['__proto__', 'constructor', 'toString'];
    const odd = indexBank(
      { title: 'T', topics: names.map((id) => ({ id, title: id })), questions: names.map((id) => ({ id, topic: id, prompt: id })) },
      'test',
    );
    const practice = (questionId: string): QuizAnswerDetail => ({
      questionId,
      mode: 'practice',
      score: 0,
      maxScore: 0,
      response: '',
      rating: 'good',
      elapsedMs: 1,
    });
    let run = newRun('practice', [], names, 0);
    expect(summarise(run, odd, 50, 0)).to.deep.include({ score: 0, answers: [] });
    expect(missed(run)).to.deep.equal(names);
    run = withAnswer(withAnswer(run, practice('__proto__')), practice('toString'));
    const restored = restoreRun(JSON.parse(JSON.stringify(run)), odd)!;
    expect(Object.keys(restored.answers)).to.deep.equal(['__proto__', 'toString']);
    const summary = summarise(restored, odd, 50, 0);
    expect(summary).to.deep.include({ score: 2, maxScore: 3 });
    expect(summary.answers.map((a) => a.questionId)).to.deep.equal(['__proto__', 'toString']);
    expect(Object.keys(summary.byTopic)).to.deep.equal(names);
    expect(summary.byTopic.constructor).to.deep.equal({ score: 0, maxScore: 1, answered: 0, total: 1 });
    expect(missed(restored)).to.deep.equal(['constructor']);
    expect(({} as Record<string, unknown>).total).to.equal(undefined); // nothing leaked into Object.prototype
  });
});

describe('run keys and settings', () => {
  const settings: RunSettings = { mode: 'quiz', topics: ['a', 'b'], count: 10, shuffle: false, seed: '7' };

  it('keys the settings that decide the questions: the seed only when shuffling', () => {
    expect(settingsKey(settings)).to.equal('quiz|a,b|10|');
    expect(settingsKey({ ...settings, seed: '8' })).to.equal(settingsKey(settings));
    expect(settingsKey({ ...settings, shuffle: true })).to.equal('quiz|a,b|10|7');
    expect(settingsKey({ ...settings, shuffle: true, seed: undefined })).to.equal('quiz|a,b|10|*');
    expect(settingsKey({ ...settings, mode: 'practice', topics: [], count: 0 })).to.equal('practice||0|');
  });

  it("saves a run per page, runner id and settings, with ids that cannot pass for another runner's", () => {
    expect(runStorageKey('/course/1', 'r', settings)).to.equal('run:/course/1#r|quiz|a,b|10|');
    expect(runStorageKey('/course/1', '', settings)).to.equal('run:/course/1#|quiz|a,b|10|');
    // "a|quiz…" would otherwise start with runner "a"'s keys.
    expect(runStorageKey('/p', 'a|quiz', settings)).to.equal('run:/p#a%7Cquiz|quiz|a,b|10|');
    expect(runStorageKey('/p', 'a|quiz', settings).startsWith(runOwner('/p', 'a'))).to.equal(false);
    expect(runStorageKey('/p', 'a', settings).startsWith(runOwner('/p', 'a'))).to.equal(true);
  });

  it('expires a run nobody saved for RUN_EXPIRY_MS, by when it was saved or else started', () => {
    const now = 100 * 86_400_000;
    expect(RUN_EXPIRY_MS).to.equal(30 * 86_400_000);
    expect(runExpired({ startedAt: now - RUN_EXPIRY_MS - 1 }, now)).to.equal(true);
    expect(runExpired({ startedAt: now - RUN_EXPIRY_MS + 1 }, now)).to.equal(false);
    expect(runExpired({ startedAt: now - RUN_EXPIRY_MS - 1, savedAt: now - 1 }, now)).to.equal(false);
    expect(runExpired({ startedAt: now, savedAt: now - RUN_EXPIRY_MS - 1 }, now)).to.equal(true);
    // Nothing to tell its age by: no run can be resumed from it either.
    for (const data of [undefined, null, 'run', [], {}, { startedAt: 'yesterday' }])
      expect(runExpired(data, now), String(data)).to.equal(true);
  });

  it('says what is wrong with the settings: unknown topics first, then no question to ask', () => {
    expect(settingsProblem({ ...settings, topics: ['a', 'x', 'y'] }, bank, 3)).to.equal(
      'topics="a,x,y": "x", "y" are not topics of the bank "T". Its topics are: a, b.',
    );
    expect(settingsProblem({ ...settings, topics: ['x'] }, bank, 3)).to.equal(
      'topics="x": "x" is not a topic of the bank "T". Its topics are: a, b.',
    );
    expect(settingsProblem(settings, bank, 0)).to.equal('No question in these topics has an auto-graded check: choose other topics.');
    expect(settingsProblem({ ...settings, mode: 'interview' }, bank, 0)).to.equal(
      'No question in these topics has content: choose other topics.',
    );
    expect(settingsProblem(settings, bank, 2)).to.equal(undefined);
  });
});

describe('ratings for the scheduler', () => {
  it('maps quiz results and interview scores to ratings', () => {
    expect(ratingForCheck(true)).to.equal('good');
    expect(ratingForCheck(false)).to.equal('again');
    expect([1, 0.75, 0.6, 0.5, 0.1, 0].map(ratingForScore)).to.deep.equal(['easy', 'good', 'good', 'hard', 'hard', 'again']);
  });
});
