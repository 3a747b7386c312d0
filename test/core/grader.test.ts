// The offline grader: each rule on its own (negation, subjects, misconceptions, typos, word
// forms, echoes of the question, non-English text), then honest verdicts on whole answers.

import { expect } from '@open-wc/testing';
import { editDistance, gradeAnswer, stem } from '../../src/core/grader.js';
import type { GradableQuestion } from '../../src/core/grader.js';
import type { KeyPoint } from '../../src/data/types.js';

const points = (...keywords: string[]): KeyPoint[] => [{ point: 'p', keywords }];
const covers = (answer: string, ...keywords: string[]): boolean => gradeAnswer(answer, points(...keywords)).points[0]!.covered;

/** A comparison question in the bank's style: claims bound to lasso or ridge. */
const lassoRidge: GradableQuestion = {
  prompt: 'Explain the differences between Lasso and Ridge regression.',
  keyPoints: [
    { point: 'Lasso sets some coefficients exactly to zero', keywords: ['lasso|l1: exactly zero', 'lasso|l1: feature selection'] },
    { point: 'Ridge shrinks all coefficients but keeps them', keywords: ['ridge|l2: keeps all features', 'ridge|l2: shrinks all'] },
  ],
  misconceptions: [
    {
      claim: 'Ridge sets weights exactly to zero',
      keywords: ['ridge|l2: exactly zero'],
      feedback: 'Ridge only shrinks weights; exact zeros come from L1.',
      point: 1,
    },
  ],
};

describe('grader: negation scope', () => {
  it('does not credit a keyword in a denied clause, and says which words looked denied', () => {
    const f = gradeAnswer("Ridge doesn't set weights to exactly zero.", points('exactly zero'));
    expect(f.points[0]).to.deep.include({ covered: false, denied: ['exactly zero'] });
    expect(f.verdict).to.contain('looked denied');
  });

  it('ends the denial at the clause: the claim after "but" or a comma counts', () => {
    expect(covers('It is not a penalty on the data, but it sets weights exactly to zero.', 'exactly zero')).to.equal(true);
    expect(covers('Ridge does not, lasso does set weights exactly to zero.', 'exactly zero')).to.equal(true);
  });

  it('reads cues after the claim: "that\'s a myth", "but that\'s not really it", a following "Not true."', () => {
    expect(covers('Dropout is switched off at inference, but that is not really it.', 'switched off')).to.equal(false);
    expect(covers('Trees never overfit, that is a myth.', 'never overfit')).to.equal(false);
    expect(covers('Trees never overfit. That is a myth.', 'never overfit')).to.equal(false);
    expect(covers('It is a common misconception that more data fixes bias.', 'more data')).to.equal(false);
  });

  it('denies what a negated predicate is said of ("more data won\'t help")', () => {
    expect(covers("More data won't help here.", 'more data')).to.equal(false);
    expect(covers("More data won't help here.", 'not help')).to.equal(true);
    expect(covers('Adding rows does not fix underfitting.', 'not fix')).to.equal(true);
  });

  it('keeps "not only" and a keyword that carries its own negation', () => {
    expect(covers('Unsupervised learning has no labels at all.', 'no labels')).to.equal(true);
    expect(covers('It is not only sparse but exactly zero.', 'exactly zero')).to.equal(true);
  });
});

describe('grader: subjects of a comparison', () => {
  it('credits a claim made about the right subject, in either order', () => {
    expect(gradeAnswer('Lasso can push some weights to exactly zero.', lassoRidge).points[0]!.covered).to.equal(true);
    expect(gradeAnswer('Exact zeros, i.e. exactly zero weights, come from lasso.', lassoRidge).points[0]!.covered).to.equal(true);
  });

  it('catches a swap, says so and gives no credit', () => {
    const f = gradeAnswer(
      'Ridge sets coefficients exactly to zero and does feature selection, while lasso shrinks all of them.',
      lassoRidge,
    );
    expect(f.points.map((p) => p.covered)).to.deep.equal([false, false]);
    expect(f.issues.map((i) => i.kind)).to.include('swapped');
    expect(f.issues.find((i) => i.kind === 'swapped')!.message).to.match(/said of ridge, but it holds for lasso/);
    expect(f.verdict).to.match(/^Check your claims/);
  });

  it('skips the contrasted subject ("unlike ridge") and follows the subject into the next sentence', () => {
    expect(gradeAnswer('Unlike ridge, lasso gives exactly zero weights.', lassoRidge).points[0]!.covered).to.equal(true);
    expect(gradeAnswer('Take lasso. It drives weights exactly to zero.', lassoRidge).points[0]!.covered).to.equal(true);
  });

  it('does not credit a bound claim about no subject at all', () => {
    expect(gradeAnswer('Some weights become exactly zero.', lassoRidge).points[0]!.covered).to.equal(false);
  });
});

