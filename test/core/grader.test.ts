// The offline grader on real answers to bank questions: good, partial, off-topic, empty and
// keyword-stuffed, plus each normalisation rule on its own.

import { expect } from '@open-wc/testing';
import bundled from '../../src/data/banks/ml-interview.json';
import { editDistance, gradeAnswer, stem } from '../../src/core/grader.js';
import type { Bank, KeyPoint } from '../../src/data/types.js';

const bank = bundled as Bank;
const keyPoints = (id: string): KeyPoint[] => bank.questions.find((q) => q.id === id)!.keyPoints!;
const grade = (id: string, answer: string): { score: number; max: number; covered: boolean[]; verdict: string; list: boolean } => {
  const f = gradeAnswer(answer, keyPoints(id));
  return { score: f.score, max: f.maxScore, covered: f.points.map((p) => p.covered), verdict: f.verdict, list: f.keywordList };
};

/** Real answers a learner might type, with the score the grader must give. */
const ANSWERS: { id: string; kind: string; answer: string; score: number }[] = [
  {
    id: 'precision-vs-recall',
    kind: 'good',
    answer:
      'Precision is the share of flagged cases that are truly positive, TP / (TP + FP), while recall is the share of ' +
      'actual positives we catch, TP / (TP + FN). There is a trade-off set by the decision threshold: lowering it raises ' +
      'recall and usually lowers precision. If false positives are costly, as in a spam filter, favour precision; if ' +
      'false negatives are costly, as in cancer screening or fraud, favour recall. Neither uses true negatives, so both ' +
      'work on imbalanced data, and F1 combines them.',
    score: 6,
  },
  {
    id: 'precision-vs-recall',
    kind: 'partial',
    answer: 'Precision is how many of the predicted positives are correct and recall is how many of the real positives you find.',
    score: 2,
  },
  { id: 'precision-vs-recall', kind: 'off-topic', answer: 'Gradient descent updates the weights step by step using a learning rate.', score: 0 },
  { id: 'precision-vs-recall', kind: 'empty', answer: '   ', score: 0 },
  { id: 'precision-vs-recall', kind: 'keyword list', answer: 'precision recall threshold spam fraud imbalanced f1', score: 3 },
  {
    id: 'overfitting',
    kind: 'good',
    answer:
      'Overfitting is when a model memorises noise in the training data and fails to generalise to unseen data. You see ' +
      'it as a low training error but a much higher validation error. It is the high variance side of the bias-variance ' +
      'tradeoff, usually from a model that is too complex. Fixes: get more data or use data augmentation, regularisation ' +
      'such as L2 weight decay or dropout, and early stopping with k-fold cross-validation.',
    score: 6,
  },
  {
    id: 'overfitting',
    kind: 'partial',
    answer: 'The model does great on the training set but badly on new data, so you should add regularization or get more data.',
    score: 2,
  },
  { id: 'overfitting', kind: 'keyword list', answer: 'noise, high variance, more data, dropout, early stopping, training error', score: 3 },
  {
    id: 'lasso-vs-ridge',
    kind: 'good, with typos',
    answer:
      'Lasso adds an L1 penalty on the absolute value of the coeficients, so it can set some of them exactly to zero and ' +
      'does feature selction. Ridge uses an L2 penalty and only shrinks the weights. The L1 constraint region is a ' +
      'diamond with corners on the axes. With correlated features lasso picks one arbitrarily while ridge spreads the ' +
      'weight, and elastic net combines both.',
    score: 6,
  },
  {
    id: 'lasso-vs-ridge',
    kind: 'partial',
    answer: 'Both are regularisation methods that add a penalty to the loss so the model is simpler.',
    score: 1,
  },
  {
    id: 'gradient-descent',
    kind: 'good',
    answer:
      'Gradient descent updates the parameters in the opposite direction of the gradient of the loss. The learning ' +
      'rate sets the step size: too big and it can diverge, too small and it is slow. Stochastic and mini-batch ' +
      'versions use part of the data per step. Momentum or Adam speed up convergence. On non-convex losses it can stop ' +
      'in a local minimum or saddle point, and feature scaling helps.',
    score: 6,
  },
  { id: 'gradient-descent', kind: 'off-topic', answer: 'I would use a random forest because it handles tabular data well.', score: 0 },
];

