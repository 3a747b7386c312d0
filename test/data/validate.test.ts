import { expect } from '@open-wc/testing';
import { formatProblem, validateBank } from '../../src/data/validate.js';
import { badBanks, bankWithoutCheckPrompts, banksWithUnknownFields, goodBank } from './sample-banks.js';

const messages = (data: unknown): string[] => validateBank(data).map(formatProblem);

describe('validateBank', () => {
  it('accepts a valid bank', () => {
    expect(validateBank(goodBank())).to.deep.equal([]);
  });

  for (const { name, bank, problem } of badBanks()) {
    it(`refuses ${name}, naming the path`, () => {
      expect(messages(bank)).to.include(problem);
      expect(validateBank(bank).find((p) => formatProblem(p) === problem)?.severity).to.equal('error');
    });
  }

  for (const { name, bank, warnings } of banksWithUnknownFields()) {
    it(`accepts ${name}, listing each unknown field as a warning with its path`, () => {
      expect(messages(bank)).to.deep.equal(warnings);
      expect(validateBank(bank).every((p) => p.severity === 'warning')).to.equal(true);
    });
  }

  it('accepts a check without its own prompt', () => {
    expect(validateBank(bankWithoutCheckPrompts())).to.deep.equal([]);
  });

  it('still refuses a bank with an error among warnings, listing both', () => {
    const bank = banksWithUnknownFields()[1]!.bank as ReturnType<typeof goodBank>;
    bank.questions[1]!.topic = 'nope';
    expect(validateBank(bank)).to.deep.equal([
      { path: 'questions[0].keypoints', message: 'is not a field this version of quizkit knows; it is ignored', severity: 'warning' },
      { path: 'questions[1].topic', message: '"nope" is not a topic of this bank', severity: 'error' },
    ]);
  });

  it('refuses things that are not a bank at all', () => {
    expect(messages(null)[0]).to.match(/^\(root\): must be an object .* not null$/);
    expect(messages([])[0]).to.match(/not an array$/);
    expect(messages('bank')[0]).to.match(/not a string$/);
  });

  it('lists every problem, not only the first', () => {
    const bank = goodBank();
    bank.questions[0]!.topic = 'nope';
    (bank.questions[1] as unknown as Record<string, unknown>).prompt = 42;
    bank.topics[0]!.title = '';
    expect(messages(bank)).to.deep.equal([
      'topics[0].title: must not be empty',
      'questions[0].topic: "nope" is not a topic of this bank',
      'questions[1].prompt: must be a string, not a number',
    ]);
  });

  it('accepts a bank with only the required fields', () => {
    expect(validateBank({ title: 'T', topics: [{ id: 't', title: 'T' }], questions: [{ id: 'q', topic: 't', prompt: 'Q?' }] })).to.deep.equal([]);
  });
});