describe('grader: misconceptions', () => {
  it('gives the targeted feedback and takes away the related point', () => {
    const f = gradeAnswer('Ridge keeps all features, and with a strong penalty ridge sets weights exactly to zero.', lassoRidge);
    expect(f.issues).to.deep.include({
      kind: 'misconception',
      message: 'Ridge only shrinks weights; exact zeros come from L1.',
      evidence: 'exactly to zero',
      point: 1,
    });
    expect(f.points[1]!.covered).to.equal(false);
    expect(f.verdict).to.equal('Check your claims: it covers none of the 2 key ideas; one claim looks wrong.');
  });

  it('is not triggered when the learner denies the misconception', () => {
    const f = gradeAnswer('Ridge never sets weights exactly to zero; it keeps all features.', lassoRidge);
    expect(f.issues).to.deep.equal([]);
    expect(f.points[1]!.covered).to.equal(true);
  });

  it('costs one point when it names no key point, and never allows "Strong"', () => {
    const q: GradableQuestion = {
      keyPoints: [
        { point: 'a', keywords: ['harmonic mean'] },
        { point: 'b', keywords: ['both high'] },
      ],
      misconceptions: [{ claim: 'F1 uses true negatives', keywords: ['uses true negatives'], feedback: 'F1 ignores true negatives.' }],
    };
    const f = gradeAnswer('F1 is the harmonic mean, high only when both are high, and it uses true negatives.', q);
    expect(f.covered).to.equal(2);
    expect(f.score).to.equal(1);
    expect(f.verdict).to.not.match(/Strong|Good/);
  });
});

describe('grader: opposites, numerals and keywords as written', () => {
  const descent: GradableQuestion = {
    keyPoints: [{ point: 'Step against the gradient', keywords: ['opposite direction', 'against the gradient'] }],
    misconceptions: [
      {
        claim: 'Steps along the gradient',
        keywords: ['in the direction of the gradient'],
        feedback: 'It steps against the gradient.',
        point: 0,
      },
    ],
  };
  const errors: GradableQuestion = {
    keyPoints: [{ point: 'FP is Type I, FN is Type II', keywords: ['false positive type i', 'false positive type 1'] }],
    misconceptions: [
      {
        claim: 'FN is Type I',
        keywords: ['false negative is a type i error', 'false negative is a type 1'],
        feedback: 'A false negative is a Type II error.',
        point: 0,
      },
    ],
  };

  it('reads "the opposite direction of the gradient" as the opposite of "the direction of the gradient"', () => {
    const right = gradeAnswer('It updates the weights in the opposite direction of the gradient of the loss.', descent);
    expect(right.issues).to.deep.equal([]);
    expect(right.points[0]!.covered).to.equal(true);
    const wrong = gradeAnswer('It updates the weights in the direction of the gradient of the loss.', descent);
    expect(wrong.issues.map((i) => i.message)).to.deep.equal(['It steps against the gradient.']);
    expect(wrong.points[0]!.covered).to.equal(false);
  });

  it('denies only the word an opposite qualifies', () => {
    expect(covers('Variance moves in the opposite direction to bias.', 'variance moves')).to.equal(true);
    expect(covers('Variance moves in the opposite direction to bias.', 'direction to bias')).to.equal(false);
    expect(covers('The reverse order of the layers is used.', 'order of the layers')).to.equal(false);
  });

  it('reads a term written out as its abbreviation, in answers and keywords alike', () => {
    expect(covers('Machine learning is a subset of artificial intelligence.', 'subset of ai')).to.equal(true);
    expect(covers('It is a subset of AI.', 'subset of artificial intelligence')).to.equal(true);
    expect(covers('Distances hurt k-nearest neighbours most.', 'knn')).to.equal(true);
    const f = gradeAnswer('We used a support vector machine.', points('svm'));
    expect(f.points[0]!.evidence).to.deep.equal(['support vector machine']);
    expect(covers('The machine keeps learning.', 'ml')).to.equal(false);
  });

  it('keeps "0.5" and "model.eval" in one sentence', () => {
    expect(covers('An AUC of 0.5 is random guessing.', '0.5 is random')).to.equal(true);
    expect(covers('Call model.eval at inference time.', 'model.eval')).to.equal(true);
    expect(covers('It ends here. Then 5 random things follow.', 'here 5 random')).to.equal(false);
  });

  it('matches a keyword as written however many small words it has, and others within a small window', () => {
    expect(covers('Each split looks at the square root of the number of features.', 'square root of the number of features')).to.equal(
      true,
    );
    expect(covers('Regularisation means adding a term to the loss.', 'adding a term to the loss')).to.equal(true);
    expect(
      covers('The direction we pick comes after a long look at the loss and the gradient.', 'in the direction of the gradient'),
    ).to.equal(false);
  });

  it('lets small words stand between a negation and what it negates, nothing else', () => {
    expect(covers('Here values are missing not at random.', 'not at random')).to.equal(true);
    expect(covers('Never tune on the test set.', 'never the test set')).to.equal(false);
    expect(covers('I tune on validation data, never the test set.', 'never the test set')).to.equal(true);
    expect(covers("Dropout doesn't prevent co-adaptation.", 'not co-adapt')).to.equal(false);
  });

  it('keeps the numeral of "Type I" in a keyword, so "type 2" does not match it', () => {
    const right = gradeAnswer('A false positive is a type 1 error and a false negative a type 2 error.', errors);
    expect(right.issues).to.deep.equal([]);
    expect(right.points[0]!.covered).to.equal(true);
    const wrong = gradeAnswer('A false negative is a Type I error.', errors);
    expect(wrong.issues.map((i) => i.message)).to.deep.equal(['A false negative is a Type II error.']);
  });
});

