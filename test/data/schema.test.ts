import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import schema from '../../src/data/bank.schema.json';
import bundled from '../../src/data/banks/ml-interview.json';
import { validateBank } from '../../src/data/validate.js';
import { badBanks, goodBank } from './sample-banks.js';

const schemaAccepts = (data: unknown): boolean => new Validator(schema as object, '2020-12', false).validate(data).valid;

describe('bank.schema.json agrees with validateBank', () => {
  it('both accept the good sample bank and the bundled bank', () => {
    for (const bank of [goodBank(), bundled]) {
      expect(validateBank(bank)).to.deep.equal([]);
      expect(schemaAccepts(bank)).to.equal(true);
    }
  });

  for (const { name, bank, schemaCannotTell } of badBanks()) {
    if (schemaCannotTell) {
      it(`only the validator can refuse ${name} (a rule JSON Schema cannot state)`, () => {
        expect(validateBank(bank)).to.not.deep.equal([]);
        expect(schemaAccepts(bank)).to.equal(true);
      });
    } else {
      it(`both refuse ${name}`, () => {
        expect(validateBank(bank)).to.not.deep.equal([]);
        expect(schemaAccepts(bank)).to.equal(false);
      });
    }
  }
});
