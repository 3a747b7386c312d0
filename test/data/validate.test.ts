import { expect } from '@open-wc/testing';
import { formatProblem, MAX_DEPTH, PROTOTYPE_NAMES, validateBank } from '../../src/data/validate.js';
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
    const bank = banksWithUnknownFields()[2]!.bank as ReturnType<typeof goodBank>;
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

  it('reports nesting a million levels deep with its path instead of overflowing the stack', () => {
    const nest = (levels: number): unknown => {
      let deep: unknown = 1;
      for (let i = 0; i < levels; i++) deep = [deep];
      return deep;
    };
    const bank = goodBank() as unknown as Record<string, unknown>;
    bank.extra = { list: nest(1_000_000) };
    (bank.questions as Record<string, unknown>[])[0]!.difficulty = nest(100_000);
    const lines = messages(bank);
    expect(lines).to.include(`extra.list${'[0]'.repeat(30)}: nested too deep (more than ${MAX_DEPTH} levels)`);
    expect(lines).to.include('questions[0].difficulty: must be "easy", "medium" or "hard", not an array');
  });

  it('keeps every message short, whatever the input', () => {
    const huge = 'x'.repeat(100_000);
    const bank = goodBank() as unknown as Record<string, unknown>;
    bank[huge] = 1;
    const question = (bank.questions as Record<string, unknown>[])[0]!;
    question.difficulty = huge;
    question.topic = huge;
    question.extra = { [huge]: { [huge]: [] } };
    const lines = messages(bank);
    expect(lines).to.have.length(4);
    for (const line of lines) expect(line.length).to.be.below(200);
    expect(lines[0]).to.equal(`warning: ["${'x'.repeat(39)}…"]: is not a field this version of quizkit knows; it is ignored`);
  });

  it('never throws, even on an object whose getter throws', () => {
    const bank = goodBank();
    Object.defineProperty(bank, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(messages(bank)).to.deep.equal(['(root): could not be read: "Error: boom"']);
  });

  it('refuses every name an object inherits as an id, naming them as the schema does', () => {
    expect([...PROTOTYPE_NAMES].sort()).to.deep.equal(Object.getOwnPropertyNames(Object.prototype).sort());
    for (const name of PROTOTYPE_NAMES) {
      const bank = goodBank();
      bank.questions[1]!.id = name;
      expect(messages(bank)).to.deep.equal([`questions[1].id: ${JSON.stringify(name)} is a reserved name; choose another id`]);
    }
  });

  it('accepts a bank with only the required fields', () => {
    expect(
      validateBank({ title: 'T', topics: [{ id: 't', title: 'T' }], questions: [{ id: 'q', topic: 't', prompt: 'Q?' }] }),
    ).to.deep.equal([]);
  });
});