describe('grader: echoes of the question', () => {
  it("never credits a keyword made only of the prompt's words", () => {
    const q: GradableQuestion = {
      prompt: 'What is the difference between precision and recall?',
      keyPoints: [{ point: 'p', keywords: ['precision', 'flagged cases'] }],
    };
    expect(gradeAnswer('Precision and recall are different.', q).covered).to.equal(0);
    expect(gradeAnswer('Precision is the share of flagged cases that are right.', q).covered).to.equal(1);
  });
});

describe('grader: word forms and typos', () => {
  it('matches US and UK spellings and word forms', () => {
    for (const answer of ['It regularizes the model.', 'It uses regularisation.', 'Regularization helps.', 'It is regularised.']) {
      expect(covers(answer, 'regularization'), answer).to.equal(true);
    }
    expect(covers('The model memorises noise.', 'memorize')).to.equal(true);
    expect(covers('It was overfitting badly.', 'overfit')).to.equal(true);
    expect(covers('Two penalties are added.', 'penalty')).to.equal(true);
    expect(stem('Generalisation')).to.equal(stem('generalization'));
  });

  it('handles silent e and related forms: compare/comparing/compared, select/selection, complex/complexity', () => {
    expect(new Set(['compare', 'comparing', 'compared', 'compares'].map(stem)).size).to.equal(1);
    expect(stem('selection')).to.equal(stem('select'));
    expect(stem('complexity')).to.equal(stem('complex'));
    expect(stem('exponentially')).to.equal(stem('exponential'));
    expect(stem('bias')).to.equal(stem('biases'));
    expect(covers('It compared the models.', 'compare models')).to.equal(true);
  });

  it('keeps -ize words apart from their roots: standardize ≠ standard, normalize ≠ normal', () => {
    expect(covers('one standard deviation', 'standardise')).to.equal(false);
    expect(covers('a normal distribution', 'normalization')).to.equal(false);
    expect(covers('we standardized the features', 'standardise')).to.equal(true);
  });

  it('matches the words of a phrase in any order within a small window of one sentence', () => {
    expect(covers('It sets weights exactly to zero.', 'exactly zero')).to.equal(true);
    expect(covers('Zero weights, exactly.', 'exactly zero')).to.equal(true);
    expect(covers('exactly at the point where the curve is zero', 'exactly zero')).to.equal(false);
    expect(covers('It is exact. Zero is the answer.', 'exactly zero')).to.equal(false);
  });

  it('tolerates a typo in a longer word, not in a short one', () => {
    expect(covers('the vaildation set', 'validation')).to.equal(true);
    expect(covers('a regularisaton term', 'regularization')).to.equal(true);
    expect(covers('L3', 'l1')).to.equal(false);
    expect(covers('a bias term', 'bayes')).to.equal(false);
    expect(editDistance('kitten', 'sitting', 5)).to.equal(3);
    expect(editDistance('abc', 'abcdef', 1)).to.equal(2);
    expect(editDistance('vaildation', 'validation', 2)).to.equal(1);
  });

  it('never flips meaning with a typo: no negative prefix added or dropped, first letter kept', () => {
    expect(covers('balanced classes', 'imbalanced')).to.equal(false);
    expect(covers('supervised learning', 'unsupervised')).to.equal(false);
    expect(covers('a linear model', 'nonlinear')).to.equal(false);
    expect(covers('a regular grid', 'irregular')).to.equal(false);
    expect(covers('similar points', 'dissimilar')).to.equal(false);
    expect(covers('a decision threshold', 'precision')).to.equal(false);
    expect(covers('we keep training', 'retraining')).to.equal(false);
    expect(covers('imbalnced classes', 'imbalanced')).to.equal(true);
  });

  it('uses the point itself when it lists no keywords', () => {
    expect(gradeAnswer('You need a held-out validation set.', [{ point: 'Keep a validation set' }]).covered).to.equal(1);
  });
});

