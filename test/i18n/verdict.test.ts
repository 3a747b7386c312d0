// The verdict on a typed answer, rebuilt in the learner's language from the grader's numbers:
// in English it says what the grader says, on the whole hand-labelled development set.

import { expect } from '@open-wc/testing';
import { gradeAnswer, type AnswerFeedback } from '../../src/core/grader.js';
import { requestFeedback } from '../../src/core/remote-feedback.js';
import type { Bank, Question } from '../../src/data/types.js';
import { messages as de } from '../../src/i18n/locales/de.js';
import { messages as fr } from '../../src/i18n/locales/fr.js';
import { en as english } from '../../src/i18n/locales/en.js';
import { translator } from '../../src/i18n/translate.js';
import { verdictText } from '../../src/i18n/verdict.js';

const en = translator('en', english);

const LASSO_RIDGE = {
  prompt: 'Explain the differences between Lasso and Ridge regression.',
  keyPoints: [
    { point: 'Lasso sets some coefficients exactly to zero', keywords: ['lasso|l1: exactly zero'] },
    { point: 'Ridge shrinks all coefficients but keeps them', keywords: ['ridge|l2: shrinks all'] },
    { point: 'Both add a penalty to the loss', keywords: ['penalty'] },
  ],
  misconceptions: [{ claim: 'Ridge sets weights exactly to zero', keywords: ['ridge|l2: exactly zero'], feedback: 'No.', point: 1 }],
};

interface Labelled {
  question: string;
  answer: string;
}

async function devSet(): Promise<{ q: Question; answer: string }[]> {
  const bank = (await (await fetch(new URL('../../src/data/banks/ml-interview.json', import.meta.url))).json()) as Bank;
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const files = await Promise.all(
    [1, 2, 3].map(
      async (n) => (await (await fetch(new URL(`../fixtures/grader-dev/answers-${n}.json`, import.meta.url))).json()) as Labelled[],
    ),
  );
  return files.flat().map(({ question, answer }) => ({ q: byId.get(question)!, answer }));
}

describe('verdictText', () => {
  it('says in English what the grader says, for every answer of the development set', async () => {
    const set = await devSet();
    expect(set.length).to.be.greaterThan(50);
    const kinds = new Set<string>();
    for (const { q, answer } of set) {
      const feedback = gradeAnswer(answer, q);
      kinds.add(feedback.verdict.split(':')[0]!);
      // English now says "1 of 1 key idea"; the grader said "key ideas" whatever the number.
      const expected = q.keyPoints!.length === 1 ? feedback.verdict.replace('key ideas', 'key idea') : feedback.verdict;
      expect(verdictText(en, feedback, answer), answer).to.equal(expected);
    }
    expect([...kinds].sort()).to.include.members(['Check your claims', 'Good answer', 'Off target', 'Partial answer', 'Strong answer']);
  });

  it('says in English what the grader says for keyword lists, denied ideas and a single key point', () => {
    const answers = [
      'lasso exactly zero ridge shrinks all penalty',
      "Lasso doesn't set weights to exactly zero, and ridge does not shrink all of them.",
      'It adds a penalty. Lasso does not set anything exactly to zero, that is a myth.',
      'Ridge sets the weights exactly to zero, lasso shrinks all of them, both add a penalty.',
    ];
    const kinds = new Set<string>();
    for (const answer of answers) {
      const feedback = gradeAnswer(answer, LASSO_RIDGE);
      kinds.add(feedback.verdict.split(':')[0]!);
      expect(verdictText(en, feedback, answer), answer).to.equal(feedback.verdict);
    }
    expect(kinds).to.include('A list of keywords');
    expect(answers.some((a) => gradeAnswer(a, LASSO_RIDGE).verdict.includes('looked denied'))).to.equal(true);
    const single = gradeAnswer('It adds a penalty to the loss.', [{ point: 'A penalty', keywords: ['penalty'] }]);
    expect(single.verdict).to.equal('Strong answer: it covers 1 of 1 key ideas.');
    expect(verdictText(en, single, 'x')).to.equal('Strong answer: it covers 1 of 1 key idea.');
  });

  it("builds the verdict in the learner's language", () => {
    const answer = 'Both add a penalty to the loss. Ridge sets the weights exactly to zero.';
    const feedback = gradeAnswer(answer, LASSO_RIDGE);
    expect(feedback.verdict).to.equal('Check your claims: it covers 1 of 3 key ideas; one claim looks wrong.');
    expect(verdictText(translator('de', de), feedback, answer)).to.equal(
      'Prüfe deine Aussagen: Sie deckt 1 von 3 Kernpunkten ab; eine Aussage wirkt falsch.',
    );
    expect(verdictText(translator('fr', fr), feedback, answer)).to.equal(
      'Vérifiez vos affirmations\u00a0: elle aborde 1 point clé sur 3\u202f; une affirmation semble fausse.',
    );
  });

  it('says "no answer typed" for an empty answer', () => {
    const feedback = gradeAnswer('   ', [{ point: 'p', keywords: ['k'] }]);
    expect(verdictText(en, feedback, '   ')).to.equal(feedback.verdict);
    expect(verdictText(translator('de', de), feedback, '   ')).to.equal('Keine Antwort eingegeben.');
  });

  it("keeps a feedback service's comment, and translates the score it shows without one", async () => {
    const q = { id: 'q', topic: 't', prompt: 'p', keyPoints: [{ point: 'a' }, { point: 'b' }] } as Question;
    const withComment = (await requestFeedback(async () => ({ score: 0.5, comment: 'Nice try.' }), q, 'x')) as AnswerFeedback;
    const scoreOnly = (await requestFeedback(async () => ({ score: 0.5 }), q, 'x')) as AnswerFeedback;
    expect(scoreOnly.verdict).to.equal('Score: 50%.');
    expect(verdictText(en, scoreOnly, 'x')).to.equal('Score: 50%.');
    expect(verdictText(translator('de', de), withComment, 'x')).to.equal('Nice try.');
    expect(verdictText(translator('de', de), scoreOnly, 'x')).to.match(/^Ergebnis: 50\s%\.$/);
  });
});
