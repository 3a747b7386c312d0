import { expect } from '@open-wc/testing';
import { gradeCheck, isMultipleChoice } from '../../src/core/check.js';
import type { Check } from '../../src/data/types.js';

const single: Check = { prompt: 'p', choices: [{ text: 'a' }, { text: 'b', correct: true }, { text: 'c' }] };
const multiple: Check = { prompt: 'p', choices: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c' }] };

describe('gradeCheck', () => {
  it('tells single from multiple choice by the number of correct choices', () => {
    expect(isMultipleChoice(single)).to.equal(false);
    expect(isMultipleChoice(multiple)).to.equal(true);
  });

  it('scores the correct single choice 1 of 1', () => {
    expect(gradeCheck(single, [1])).to.deep.equal({
      correct: true,
      score: 1,
      maxScore: 1,
      outcomes: ['skipped-wrong', 'picked-correct', 'skipped-wrong'],
    });
  });

  it('scores a wrong single choice 0 and shows the missed correct one', () => {
    expect(gradeCheck(single, [0])).to.deep.include({ correct: false, score: 0 });
    expect(gradeCheck(single, [0]).outcomes).to.deep.equal(['picked-wrong', 'missed-correct', 'skipped-wrong']);
  });

  it('needs every correct choice and no wrong one in multiple choice', () => {
    expect(gradeCheck(multiple, [0, 1]).correct).to.equal(true);
    expect(gradeCheck(multiple, [0]).correct).to.equal(false);
    expect(gradeCheck(multiple, [0, 1, 2]).correct).to.equal(false);
    expect(gradeCheck(multiple, []).correct).to.equal(false);
  });
});