describe('grader: other languages', () => {
  it('does not call an Arabic sentence a list of keywords', () => {
    const kp: KeyPoint[] = [{ point: 'التعلم من البيانات', keywords: ['البيانات'] }];
    const f = gradeAnswer('يتعلم النموذج من البيانات بدلا من القواعد المكتوبة يدويا.', kp, { language: 'ar' });
    expect(f.keywordList).to.equal(false);
    expect(f.covered).to.equal(1);
  });

  it('finds keywords inside unspaced Chinese and Japanese text', () => {
    const kp: KeyPoint[] = [{ point: '过拟合', keywords: ['训练数据', '噪声'] }];
    const f = gradeAnswer('模型记住了训练数据中的噪声，所以在新数据上表现很差。', kp, { language: 'zh' });
    expect(f.covered).to.equal(1);
    expect(f.keywordList).to.equal(false);
    expect(gradeAnswer('訓練データのノイズを覚えてしまう。', [{ point: 'p', keywords: ['ノイズ'] }], { language: 'ja' }).covered).to.equal(
      1,
    );
  });

  it('does not apply English stemming to other languages', () => {
    expect(gradeAnswer('Les données sont normalisées.', points('normal'), { language: 'fr' }).covered).to.equal(0);
  });
});

describe('grader: verdicts say what was measured', () => {
  const q: GradableQuestion = {
    keyPoints: [
      { point: 'a', keywords: ['harmonic mean'] },
      { point: 'b', keywords: ['both high'] },
      { point: 'c', keywords: ['imbalanced data'] },
    ],
  };

  it('names the count of key ideas covered', () => {
    expect(
      gradeAnswer('It is the harmonic mean, so it is only high when both are high, which helps on imbalanced data.', q).verdict,
    ).to.equal('Strong answer: it covers 3 of 3 key ideas.');
    expect(gradeAnswer('It is the harmonic mean of the two.', q).verdict).to.equal('Partial answer: it covers 1 of 3 key ideas.');
    expect(gradeAnswer('It is a loss for regression.', q).verdict).to.equal('Off target: it covers none of the 3 key ideas.');
    expect(gradeAnswer('  ', q).verdict).to.equal('No answer typed.');
  });

  it('caps a bare list of keywords at half the points and says so', () => {
    const f = gradeAnswer('harmonic mean, both high, imbalanced data', q);
    expect(f.covered).to.equal(3);
    expect(f.keywordList).to.equal(true);
    expect(f.score).to.equal(1);
    expect(f.verdict).to.equal('A list of keywords: it covers 3 of 3 key ideas. Explain each idea in a sentence for full credit.');
  });

  it('quotes each matching word once, as the learner wrote it', () => {
    const f = gradeAnswer('The model memorises noise: it memorises the noise badly.', [
      { point: 'p', keywords: ['noise', 'memorise', 'memorize'] },
    ]);
    expect(f.points[0]).to.deep.include({ matched: ['noise', 'memorise', 'memorize'], evidence: ['noise', 'memorises'] });
    const cased = gradeAnswer('Fraud: missing fraud is costly.', [{ point: 'p', keywords: ['fraud'] }]);
    expect(cased.points[0]!.evidence).to.deep.equal(['Fraud']);
  });
});
