import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import schema from '../../src/data/bank.schema.json';
import bundled from '../../src/data/banks/ml-interview.json';
import type { BankProblem } from '../../src/data/types.js';
import { PROTOTYPE_NAMES, validateBank } from '../../src/data/validate.js';
import { badBanks, bankWithoutCheckPrompts, banksWithUnknownFields, goodBank } from './sample-banks.js';

const errors = (data: unknown): BankProblem[] => validateBank(data).filter((p) => p.severity === 'error');
const warnings = (data: unknown): BankProblem[] => validateBank(data).filter((p) => p.severity === 'warning');
const schemaAccepts = (data: unknown): boolean => new Validator(schema as object, '2020-12', false).validate(data).valid;

describe('bank.schema.json agrees with validateBank', () => {
  it('both accept the good sample bank, the bundled bank and a check without its own prompt', () => {
    for (const bank of [goodBank(), bundled, bankWithoutCheckPrompts()]) {
      expect(validateBank(bank)).to.deep.equal([]);
      expect(schemaAccepts(bank)).to.equal(true);
    }
  });

  for (const { name, bank, schemaCannotTell } of badBanks()) {
    if (schemaCannotTell) {
      it(`only the validator can refuse ${name} (a rule JSON Schema cannot state)`, () => {
        expect(errors(bank)).to.not.deep.equal([]);
        expect(schemaAccepts(bank)).to.equal(true);
      });
    } else {
      it(`both refuse ${name}`, () => {
        expect(errors(bank)).to.not.deep.equal([]);
        expect(schemaAccepts(bank)).to.equal(false);
      });
    }
  }

  it('both refuse each name an object inherits as an id', () => {
    const names = (schema as { $defs: { id: { not: { enum: string[] } } } }).$defs.id.not.enum;
    expect([...names].sort()).to.deep.equal([...PROTOTYPE_NAMES].sort());
    for (const name of names) {
      const bank = goodBank();
      bank.questions[1]!.id = name;
      expect(schemaAccepts(bank), name).to.equal(false);
      expect(errors(bank), name).to.not.deep.equal([]);
    }
  });

  // By design they differ here: the schema is strict so that editors flag typos, while a page
  // must still load a bank written for a newer quizkit.
  for (const { name, bank } of banksWithUnknownFields()) {
    it(`the schema refuses ${name}; the validator only warns, so the bank loads`, () => {
      expect(schemaAccepts(bank)).to.equal(false);
      expect(errors(bank)).to.deep.equal([]);
      expect(warnings(bank)).to.not.deep.equal([]);
    });
  }
});