describe('gradeAnswer on real answers', () => {
  for (const { id, kind, answer, score } of ANSWERS) {
    it(`gives a ${kind} answer to ${id} ${score} of ${keyPoints(id).length}`, () => {
      expect(grade(id, answer).score).to.equal(score);
    });
  }

  it('gives a full answer full marks and says so', () => {
    expect(grade('precision-vs-recall', ANSWERS[0]!.answer)).to.deep.include({
      score: 6,
      max: 6,
      list: false,
      verdict: 'Strong answer: it covers every key point.',
    });
  });

  it('never gives full marks to a bare list of keywords', () => {
    const everything = keyPoints('overfitting').map((kp) => kp.keywords![0]).join(' ');
    const r = grade('overfitting', everything);
    expect(r.covered.every(Boolean)).to.equal(true);
    expect(r.list).to.equal(true);
    expect(r.score).to.equal(3);
    expect(r.verdict).to.equal('A list of keywords: explain each idea in a sentence for full credit.');
  });

  it('says which points a partial answer missed, and which words matched', () => {
    const f = gradeAnswer(ANSWERS[1]!.answer, keyPoints('precision-vs-recall'));
    expect(f.points.map((p) => p.covered)).to.deep.equal([true, true, false, false, false, false]);
    expect(f.points[0]).to.deep.include({ matched: ['precision'], evidence: ['Precision'] });
    expect(f.verdict).to.equal('Partial answer: it covers 2 of 6 key points.');
  });

  it('quotes each matching word once, as the learner wrote it', () => {
    const f = gradeAnswer('The model memorises noise: it memorises the trade-off badly.', keyPoints('overfitting'));
    expect(f.points[0]).to.deep.include({ matched: ['noise', 'memorise', 'memorize', 'memorisation', 'memorization'], evidence: ['noise', 'memorises'] });
  });

  it('has verdicts for empty and off-topic answers', () => {
    expect(grade('precision-vs-recall', '').verdict).to.equal('No answer typed.');
    expect(grade('gradient-descent', ANSWERS[11]!.answer).verdict).to.equal('Off target: it covers none of the key points.');
  });
});

describe('grader rules', () => {
  const points = (...keywords: string[]): KeyPoint[] => [{ point: 'p', keywords }];
  const covers = (answer: string, ...keywords: string[]): boolean => gradeAnswer(answer, points(...keywords)).points[0]!.covered;

  it('matches US and UK spellings and word forms', () => {
    for (const answer of ['It regularizes the model.', 'It uses regularisation.', 'Regularization helps.', 'It is regularised.']) {
      expect(covers(answer, 'regularization'), answer).to.equal(true);
    }
    expect(covers('The model memorises noise.', 'memorize')).to.equal(true);
    expect(covers('It was overfitting badly.', 'overfit')).to.equal(true);
    expect(covers('Two penalties are added.', 'penalty')).to.equal(true);
    expect(stem('Generalisation')).to.equal(stem('generalization'));
  });

  it('ignores case, accents and punctuation', () => {
    expect(covers('ROC-AUC!', 'roc auc')).to.equal(true);
    expect(covers('Use a naïve baseline.', 'naive baseline')).to.equal(true);
  });

  it('needs the words of a phrase in order, with at most one small word between them', () => {
    expect(covers('It sets weights exactly to zero.', 'exactly zero')).to.equal(true);
    expect(covers('Zero weights, exactly.', 'exactly zero')).to.equal(false);
    expect(covers('exactly at the point where it is zero', 'exactly zero')).to.equal(false);
  });

  it('tolerates a typo in a longer word, not in a short one', () => {
    expect(covers('the vaildation set', 'validation')).to.equal(true);
    expect(covers('a regularisaton term', 'regularization')).to.equal(true);
    expect(covers('L3', 'l1')).to.equal(false);
    expect(covers('a bias term', 'bayes')).to.equal(false);
    expect(editDistance('kitten', 'sitting', 5)).to.equal(3);
    expect(editDistance('abc', 'abcdef', 1)).to.equal(2);
  });

  it('is negation-blind (documented): "not" does not undo a match', () => {
    expect(covers('Ridge does not set coefficients exactly to zero.', 'exactly zero')).to.equal(true);
  });

  it('uses the point itself when it lists no keywords', () => {
    expect(gradeAnswer('You need a held-out validation set.', [{ point: 'Keep a validation set' }]).covered).to.equal(1);
  });
});
