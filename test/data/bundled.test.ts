// The bundled bank as elements load it, split per question: a card's one question, the index of
// pickers and runners, and questions completed in place as they are shown.

import { expect } from '@open-wc/testing';
import { BUNDLED as bundled } from '../../src/data/banks/ml-interview/ids.js';
import { loadBundledIndex, loadBundledQuestion } from '../../src/data/bundled.js';
import { loadBank } from '../../src/data/load.js';
import { progressFor } from '../../src/internal/progress.js';

describe('the bundled bank, split', () => {
  it("loads one question with the bank's meta and its topic; its answer parts only when asked", async () => {
    const quiz = await loadBundledQuestion({ id: 'f1-score', answer: false, bundled });
    if (!quiz.ok) throw new Error(quiz.error.message);
    const { bank, source, questionsById, topicsById, lazy } = quiz.bank;
    expect(source).to.equal('the bundled bank');
    expect([bank.id, bank.title, bank.language]).to.deep.equal(['ml-interview', 'Machine learning interview questions', 'en']);
    expect([...topicsById.keys()]).to.deep.equal(['evaluation']);
    const q = questionsById.get('f1-score')!;
    expect(q.check?.choices.length).to.equal(4);
    expect(q.answer).to.equal(undefined);
    expect(q.keyPoints).to.equal(undefined);
    expect(lazy!.has('f1-score', false)).to.equal(true);
    expect(lazy!.has('f1-score', true)).to.equal(false);
    // Completed in place: the card's bank now has the whole question, as the whole bank has it.
    const full = await lazy!.load('f1-score', true);
    expect(questionsById.get('f1-score')).to.equal(full);
    expect(bank.questions).to.deep.equal([full]);
    // Whole but for what only grading reads, which comes in the question's grading chunk.
    const whole = await loadBank();
    if (!whole.ok) throw new Error(whole.error.message);
    const wholeQuestion = whole.bank.questionsById.get('f1-score')!;
    const grading = new Set(['misconceptions', 'variants']);
    const expected = Object.fromEntries(Object.entries(wholeQuestion).filter(([k]) => !grading.has(k)));
    expect(full).to.deep.equal({ ...expected, keyPoints: wholeQuestion.keyPoints!.map(({ point }) => ({ point })) });
  });

  it('keeps progress in the same store as the whole bank (the bank id is the key)', async () => {
    const one = await loadBundledQuestion({ id: 'roc-auc', answer: true, bundled });
    const index = await loadBundledIndex();
    const whole = await loadBank();
    if (!one.ok || !index.ok || !whole.ok) throw new Error('did not load');
    expect(progressFor(one.bank.bank)).to.equal(progressFor(whole.bank.bank));
    expect(progressFor(index.bank.bank)).to.equal(progressFor(whole.bank.bank));
  });

  it('gives a bank without questions, and fetches nothing, for an id it does not have', async () => {
    for (const id of ['no-such-question', '../index', '__proto__', 'constructor', '']) {
      const result = await loadBundledQuestion({ id, answer: true, bundled });
      expect(result.ok && result.bank.questionsById.size, id).to.equal(0);
      expect(result.ok && result.bank.bank.title, id).to.equal('Machine learning interview questions');
    }
    const index = await loadBundledIndex();
    if (!index.ok) throw new Error(index.error.message);
    let error: Error | undefined;
    await index.bank.lazy!.load('../index', false).catch((e: Error) => (error = e));
    expect(error?.message).to.equal('question "../index" of the bundled bank could not load: there is no such question');
  });

  it("has every question's id, topic, difficulty and prompt in its index, and counts for the rest", async () => {
    const index = await loadBundledIndex();
    const whole = await loadBank();
    if (!index.ok || !whole.ok) throw new Error('did not load');
    expect(await loadBundledIndex()).to.equal(index);
    const { bank, lazy, questionsByTopic } = index.bank;
    expect(bank.topics).to.deep.equal(whole.bank.bank.topics);
    expect(bank.questions.map((q) => q.id)).to.deep.equal(whole.bank.bank.questions.map((q) => q.id));
    for (const q of whole.bank.bank.questions) {
      const entry = index.bank.questionsById.get(q.id)!;
      expect([entry.topic, entry.difficulty, entry.prompt]).to.deep.equal([q.topic, q.difficulty, q.prompt]);
      expect(lazy!.counts.get(q.id)).to.deep.equal({ choices: q.check?.choices.length ?? 0, keyPoints: q.keyPoints?.length ?? 0 });
    }
    // A question completes in every table: by id, in the list and in its topic.
    const q = await lazy!.load('cross-validation', false);
    expect(q.check?.explanation).to.be.a('string');
    expect(bank.questions).to.include(q);
    expect(questionsByTopic.get('evaluation')).to.include(q);
    // Asking for less afterwards never takes the answer parts away again.
    await lazy!.load('cross-validation', true);
    const withAnswer = index.bank.questionsById.get('cross-validation')!;
    await lazy!.load('cross-validation', false);
    expect(index.bank.questionsById.get('cross-validation')).to.equal(withAnswer);
    expect(withAnswer.keyPoints?.length).to.be.greaterThan(0);
  });
});
